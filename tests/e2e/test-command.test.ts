// `tiltakskort test` through the built CLI: scenarios pass or fail with a readable diff, coverage
// and --min-coverage, bad scenario files as findings at file:line:col, and the output formats.

import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT, STACK_LINE, tempDir } from '../helpers/cli.js';
import { all, parseXml } from './validate-xml.js';

const BASE = join(ROOT, 'tests', 'fixtures', 'rules', 'base');
const tmp = tempDir('tiltakskort-test-');
afterAll(() => tmp.cleanup());
const env = { TILTAKSKORT_CACHE_DIR: join(tmp.dir, 'cache') };
const test = (args: string[]) => cli(['test', ...args], { cwd: tmp.dir, env });

/** The base deck with these scenario files instead of its own. */
function deckWith(name: string, scenarios: Record<string, string>): string {
  const dir = join(tmp.dir, name);
  cpSync(BASE, dir, { recursive: true });
  rmSync(join(dir, 'scenarios'), { recursive: true });
  mkdirSync(join(dir, 'scenarios'));
  for (const [f, text] of Object.entries(scenarios)) writeFileSync(join(dir, 'scenarios', f), text);
  return dir;
}

const FAILING =
  'kind: scenario\nid: feil\ntitle: Skole, vold\nanswers: { sektor: skole, bekymring: vold }\nexpect:\n  urgent: false\n  duties: { exclude: [meldeplikt] }\n  contacts: { include: [politi] }\n';
const PARTIAL =
  'kind: scenario\nid: ok\nanswers: { sektor: barnehage, bekymring: vold }\nexpect: { contacts: { exclude: [politi] } }\n';
const PASSING =
  'kind: scenario\nid: ok\nanswers: { sektor: barnehage, bekymring: akutt }\nexpect: { urgent: true, contacts: { include: [politi] } }\n';

