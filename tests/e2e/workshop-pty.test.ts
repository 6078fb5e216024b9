// `tiltakskort train CASE` in a real pseudo-terminal (80×24, xterm-256color): the story, the
// guide's questions with the sector given by the case, and the side-by-side comparison at the
// end; and the presenter view (one question per screen, "why" after each answer).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from '../helpers/cli.js';
import { KEY, spawnGuide, type PtySession } from '../helpers/pty.js';

const DECK = join(ROOT, 'tests', 'fixtures', 'workshop', 'deck');

let t: ReturnType<typeof tempDir>;
let session: PtySession | undefined;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => {
  session?.kill();
  session = undefined;
  t.cleanup();
});

function train(...args: string[]): PtySession {
  session = spawnGuide(['train', ...args, '--cards', DECK], { cwd: t.dir });
  return session;
}

describe('train in a terminal', () => {
  it('tells the story, asks from the second question, and compares the routes side by side', async () => {
    const s = train('vold-skole');
    await s.waitFor('CASE: VOLD MOT EN ELEV');
    await s.waitFor('En elev i 5. klasse har blåmerker');
    await s.waitFor('Sektor (fra casen): Skole');
    await s.waitFor('Hva er du bekymret for?');
    await s.waitFor('Omsorgssvikt');
    await s.keys(KEY.down, KEY.down, KEY.space);
    await s.waitFor('◉ Omsorgssvikt');
    await s.keys(KEY.enter);
    await s.waitFor('Er lederen din uenig?');
    await s.waitFor('Nei');
    await s.keys(KEY.down, KEY.enter);
    await s.waitFor('DIN RUTE OG DEN ANBEFALTE');
    await s.waitFor(/Din rute\s+Anbefalt/);
    await s.waitFor(/≠ Hva er du bekymret for\? \(ulikt\)\s+Omsorgssvikt\s+Vold/);
    await s.waitFor('HER SKILTE RUTENE LAG');
    await s.waitFor('ANBEFALT, MEN IKKE MED I RUTEN DIN');
    await s.waitFor('Plikt: Plikten er personlig');
    await s.waitFor('GJENNOMGANG');
    await s.waitFor('Plikten er personlig.');
    expect((await s.exit()).exitCode).toBe(1);
    expect(readdirSync(t.dir)).toEqual([]);
  });

  it('offers "why" and going back, but not back past the sector the case gives', async () => {
    const s = train('vold-skole');
    await s.waitFor('Hva er du bekymret for?');
    await s.waitFor('Hvorfor spør vi om dette?');
    expect(s.rest).not.toMatch(/Tilbake/);
    await s.keys(KEY.down, KEY.space, KEY.enter);
    await s.waitFor('Er en forelder mistenkt?');
    await s.waitFor('← Tilbake');
    await s.keys(KEY.ctrlC);
    await s.waitFor('Avbrutt. Ingenting er lagret.');
    expect((await s.exit()).exitCode).toBe(130);
  });

  it('presenter view: one question per screen, the why after each answer, and a matching route exits 0', async () => {
    const s = train('vold-skole', '--present');
    await s.waitFor('╔');
    await s.waitFor('CASE: VOLD MOT EN ELEV');
    await s.waitFor('Trykk Enter for å gå videre');
    await s.keys(KEY.enter);
    await s.waitFor('STEG 2 · BEKYMRINGEN');
    await s.waitFor('HVA ER DU BEKYMRET FOR?');
    await s.waitFor('Omsorgssvikt');
    await s.keys(KEY.down, KEY.space, KEY.enter);
    await s.waitFor('HVORFOR SPØR VI?');
    await s.waitFor('Ulike bekymringer gir ulike plikter.');
    await s.waitFor('- Vold');
    await s.waitFor('Trykk Enter');
    await s.keys(KEY.enter);
    await s.waitFor('ER EN FORELDER MISTENKT?');
    await s.waitFor('Nei');
    await s.keys(KEY.enter);
    await s.waitFor('Da skal du ikke snakke med foreldrene først.');
    await s.waitFor('Trykk Enter');
    await s.keys(KEY.enter);
    await s.waitFor('ER LEDEREN DIN UENIG?');
    await s.waitFor('Nei');
    await s.keys(KEY.enter);
    await s.waitFor('Plikten er personlig.');
    await s.waitFor('Trykk Enter');
    await s.keys(KEY.enter);
    await s.waitFor('DIN RUTE OG DEN ANBEFALTE');
    await s.waitFor('Rutene fører til de samme pliktene');
    await s.waitFor('GJENNOMGANG');
    expect((await s.exit()).exitCode).toBe(0);
    const raw = (s as unknown as { raw: string }).raw;
    // The screen is cleared between questions: once for the story, once per question, once for the result.
    expect(raw.split('\x1b[2J').length - 1).toBeGreaterThanOrEqual(5);
  });
});
