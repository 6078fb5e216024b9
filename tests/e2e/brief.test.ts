// "Kort fortalt" through the built CLI on the bundled deck, without a municipality's overlay: the
// cases the round-2 reviewers played. Answers come from the deck's own scenario files, so the test
// follows the flow when the content changes. Build first (npm test does).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, cli, tempDir } from '../helpers/cli.js';

function answers(scenario: string): string[] {
  const doc = parse(readFileSync(join(ROOT, 'cards', 'scenarios', `${scenario}.yaml`), 'utf8')) as {
    answers: Record<string, string | string[]>;
  };
  return Object.entries(doc.answers).flatMap(([q, o]) => ['--answer', `${q}=${[o].flat().join(',')}`]);
}

describe('run --format text: the short block', () => {
  let t: ReturnType<typeof tempDir>;
  beforeAll(() => {
    t = tempDir(); // no tiltakskort.local.yaml here: the local numbers are missing
  });
  afterAll(() => t.cleanup());

  async function brief(scenario: string): Promise<{ lines: string[]; flat: string }> {
    const r = await cli(['run', ...answers(scenario), '--format', 'text'], { cwd: t.dir });
    expect(r.code, r.stderr).toBe(0);
    const start = r.stdout.indexOf('KORT FORTALT');
    const lines = r.stdout.slice(start, r.stdout.indexOf('HVEM DU KONTAKTER')).trimEnd().split('\n');
    expect(start).toBeGreaterThan(-1);
    expect(lines.every((l) => [...l].length <= 80)).toBe(true);
    expect(lines.filter((l) => l.trim() !== '').length).toBeLessThanOrEqual(14);
    return { lines, flat: lines.join(' ').replace(/\s+/g, ' ') };
  }

  it('in office hours, barnevernet leads and 116 111 is the way to reach it; the written report today is a step', async () => {
    const { flat } = await brief('barnehage-omsorgssvikt');
    expect(flat).toContain(
      'Ring først: Barnevernstjenesten i kommunen – spør lederen din om nummeret. Får du ikke tak i dem: 116 111 (Alarmtelefonen for barn og unge)',
    );
    expect(flat).not.toContain('i stedet for');
    expect(flat).toContain('[ ] I dag: Meld skriftlig til barnevernstjenesten');
  });

  it('when the leader disagrees, "report yourself" is in the block', async () => {
    const { flat } = await brief('skole-leder-uenig');
    expect(flat).toContain('Meld selv når lederen er uenig');
  });

  it('in the evening, 116 111 leads and puts the person through to the barnevernvakt', async () => {
    const { flat } = await brief('skole-melding-fra-elev-om-kvelden');
    expect(flat).toMatch(/Ring først: 116 111 Alarmtelefonen for barn og unge – setter deg over til Barnevernvakten/);
  });

  it('the saved .md keeps the web address of a contact whole', async () => {
    const r = await cli(['run', ...answers('skole-melding-fra-elev-om-kvelden'), '--format', 'md'], { cwd: t.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('https://www.116111.no');
    expect(r.stdout).not.toMatch(/www\\\./);
  });
});
