// Advice that fits the case, through the built CLI: duty status in `run` output (json, text),
// card-level conditions, the pickup urgency, `validate` on a conditional duty with no condition,
// and `test` with scenario guards and the path-length report in every format.

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT, STACK_LINE, tempDir } from '../helpers/cli.js';
import { all, parseXml } from './validate-xml.js';
import { KEY, spawnGuide, type PtySession } from '../helpers/pty.js';

const ADVICE = join(ROOT, 'tests', 'fixtures', 'advice');
const tmp = tempDir('tiltakskort-advice-');
afterAll(() => tmp.cleanup());
const env = { TILTAKSKORT_CACHE_DIR: join(tmp.dir, 'cache') };
const run = (args: string[]) => cli(['run', '--cards', ADVICE, ...args], { cwd: tmp.dir, env });

function copy(name: string, edit: (dir: string) => void): string {
  const dir = join(tmp.dir, name);
  cpSync(ADVICE, dir, { recursive: true });
  edit(dir);
  return dir;
}

interface Duty {
  id: string;
  status: string;
  condition?: string;
}

describe('run: duty status and card-level conditions', () => {
  it('json gives every duty a status, and a condition only when conditional, applies first', async () => {
    const r = await run(['--answer', 'rolle=laerer', '--answer', 'bekymring=usikker', '--format', 'json']);
    expect(r.code).toBe(0);
    const unsure = JSON.parse(r.stdout) as { duties: Duty[]; contacts: { id: string }[] };
    expect(unsure.duties.map((d) => [d.id, d.status, d.condition])).toEqual([
      ['meldeplikt', 'not-applicable', undefined],
      ['avverge', 'not-applicable', undefined],
    ]);
    const both = JSON.parse(
      (
        await run([
          '--answer',
          'rolle=laerer',
          '--answer',
          'bekymring=vold,usikker',
          '--format',
          'json',
          '--lang',
          'en',
        ])
      ).stdout,
    ) as { duties: Duty[] };
    // Added as not-applicable and as applies/conditional: the strongest wins, with its condition.
    expect(both.duties.map((d) => [d.id, d.status, d.condition])).toEqual([
      ['meldeplikt', 'applies', undefined],
      ['avverge', 'conditional', 'If the violence may happen again.'],
    ]);
  });

  it('a legevakt doctor is never sent to the legevakt; a teacher is', async () => {
    const lege = JSON.parse(
      (await run(['--answer', 'rolle=lege', '--answer', 'bekymring=vold', '--format', 'json'])).stdout,
    ) as { contacts: { id: string }[]; steps: { id: string }[] };
    expect(lege.contacts).toEqual([]);
    expect(lege.steps).toEqual([]);
    const text = await run(['--answer', 'rolle=lege', '--answer', 'bekymring=vold', '--format', 'text']);
    expect(text.stdout).not.toContain('116 117');
    const laerer = await run(['--answer', 'rolle=laerer', '--answer', 'bekymring=vold', '--format', 'text']);
    expect(laerer.stdout).toContain('Legevakten – Telefon: 116 117');
  });

  it('text shows the status under each duty and the pickup step label', async () => {
    const r = await run(['--answer', 'rolle=laerer', '--answer', 'bekymring=vold', '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Gjelder for deg\n·+\n\nOpplysningsplikt til barnevernet\n/);
    expect(r.stdout).toMatch(/Kan gjelde – hvis …\n·+\n\nAvvergeplikt\n\nHvis volden kan skje igjen\./);
    expect(r.stdout).toContain('[ ] Snakk med leder før barnet hentes (før henting)');
  });

  it('the incomplete scripted run still lists the next question', async () => {
    const r = await run(['--answer', 'rolle=lege', '--format', 'json']);
    expect(r.code).toBe(3);
    expect((JSON.parse(r.stdout) as { next: { id: string } }).next.id).toBe('bekymring');
  });
});

describe('validate: duty status', () => {
  it('a conditional duty with no condition is an error at file:line:col', async () => {
    const dir = copy('nocondition', (d) => {
      const file = join(d, 'questions.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('        status: not-applicable', '        status: conditional'),
      );
    });
    const r = await cli(['validate', dir, '--lang', 'en'], { cwd: tmp.dir, env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `${dir}/questions.yaml:30:17  error  "meldeplikt" is added as conditional, but neither this entry nor the duty card says the condition.  [duty-status]`,
    );
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

describe('test: scenario guards and path lengths', () => {
  it('passing guards: each scenario with its question count, then median, longest and guarded', async () => {
    const r = await cli(['--lang', 'en', 'test', ADVICE], { cwd: tmp.dir, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PASS   lege-vold  (2 questions)');
    expect(r.stdout).toContain('Paths: median 2 questions, longest 2 questions (lege-vold); 2 of 3 scenarios guarded');
    expect(r.stdout).toMatch(/3 scenarios: 3 passed\.\n$/);
  });

  it('failing guards say plainly what differed, in text, json, junit and github', async () => {
    const dir = copy('guards', (d) =>
      writeFileSync(
        join(d, 'scenarios', 'feil.yaml'),
        [
          'kind: scenario',
          'id: laerer-feil',
          'answers: { rolle: laerer, bekymring: vold }',
          'expect:',
          '  dutyStatus: { avverge: applies }',
          '  absentText: ["116 117"]',
          '  questions: { max: 1 }',
          '',
        ].join('\n'),
      ),
    );
    const [text, json, junit, github] = await Promise.all(
      ['text', 'json', 'junit', 'github'].map((f) =>
        cli(['--lang', 'en', 'test', dir, '--format', f], { cwd: tmp.dir, env }),
      ),
    );
    for (const r of [text, json, junit, github]) expect(r!.code).toBe(1);
    expect(text!.stdout).toContain(
      [
        'FAIL   laerer-feil  (2 questions)',
        '       dutyStatus: "avverge" should be applies, got conditional (condition: Hvis volden kan skje igjen.)',
        '           because: bekymring=vold',
        '       absentText: "116 117" appears in the summary at contacts/legevakt/phone',
        '           contacts/legevakt/phone: "116 117"',
        '       questions: the path asks 2 questions, more than max 1',
        '           path: rolle → bekymring',
      ].join('\n'),
    );
    expect(text!.stdout).toContain(
      `${dir}/scenarios/feil.yaml:5:26  error  Scenario "laerer-feil" failed: dutyStatus: "avverge" should be applies, got conditional (condition: Hvis volden kan skje igjen.); absentText:`,
    );
    expect(text!.stdout).toContain('3 of 4 scenarios guarded');

    const data = JSON.parse(json!.stdout) as {
      paths: unknown;
      scenarios: { id: string; actual: { questions: number; dutyStatus: Record<string, string> } }[];
    };
    expect(data.paths).toEqual({ scenarios: 4, median: 2, worst: { id: 'lege-vold', questions: 2 }, guarded: 3 });
    expect(data.scenarios.find((s) => s.id === 'laerer-feil')!.actual).toMatchObject({
      questions: 2,
      dutyStatus: { meldeplikt: 'applies', avverge: 'conditional' },
    });

    const xml = parseXml(junit!.stdout);
    expect(Object.fromEntries(all(xml, 'property').map((p) => [p.attrs.name, p.attrs.value]))).toMatchObject({
      'paths.median': '2',
      'paths.worst': '2',
      'paths.worst.scenario': 'lege-vold',
      'scenarios.guarded': '3',
    });
    expect(all(xml, 'failure').map((f) => f.attrs.message)).toEqual([
      'dutyStatus: "avverge" should be applies, got conditional (condition: Hvis volden kan skje igjen.)',
    ]);

    expect(github!.stdout).toContain('::notice title=paths::Paths: median 2 questions');
    expect(github!.stdout).toContain(`::error file=${dir}/scenarios/feil.yaml,line=5,col=26,title=scenario-failed::`);
  });
});

describe('the guide in a terminal', () => {
  let session: PtySession | undefined;
  afterAll(() => session?.kill());

  it('shows each duty with its status and the pickup step in the summary', async () => {
    session = spawnGuide(['--cards', ADVICE], { cwd: tmp.dir, env });
    const s = session;
    await s.waitFor('Hvem er du?');
    await s.waitFor('Lærer');
    await s.keys(KEY.enter);
    await s.waitFor('Hva er du bekymret for?');
    await s.waitFor('Usikker');
    await s.keys(KEY.space);
    await s.waitFor('◉ Vold');
    await s.keys(KEY.enter);
    await s.waitFor('Opplysningsplikt til barnevernet');
    await s.waitFor('Gjelder for deg');
    await s.waitFor('Avvergeplikt');
    await s.waitFor('Hvis volden kan skje igjen.');
    await s.waitFor('Før henting');
    await s.waitFor('Vil du lagre oppsummeringen som en fil?');
    await s.keys('n', KEY.enter);
    expect((await s.exit()).exitCode).toBe(0);
  });
});
