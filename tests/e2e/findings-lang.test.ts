// The findings of validate and test in the run's language: bokmål by default, English with
// --lang en or TILTAKSKORT_LANG=en, in text and JSON alike (same rule ids, positions and JSON
// keys), and a finding the parse cache holds from one run is worded in the next run's language.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from '../helpers/cli.js';
import type { Diagnostic } from '../../src/core/types.js';

const tmp = tempDir('tiltakskort-findings-lang-');
afterAll(() => tmp.cleanup());
const BROKEN = 'tests/fixtures/broken';

const validate = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  cli(['validate', BROKEN, ...args], { cwd: ROOT, env });

describe('findings in the chosen language', () => {
  it('text: bokmål by default, English with --lang en or TILTAKSKORT_LANG=en; positions and rule ids the same', async () => {
    const nb = await validate(['--no-cache']);
    expect(nb.code).toBe(1);
    expect(nb.stdout).toContain(
      `${BROKEN}/questions/bekymring.yaml:9:5  error  Ukjent felt «nxt».  [schema]\n    tips: Mente du «next»?\n`,
    );
    expect(nb.stdout).toContain(`${BROKEN}/duties.yaml:12:1  error  Feltet «meaning» mangler.  [schema]`);
    expect(nb.stdout).toContain(`${BROKEN}/questions/sektor.yaml:8:12  error  Ukjent kort «meldeplkt».  [reference]`);
    expect(nb.stdout).toMatch(/\n5 feil, 1 advarsel i 5 filer \(6 filer sjekket\)\.\n$/);

    const en = await validate(['--no-cache', '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      `${BROKEN}/questions/bekymring.yaml:9:5  error  Unknown field "nxt".  [schema]\n    hint: Did you mean "next"?\n`,
    );
    expect(en.stdout).toMatch(/\n5 errors, 1 warning in 5 files \(6 files checked\)\.\n$/);
    expect((await validate(['--no-cache'], { TILTAKSKORT_LANG: 'en' })).stdout).toBe(en.stdout);

    // The same places and rules, line for line; only the words differ.
    const where = (s: string) =>
      s
        .split('\n')
        .filter((l) => /^\S+:\d+:\d+  /.test(l))
        .map((l) => `${l.split('  ')[0]} ${l.slice(l.lastIndexOf('['))}`);
    expect(where(nb.stdout)).toEqual(where(en.stdout));
    expect(where(nb.stdout)).toHaveLength(6);
  });

  it('JSON: message and hint in the run language, the same keys, rule ids and positions in both', async () => {
    const parse = (s: string) => JSON.parse(s) as { diagnostics: Diagnostic[]; summary: Record<string, number> };
    const nb = parse((await validate(['--no-cache', '--format', 'json'])).stdout);
    const en = parse((await validate(['--no-cache', '--format', 'json', '--lang', 'en'])).stdout);
    const nxt = (o: typeof nb) => o.diagnostics.find((d) => d.path === 'options/0/nxt')!;
    expect(nxt(nb)).toMatchObject({
      rule: 'schema',
      line: 9,
      col: 5,
      message: 'Ukjent felt «nxt».',
      hint: 'Mente du «next»?',
    });
    expect(nxt(en)).toMatchObject({
      rule: 'schema',
      line: 9,
      col: 5,
      message: 'Unknown field "nxt".',
      hint: 'Did you mean "next"?',
    });
    // No extra keys: what words a finding stays inside the tool.
    expect(nb.diagnostics.map((d) => Object.keys(d))).toEqual(en.diagnostics.map((d) => Object.keys(d)));
    for (const d of nb.diagnostics) expect(Object.keys(d)).not.toContain('said');
    expect(nb.diagnostics.map((d) => [d.file, d.line, d.col, d.rule])).toEqual(
      en.diagnostics.map((d) => [d.file, d.line, d.col, d.rule]),
    );
    expect(nb.summary).toEqual(en.summary);
  });

  it('GitHub annotations and JUnit: the finding and the closing line in bokmål, the rule id as the title', async () => {
    const gh = (await validate(['--no-cache', '--format', 'github'])).stdout;
    expect(gh).toContain(
      `::error file=${BROKEN}/questions/bekymring.yaml,line=9,col=5,title=schema::Ukjent felt «nxt».%0Atips: Mente du «next»?`,
    );
    expect(gh).toMatch(/\n5 feil, 1 advarsel \(6 filer sjekket\)\.\n$/);
    const junit = (await validate(['--no-cache', '--format', 'junit'])).stdout;
    expect(junit).toContain('<failure type="schema" message="Ukjent felt «nxt».">');
  });

  it('the cache: a finding cached by a bokmål run is worded in English by the next run, and back', async () => {
    const cacheDir = join(tmp.dir, 'cache');
    const env = { TILTAKSKORT_CACHE_DIR: cacheDir };
    const nbCold = await validate([], env);
    expect(existsSync(cacheDir) && readdirSync(cacheDir).length).toBeGreaterThan(0);
    const enWarm = await validate(['--lang', 'en'], env);
    expect(enWarm.stdout).toBe((await validate(['--no-cache', '--lang', 'en'])).stdout);
    expect(enWarm.stdout).toContain('error  YAML syntax: ');
    expect(enWarm.stdout).not.toContain('YAML-feil');
    // And back: a cache filled by an English run, read by a bokmål one.
    const env2 = { TILTAKSKORT_CACHE_DIR: join(tmp.dir, 'cache2') };
    expect((await validate(['--lang', 'en'], env2)).stdout).toBe(enWarm.stdout);
    const nbWarm = await validate([], env2);
    expect(nbWarm.stdout).toBe(nbCold.stdout);
    expect(nbWarm.stdout).toContain('error  YAML-feil: ');
  });
});
