// The bundled deck's guide at 80×24 and at 40×10 (main() in this process behind a terminal of that
// size, tests/helpers/terminal.ts; a real pseudo-terminal with TILTAKSKORT_TEST_HOST=bin): every option of the
// long questions (15 worries, some on two or three lines), and back and why, can be reached and
// is on screen when highlighted; the prompt never grows past the screen; the emergency numbers
// stay visible at the first question; back and why are never ticked or shown as an answer; and
// the last screen before the save question holds the short block with a phone number.

import { afterEach, describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';
import { KEY, type TermSession } from '../helpers/pty.js';
import { startGuide } from '../helpers/terminal.js';

let session: TermSession | undefined;
const t = tempDir();
afterEach(async () => {
  session?.kill();
  await session?.exited;
  session = undefined;
});

const flat = (s: string) => s.replace(/\s+/g, ' ');
/** The first words of the worry question's `why` (cards/questions/bekymring.yaml). */
const WORRY_WHY = 'Ulike bekymringer utløser ulike plikter.';

/** The options of the question after these answers, from `run --format json` (exit 3). */
async function optionsAfter(answers: string[]): Promise<string[]> {
  const r = await cli(['run', '--format', 'json', ...answers.flatMap((a) => ['--answer', a])]);
  expect(r.code).toBe(3);
  return (JSON.parse(r.stdout) as { next: { options: { label: string }[] } }).next.options.map((o) => o.label);
}

/** Walk down through every item, checking each is highlighted, whole, in a frame that fits. */
async function walk(s: TermSession, items: string[], marker: (i: number) => string, rows: number): Promise<void> {
  for (let i = 0; i < items.length; i++) {
    if (i > 0) await s.keys(KEY.down);
    const want = flat(`❯${marker(i)}${items[i]}`);
    const frame = await s.waitForFrame((f) => flat(f).includes(want), want);
    // The prompt from its question line: a first draw also carries the answer above it, which scrolls off.
    const prompt = frame.slice(Math.max(0, frame.search(/^\? /m)));
    expect(prompt.trimEnd().split('\n').length, `frame at ${items[i]}`).toBeLessThanOrEqual(rows);
    // What lies beyond the frame's edges is announced.
    if (i === items.length - 1 && items.length > rows) expect(frame).toMatch(/↑ flere over/);
  }
}

describe.each([
  [80, 24],
  [40, 10],
])('the guide at %i×%i', (cols, rows) => {
  it('reaches and shows every option, back and why; back and why are never answers; the short block is last', async () => {
    const s = startGuide([], { cwd: t.dir, cols, rows });
    session = s;
    const sectors = await optionsAfter([]);
    const ages = await optionsAfter(['sektor=barnehage']);
    const worries = await optionsAfter(['sektor=barnehage', 'alder=under-3']);

    // First question: the emergency numbers are still on screen with the prompt under them.
    await s.waitForFrame((f) => f.includes('❯'), 'the first prompt');
    const screen = s.screen;
    const emergency = screen.lastIndexOf(
      cols < 80 ? 'Fare nå? Ring: 112' : 'Er barnet i fare akkurat nå? Ring først: 112',
    );
    expect(emergency).toBeGreaterThan(-1);
    expect(screen.slice(emergency).trimEnd().split(/\r?\n/).length).toBeLessThanOrEqual(rows);

    await walk(s, [...sectors, '? Hvorfor spør vi om dette?'], () => ' ', rows);
    let before = s.screen.length;
    await s.keys(KEY.enter); // why: explained, then asked again from the top
    await s.waitForFrame(
      (f) => flat(f).includes(`❯ ${sectors[0]}`) && s.screen.length > before + 200,
      'the explanation, and the first sector again',
    );
    await s.keys(KEY.enter);
    // The child's age: the first answer.
    await s.waitForFrame((f) => flat(f).includes(`❯ ${ages[0]}`), 'the age question');
    await s.keys(KEY.enter);

    // The worry question: 15 options, several on more than one line, then back and why.
    await s.waitForFrame((f) => f.includes('❯◯'), 'the checkbox');
    await walk(
      s,
      [...worries, '← Tilbake', '? Hvorfor spør vi om dette?'],
      (i) => (i < worries.length ? '◯ ' : '  '),
      rows,
    );
    await s.keys(KEY.space); // on why: nothing is ticked
    await s.keys(KEY.up, KEY.space); // on back: nothing either
    await new Promise((r) => setTimeout(r, 100));
    expect(s.frame).not.toContain('◉');
    before = s.screen.length;
    await s.keys(KEY.down, KEY.enter); // why
    await s.waitForFrame(
      (f) => f.includes(`❯◯ ${worries[0]!.split(' ')[0]}`) && s.screen.length > before + 200,
      'the explanation, and the worry question again',
    );
    {
      // The question's own explanation stays on screen above the question asked again: the
      // prompt takes only the rows the text leaves it (at least 8), and a text too long for the
      // screen puts the options' help first (a full-height list pushed it away, revab).
      const shown = s.screen.slice(before).trimEnd().split(/\r?\n/);
      const visible = shown.slice(-rows).join('\n');
      expect(visible).toContain('Hva er du bekymret for?');
      if (rows >= 24) expect(flat(visible), visible).toContain(flat(WORRY_WHY));
    }
    await s.keys(KEY.down, KEY.space, KEY.enter); // Fysisk vold
    // The rest of the flow: the first answer to whatever comes, until the summary.
    for (let i = 0; i < 15 && !s.screen.includes('Vil du lagre'); i++) {
      await s.waitForFrame((f) => f.includes('❯') || s.screen.includes('Vil du lagre'), 'the next question');
      if (s.screen.includes('Vil du lagre')) break;
      const before = s.rawOutput.length;
      await s.keys(KEY.enter);
      await s.waitForFrame(() => s.rawOutput.length > before, 'an answer');
    }
    await s.waitFor('Vil du lagre');
    const all = s.screen;
    // The transcript never shows why or back as an answer.
    expect(all).not.toMatch(/✔[^\n]*(Hvorfor spør vi|Tilbake)/);
    expect(flat(all)).toContain('Hva er du bekymret for? Fysisk vold mot barnet');
    // What is on screen next to the save question: the short block, with a number to call.
    const last = all
      .slice(0, all.lastIndexOf('Vil du lagre'))
      .trimEnd()
      .split(/\r?\n/)
      .slice(-(rows - 1))
      .join('\n');
    // The number to call is on screen next to the save question at every size: on a screen the
    // block does not fit (40×10) as its last line, so it is still there.
    expect(last).toMatch(/Ring først: [\s\S]{0,160}?\d{3}( \d{3})?\b/);
    if (rows >= 24) {
      expect(last).toContain('KORT FORTALT');
      expect(last).toMatch(/\[ \] (Nå|Før henting|I dag):/);
      // Where it fits, in the order of the files: the call before the first step (revag, revaf).
      expect(last.indexOf('Ring først')).toBeLessThan(last.search(/\[ \] (Nå|Før henting|I dag):/));
    } else {
      expect(last.lastIndexOf('Ring først')).toBeGreaterThan(last.search(/\[ \] (Nå|Før henting|I dag):/));
    }
    await s.keys(KEY.enter);
    expect((await s.exit()).exitCode).toBe(0);
  }, 60_000);
});
