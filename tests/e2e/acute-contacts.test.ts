// "Hvem du kontakter" for legevakt and hospital staff in an acute case, through the built CLI on the
// bundled deck (revs S2): their own doctor on duty comes before any helpline. Answers come from the
// deck's scenario files. Build first (npm test does).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, scenarioAnswers as answers, tempDir } from '../helpers/cli.js';

/** The numbered entries of "HVEM DU KONTAKTER", first line each. */
async function contacts(dir: string, given: string[]): Promise<string[]> {
  const r = await cli(['run', ...given, '--format', 'text'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  const out = r.stdout;
  const list = out.slice(out.indexOf('HVEM DU KONTAKTER'), out.indexOf('NESTE STEG'));
  return list.split('\n').filter((l) => /^\d+\. /.test(l));
}

describe('acute case, legevakt or hospital staff: the doctor on duty before the helplines', () => {
  let t: ReturnType<typeof tempDir>;
  beforeAll(() => {
    t = tempDir();
  });
  afterAll(() => t.cleanup());

  it('BUP nurse, acute route (113 is not for them): the doctor on duty is the first contact, not 116 111', async () => {
    const list = await contacts(
      t.dir,
      answers('r10-s2-bup-sykepleier-17-aring-akutt-plan', 'r10-s2b-bup-sykepleier-akutt-forst-plan-bak'),
    );
    expect(list[0]).toMatch(/^1\. Vakthavende lege/);
    expect(list.join('\n')).toContain('116 111');
    expect(list.join('\n')).not.toContain('Telefon: 113');
  });

  // Nothing known at home (hjemme: nei): no 116 111 for self-harm alone since round 12b; the helplines follow.
  it('BUP nurse, suicide plan now: 113 first, then the doctor on duty, then the helplines', async () => {
    const list = await contacts(
      t.dir,
      answers('r10-s2-bup-sykepleier-17-aring-akutt-plan', 'r10-s2-bup-sykepleier-17-aring-akutt-plan'),
    );
    expect(list[0]).toMatch(/^1\. Medisinsk nødtelefon/);
    expect(list[1]).toMatch(/^2\. Vakthavende lege/);
    const helpline = list.findIndex((l) => l.includes('116 123'));
    expect(helpline).toBeGreaterThan(1);
  });

  it('a teacher with the same acute case is not told about a doctor on duty', async () => {
    const list = await contacts(t.dir, [
      ...[
        'sektor=skole',
        'alder=16-17',
        'bekymring=akutt',
        'fare=helse',
        'videre=fortsett',
        'bak=selvskading',
        'tid=ikke',
        'hemmelig=nei',
      ].flatMap((a) => ['--answer', a]),
    ]);
    expect(list[0]).toMatch(/^1\. Medisinsk nødtelefon/);
    expect(list.join('\n')).not.toContain('Vakthavende lege');
  });
});
