// The guide's prompt logic, driven as a user would with the keys, but with main() in this
// process behind a terminal-like stdin and stdout (tests/helpers/terminal.ts): back, "why do we
// ask?", defaults and nothing ticked. With TILTAKSKORT_TEST_HOST=bin the same tests run in a real
// pseudo-terminal against the binary. Each test has a fresh temporary working directory.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MINI, tempDir } from '../helpers/cli.js';
import { KEY, type TermSession } from '../helpers/pty.js';
import { startGuide } from '../helpers/terminal.js';

let t: ReturnType<typeof tempDir>;
let session: TermSession | undefined;
beforeEach(() => {
  t = tempDir();
});
afterEach(async () => {
  session?.kill();
  await session?.exited;
  session = undefined;
  t.cleanup();
});

function guide(...args: string[]): TermSession {
  session = startGuide(['--cards', MINI, ...args], { cwd: t.dir });
  return session;
}

describe('the prompts: back, why, defaults', () => {
  it('"back" returns to the previous question with the earlier answer offered as the default', async () => {
    const s = guide();
    await s.waitFor('Hvor jobber du?');
    await s.waitFor('Skole');
    await s.keys(KEY.down, KEY.enter); // Barnehage
    await s.waitFor('Hva er du bekymret for?');
    await s.waitFor('Omsorgssvikt');
    await s.keys(KEY.down, KEY.space);
    await s.waitFor('◉ Vold');
    await s.keys(KEY.enter);
    await s.waitFor('Er en forelder mistenkt?');
    await s.waitFor('Nei');
    await s.keys(KEY.down, KEY.enter); // Nei
    await s.waitFor('Er lederen din uenig?');
    await s.waitFor('← Tilbake');
    await s.keys(KEY.down, KEY.down); // Ja → Nei → (separator) ← Tilbake
    await s.waitFor('❯ ← Tilbake');
    await s.keys(KEY.enter);

    // Back at "mistenkt": the cursor starts on the earlier answer, Nei.
    await s.waitFor('Er en forelder mistenkt?');
    await s.waitFor(/❯ Nei/);
    expect(s.rest).not.toContain('Er lederen din uenig?');
    // Back once more, to the checkbox: Vold is still ticked.
    await s.keys(KEY.down, KEY.enter); // Nei → ← Tilbake
    await s.waitFor('Hva er du bekymret for?');
    await s.waitFor('◉ Vold');
    expect(s.rest.split('◉').length).toBe(1); // nothing else ticked after Vold
    await s.keys(KEY.enter);
    await s.waitFor('Er en forelder mistenkt?');
    await s.waitFor(/❯ Nei/);
    await s.keys(KEY.ctrlC);
    expect((await s.exit()).exitCode).toBe(130);
  });

  it('"why do we ask?" explains the question and asks it again', async () => {
    const s = guide();
    await s.waitFor('Hvor jobber du?');
    await s.waitFor('? Hvorfor spør vi om dette?');
    await s.keys(KEY.down, KEY.down); // Skole → Barnehage → (separator) ? Hvorfor…
    await s.waitFor('❯ ? Hvorfor spør vi om dette?');
    await s.keys(KEY.enter);
    await s.waitFor('Plikten står i loven for din sektor.');
    await s.waitFor('Hvor jobber du?'); // asked again
    await s.waitFor('Skole');
    await s.keys(KEY.enter);
    await s.waitFor('Hva er du bekymret for?');
  });

  it('"why do we ask?" on a multiple-choice question keeps what was ticked', async () => {
    const s = guide('--sector', 'skole');
    await s.waitFor('Hva er du bekymret for?');
    await s.waitFor('? Hvorfor spør vi om dette?');
    await s.keys(KEY.down, KEY.space); // tick Vold
    await s.waitFor('◉ Vold');
    await s.keys(KEY.down, KEY.down, KEY.down, KEY.space); // Omsorgssvikt → (rule) ← Tilbake → ? Hvorfor…, and space there
    await s.waitFor('❯  ? Hvorfor spør vi om dette?');
    await new Promise((r) => setTimeout(r, 150));
    expect(s.rest).not.toMatch(/◉ \? Hvorfor|◉ ← Tilbake/); // actions cannot be ticked
    await s.keys(KEY.enter);
    await s.waitFor('Ulike bekymringer gir ulike plikter.');
    await s.waitFor('Hva er du bekymret for?');
    await s.waitFor('◉ Vold');
    await s.keys(KEY.enter);
    await s.waitFor('Er en forelder mistenkt?'); // Vold's branch
    // The transcript shows the answer, never "why" or "back" as one.
    expect(s.screen).toMatch(/✔ Steg 2[^\n]*\r?\n {2}Hva er du bekymret for\? Vold/);
    expect(s.screen).not.toMatch(/✔[^\n]*(Hvorfor spør vi|Tilbake)/);
    expect(s.screen).not.toMatch(/Hva er du bekymret for\? [^\n]*Hvorfor/);
  });

  it('Enter with nothing ticked answers with the highlighted option; Enter on back goes back', async () => {
    const s = guide();
    await s.waitFor('Hvor jobber du?');
    await s.waitFor('Skole');
    await s.keys(KEY.enter);
    await s.waitFor('Hva er du bekymret for?');
    await s.waitFor('Omsorgssvikt');
    await s.keys(KEY.down, KEY.enter); // Vold highlighted, nothing ticked
    await s.waitFor('Hva er du bekymret for? Vold');
    await s.waitFor('Er en forelder mistenkt?');
    await s.waitFor('← Tilbake');
    await s.keys(KEY.down, KEY.down, KEY.enter); // Ja → Nei → ← Tilbake
    await s.waitFor('Hva er du bekymret for?');
    await s.waitFor('◉ Vold');
    await s.keys(KEY.down, KEY.down, KEY.enter); // Vold → Omsorgssvikt → ← Tilbake
    await s.waitFor('Hvor jobber du?');
    await s.waitFor('❯ Skole');
    s.kill();
  });
});

describe('the summary that stays on screen', () => {
  it('legevakt staff in an acute case: the ⚠ box says what to do, never an empty box (revu, round 9)', async () => {
    // The national deck: the legevakt's acute path. Legevakt staff are the medical emergency help,
    // so the box has no number to ring; it used to show its heading and nothing under it.
    session = startGuide(['--sector', 'legevakt'], { cwd: t.dir });
    const s = session;
    await s.waitFor('Hvor gammelt er barnet?');
    await s.keys(...Array<string>(6).fill(KEY.down), KEY.enter); // 16–17 år
    await s.waitFor('Hva er du bekymret for?');
    await s.keys(KEY.space, KEY.enter); // Barnet er i fare akkurat nå
    await s.waitFor('Hva slags fare er barnet i?');
    await s.keys(KEY.down, KEY.space, KEY.enter); // akutt sykt, skadet eller selvmordsfare
    await s.waitFor('Vis rådene nå');
    await s.keys(KEY.enter);
    await s.waitFor('Vil du lagre');
    const screen = s.screen;
    const box = screen.slice(screen.lastIndexOf('⚠ HANDLE NÅ'), screen.lastIndexOf('KORT FORTALT'));
    expect(box).toContain('Gi akutthjelp og tilkall vakthavende lege');
    await s.keys(KEY.enter);
    expect((await s.exit()).exitCode).toBe(0);
  });
});
