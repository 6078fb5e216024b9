// revu case 1 (round 10): a health worker with a baby who has bruises – the same-day examination by a doctor is a
// "Nå" step in KORT FORTALT (the first screen), and there is one "ring barnevernet" line, not two. Through the built
// CLI on the bundled deck; answers from the deck's scenario file. Build first (npm test does).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, scenarioAnswers as answers, tempDir } from '../helpers/cli.js';

describe('a baby with bruises, seen by a public health nurse', () => {
  let t: ReturnType<typeof tempDir>;
  beforeAll(() => {
    t = tempDir();
  });
  afterAll(() => t.cleanup());

  it('KORT FORTALT has "Nå: Få skaden undersøkt av lege i dag" and one call line to the child welfare service', async () => {
    const given = answers('r11-u1-helsesykepleier-7-uker-blamerker', 'r11-u1-helsesykepleier-7-uker-blamerker');
    const r = await cli(['run', ...given, '--format', 'text'], { cwd: t.dir });
    expect(r.code, r.stderr).toBe(0);
    const brief = r.stdout.slice(r.stdout.indexOf('KORT FORTALT'), r.stdout.indexOf('HVEM DU KONTAKTER'));
    expect(brief).toContain('[ ] Nå: Få skaden undersøkt av lege i dag');
    // A call step: its title starts with the call, or says it after a colon ("Søsken er hjemme …: ring barnevernet i dag").
    const calls = brief.split('\n').filter((l) => /^\[ \] [^:]+: (Ring barnevernet|.*: ring barnevernet)/.test(l));
    expect(calls).toEqual(['[ ] Før henting: Ring barnevernet før barnet går hjem']);
  });
});