describe('tiltakskort test', () => {
  it('passing scenarios: exit 0, one line each, full coverage', async () => {
    const r = await test(['--lang', 'en', BASE, '--min-coverage', '100']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PASS   skole-vold  Skole, vold');
    expect(r.stdout).toContain('Coverage: 4/4 options reached by some scenario (100%), minimum 100%');
    expect(r.stdout).toMatch(/3 scenarios: 3 passed\.\n$/);
  });

  it('a failing scenario in bokmål by default: the diff, the finding and unknown references', async () => {
    const dir = deckWith('failing-nb', {
      'a.yaml': FAILING,
      'b.yaml': 'kind: scenario\nid: ref\nanswers: { sektor: skol }\nexpect:\n  duties: { include: [meldeplik] }\n',
    });
    const r = await test([dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      [
        'FAIL   feil  Skole, vold  (2 spørsmål)',
        '       duties: skulle ikke vært med: meldeplikt',
        '           faktisk duties: [meldeplikt]',
        '       contacts: mangler politi',
        '           faktisk contacts: []',
      ].join('\n'),
    );
    expect(r.stdout).toMatch(
      /scenarios\/a\.yaml:7:22  error  Scenarioet «feil» feilet: duties: skulle ikke vært med: meldeplikt; contacts: mangler politi\.  \[scenario-failed\]/,
    );
    expect(r.stdout).toMatch(
      /scenarios\/b\.yaml:3:20  error  Ukjent svar «skol» på spørsmålet «sektor»\.  \[scenario-reference\]\n    tips: Mente du «skole»\?/,
    );
    expect(r.stdout).toMatch(/scenarios\/b\.yaml:5:23  error  Ukjent duty-kort «meldeplik»\.  \[scenario-reference\]/);
  });

  it('a failing scenario: exit 1 and a diff of expected and actual ids', async () => {
    const dir = deckWith('failing', { 'a.yaml': FAILING, 'b.yaml': PASSING });
    const r = await test(['--lang', 'en', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      [
        'FAIL   feil  Skole, vold  (2 questions)',
        '       duties: unexpected meldeplikt',
        '           actual duties: [meldeplikt]',
        '       contacts: missing politi',
        '           actual contacts: []',
      ].join('\n'),
    );
    expect(r.stdout).toContain('PASS   ok');
    expect(r.stdout).toMatch(
      /scenarios\/a\.yaml:7:22  error  Scenario "feil" failed: duties: unexpected meldeplikt; contacts: missing politi\.  \[scenario-failed\]/,
    );
    expect(r.stdout).toMatch(/2 scenarios: 1 passed, 1 failed/);
  });

  it('coverage below --min-coverage: exit 1, naming the options never reached', async () => {
    const dir = deckWith('coverage', { 'b.yaml': PASSING });
    expect((await test([dir])).code).toBe(0);
    const r = await test(['--lang', 'en', dir, '--min-coverage', '80']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Coverage: 2/4 options reached by some scenario (50%), minimum 80%');
    expect(r.stdout).toContain('never reached: sektor/skole, bekymring/vold');
    expect((await test([dir, '--min-coverage', '50'])).code).toBe(0);
    const bad = await test([dir, '--min-coverage', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Skriv et tall fra 0 til 100.');
  });

  it('bad scenario files: findings at file:line:col with the nearest ids', async () => {
    const dir = deckWith('bad', {
      'a.yaml': 'kind: scenario\nid: a\nanswers: { sektor: skolen }\nexpect:\n  duties: { include: [meldeplkt] }\n',
      'b.yaml': 'kind: scenario\nid: b\nanswers: { sektor: skole }\nexpekt: {}\n',
      'c.yaml': 'kind: scenario\nid: c\nanswers: { sektor: skole\n',
    });
    const r = await test(['--lang', 'en', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `${dir}/scenarios/a.yaml:3:20  error  Unknown option "skolen" for question "sektor".  [scenario-reference]\n    hint: Did you mean "skole"?`,
    );
    expect(r.stdout).toContain(
      `${dir}/scenarios/a.yaml:5:23  error  Unknown duty card "meldeplkt".  [scenario-reference]`,
    );
    expect(r.stdout).toContain(
      `${dir}/scenarios/b.yaml:4:1  error  Unknown field "expekt".  [scenario-schema]\n    hint: Did you mean "expect"?`,
    );
    expect(r.stdout).toMatch(/scenarios\/c\.yaml:\d+:\d+  error  YAML syntax: .*\[yaml\]/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('json and junit agree with the text output; junit has one testcase per scenario', async () => {
    const dir = deckWith('formats', { 'a.yaml': FAILING, 'b.yaml': PARTIAL });
    const [text, json, junit, github] = await Promise.all([
      test(['--lang', 'en', dir, '--format', 'text', '--min-coverage', '100']),
      test(['--lang', 'en', dir, '--format', 'json', '--min-coverage', '100']),
      test(['--lang', 'en', dir, '--format', 'junit', '--min-coverage', '100']),
      test(['--lang', 'en', dir, '--format', 'github', '--min-coverage', '100']),
    ] as const);
    for (const r of [text, json, junit, github]) expect(r.code).toBe(1);
    const data = JSON.parse(json.stdout) as {
      scenarios: { id: string; status: string }[];
      coverage: { percent: number; ok: boolean };
      diagnostics: { file: string; line: number; col: number }[];
    };
    expect(data.scenarios.map((s) => [s.id, s.status])).toEqual([
      ['feil', 'fail'],
      ['ok', 'pass'],
    ]);
    expect(data.coverage).toMatchObject({ percent: 75, ok: false });
    expect(data.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}`)).toEqual([`${dir}/scenarios/a.yaml:7:22`]);
    expect(text.stdout).toContain(`${dir}/scenarios/a.yaml:7:22  error`);

    const xml = parseXml(junit.stdout);
    const cases = all(xml, 'testcase');
    expect(cases.map((c) => c.attrs.name)).toEqual(['feil', 'ok', 'coverage']);
    expect(all(xml, 'failure').map((f) => f.attrs.type)).toEqual(['scenario-failed', 'coverage']);
    expect(cases[0]!.children[0]!.text).toContain('duties: unexpected meldeplikt');

    expect(github.stdout).toContain(
      `::error file=${dir}/scenarios/a.yaml,line=7,col=22,title=scenario-failed::Scenario "feil" failed`,
    );
    expect(github.stdout).toContain('::error title=coverage::Scenario coverage 75%25 is below the minimum 100%25.');
  });

  it('no scenarios folder: exit 2 with a hint', async () => {
    const r = await test([join(ROOT, 'tests', 'fixtures', 'mini')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Ingen scenariomappe');
  });

  it('a deck with errors runs no scenario: exit 1, and the errors are left to validate (not repeated)', async () => {
    const dir = deckWith('brokendeck', { 'b.yaml': PASSING });
    writeFileSync(join(dir, 'extra.yaml'), 'kind: step\nid: x\ntitel: X\nurgency: now\n');
    const r = await test([dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('Unknown field "titel"');
    expect(r.stdout).not.toContain('titel'); // in no language
    expect(r.stderr).toMatch(
      /Kortstokken har 2 feil, så ingen scenarier ble kjørt \(`tiltakskort validate` viser dem\)\./,
    ); // "titel" unknown, "title" missing
    const v = await cli(['validate', dir, '--no-cache', '--lang', 'en']);
    expect(v.stdout).toContain(`${dir}/extra.yaml:3:1  error  Unknown field "titel".`);
  });
});
