// `tiltakskort validate` through the built CLI, as a CI job runs it: exit codes, every format,
// the formats agreeing with each other, config, overlay, cache, colour and a lean start-up path.
// Build first (`npm run build`).

import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cli, ROOT, STACK_LINE, tempDir } from '../helpers/cli.js';
import { all, parseXml } from './validate-xml.js';
import type { Diagnostic } from '../../src/core/types.js';

const RULES = join(ROOT, 'tests', 'fixtures', 'rules');
const BASE = join(RULES, 'base');
const MANY = join(RULES, 'many');
const tmp = tempDir('tiltakskort-validate-');
const cache = join(tmp.dir, 'cache');
afterAll(() => tmp.cleanup());

/** Runs in the temp folder (no config or overlay lying around), with a private cache. */
const validate = (args: string[], env: NodeJS.ProcessEnv = {}, cwd = tmp.dir) =>
  cli(['validate', ...args], { cwd, env: { TILTAKSKORT_CACHE_DIR: cache, ...env } });

const loc = (d: Pick<Diagnostic, 'file' | 'line' | 'col' | 'rule'>) => `${d.file}:${d.line}:${d.col} ${d.rule}`;
/** `file:line:col  severity  message  [rule]` lines of the text output. */
function textLocations(stdout: string): string[] {
  return stdout.split('\n').flatMap((l) => {
    const m = /^(\S.*?):(\d+):(\d+)  (error|warning|info)  .*  \[([a-z-]+)\]$/.exec(l);
    return m ? [`${m[1]}:${m[2]}:${m[3]} ${m[5]}`] : [];
  });
}

describe('tiltakskort validate', () => {
  it('a clean deck: exit 0, a one-line verdict on stdout, nothing on stderr', async () => {
    const r = await validate(['--lang', 'en', BASE]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('No problems found (3 files checked).\n');
    expect(r.code).toBe(0);
  });

  it('a deck with problems: exit 1 and every finding at file:line:col with its rule and hint', async () => {
    const r = await validate(['--lang', 'en', MANY]);
    expect(r.code).toBe(1);
    const lines = textLocations(r.stdout);
    expect(lines).toEqual(
      expect.arrayContaining([
        `${MANY}/cards.yaml:9:10 basis`,
        `${MANY}/cards.yaml:24:14 repealed`,
        `${MANY}/cards.yaml:31:8 phone`,
        `${MANY}/cards.yaml:34:11 review-age`,
        `${MANY}/questions.yaml:17:6 markdown`,
        `${MANY}/questions.yaml:27:12 reference`,
      ]),
    );
    expect(r.stdout).toContain('hint: Did you mean "meldeplikt"?');
    expect(r.stdout).toMatch(/5 errors, 20 warnings in 2 files \(3 files checked\)\.\n$/);
    expect(r.stderr).toBe('');
  });

  it('paths are shown relative to the folder as given', async () => {
    const r = await validate(['tests/fixtures/rules/many'], {}, ROOT);
    expect(textLocations(r.stdout)).toContain('tests/fixtures/rules/many/cards.yaml:31:8 phone');
  });

  it('json, junit and github report the same findings as the text output', async () => {
    const [text, json, junit, github] = await Promise.all([
      validate([MANY, '--format', 'text']),
      validate([MANY, '--format', 'json']),
      validate([MANY, '--format', 'junit']),
      validate([MANY, '--format', 'github']),
    ] as const);
    for (const r of [text, json, junit, github]) expect(r.code).toBe(1);
    const fromText = textLocations(text.stdout).sort();

    const data = JSON.parse(json.stdout) as {
      diagnostics: Diagnostic[];
      summary: { errors: number; warnings: number; files: number };
    };
    expect(data.diagnostics.map(loc).sort()).toEqual(fromText);
    expect(data.summary).toMatchObject({ errors: 5, warnings: 20, files: 3 });

    const xml = parseXml(junit.stdout);
    expect(all(xml, 'testsuite')).toHaveLength(3);
    const failures = all(xml, 'failure');
    expect(failures).toHaveLength(data.diagnostics.filter((d) => d.severity === 'error').length);
    const inXml = [...junit.stdout.matchAll(/^(\/\S+?):(\d+):(\d+)  (?:error|warning|info)  .*  \[([a-z-]+)\]$/gm)].map(
      (m) => `${m[1]}:${m[2]}:${m[3]} ${m[4]}`,
    );
    const xmlText = all(xml, 'testcase')
      .flatMap((c) => c.children.map((x) => x.text))
      .join('\n');
    const decoded = [...xmlText.matchAll(/^(\S+?):(\d+):(\d+)  (?:error|warning|info)  .*  \[([a-z-]+)\]$/gm)].map(
      (m) => `${m[1]}:${m[2]}:${m[3]} ${m[4]}`,
    );
    expect(decoded.sort()).toEqual(fromText);
    expect(inXml.length).toBeGreaterThan(0);
    expect(Number(xml.attrs.tests)).toBe(all(xml, 'testcase').length);

    const annotations = github.stdout.split('\n').filter((l) => l.startsWith('::'));
    const fromGithub = annotations.map((l) => {
      const m = /^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),title=([a-z-]+)::/.exec(l)!;
      return `${m[2]!.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%25/g, '%')}:${m[3]}:${m[4]} ${m[5]}`;
    });
    expect(fromGithub.sort()).toEqual(fromText);
    expect(annotations.filter((l) => l.startsWith('::error'))).toHaveLength(5);
  });

  it('a missing folder is a usage error: exit 2, a message on stderr, no stack', async () => {
    const r = await validate([join(tmp.dir, 'nope')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Fant ikke mappen med kortstokken');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('an unknown --format is a usage error', async () => {
    const r = await validate([BASE, '--format', 'sarif']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Mulige verdier: text, json, junit, github/);
  });

  it('config: tiltakskort.config.yaml in the working folder sets severities; --config FILE too; a bad one exits 2', async () => {
    const dir = join(tmp.dir, 'cfg');
    cpSync(MANY, dir, { recursive: true });
    writeFileSync(
      join(dir, 'tiltakskort.config.yaml'),
      'rules:\n  basis: warning\n  repealed: warning\n  phone: off\n  markdown: info\n  reference: warning\n  translation: off\nreviewMaxAgeMonths: 36\n',
    );
    const ok = await cli(['validate', 'tests/fixtures/rules/many'], {
      cwd: ROOT,
      env: { TILTAKSKORT_CACHE_DIR: cache },
    });
    expect(ok.code).toBe(1);
    const relaxed = await validate(['--lang', 'en', MANY, '--config', join(dir, 'tiltakskort.config.yaml')]);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toMatch(/3 warnings, 1 note in 2 files/);
    expect(relaxed.stdout).not.toContain('[phone]');
    const inCwd = await validate(['--lang', 'en', MANY], {}, dir);
    expect(inCwd.stdout).toBe(relaxed.stdout);

    writeFileSync(join(dir, 'bad.yaml'), 'rules:\n  phnoe: off\n');
    const bad = await validate(['--lang', 'en', MANY, '--config', join(dir, 'bad.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown rule "phnoe"');
    expect(bad.stderr).toContain('Did you mean "phone"?');
    // A config error is a usage error in the run's language: bokmål by default.
    const badNb = await validate([MANY, '--config', join(dir, 'bad.yaml')]);
    expect(badNb.code).toBe(2);
    expect(badNb.stderr).toContain('bad.yaml: Ukjent regel "phnoe" i konfigurasjonen.');
    expect(badNb.stderr).toContain('Mente du "phone"?');
    const missing = await validate([MANY, '--config', join(dir, 'none.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Fant ikke konfigurasjonsfila');
  });

  it('--local and --strict: a placeholder the overlay does not fill is an error only with --strict', async () => {
    const dir = join(tmp.dir, 'local');
    cpSync(BASE, dir, { recursive: true });
    writeFileSync(
      join(dir, 'cards.yaml'),
      readFileSync(join(BASE, 'cards.yaml'), 'utf8') +
        '---\nkind: contact\nid: lokal-barnevern\nname: Barnevernstjenesten\nwhen: Melding.\nlocal: true\nreviewed: 2026-11-01\n',
    );
    writeFileSync(
      join(dir, 'questions.yaml'),
      readFileSync(join(BASE, 'questions.yaml'), 'utf8').replace(
        'adds: [meldeplikt, skriv-ned]',
        'adds: [meldeplikt, skriv-ned, lokal-barnevern]',
      ),
    );
    const overlay = join(tmp.dir, 'eksempel.local.yaml');
    writeFileSync(
      overlay,
      'kind: local\nmunicipality: Eksempel kommune\nreviewed: 2026-11-01\ncontacts:\n  - id: familiesenter\n    name: Familiesenteret\n    when: Råd.\n    phone: "22 33 44 55"\n',
    );
    const national = await validate(['--lang', 'en', dir]);
    expect(national.code).toBe(0);
    expect(national.stdout).toMatch(
      /cards\.yaml:48:8  warning  Local contact "lokal-barnevern" is a placeholder.*\[local-missing\]/,
    );
    const lenient = await validate(['--lang', 'en', dir, '--local', overlay]);
    expect(lenient.code).toBe(0);
    const strict = await validate(['--lang', 'en', dir, '--local', overlay, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/error  Local contact "lokal-barnevern" is not filled in by .*eksempel\.local\.yaml/);
    writeFileSync(
      overlay,
      'kind: local\nmunicipality: Eksempel kommune\nreviewed: 2026-11-01\ncontacts:\n  - id: lokal-barnevern\n    phone: "12 34 56 7"\n',
    );
    const filled = await validate(['--lang', 'en', dir, '--local', overlay, '--strict']);
    expect(filled.code).toBe(1);
    expect(filled.stdout).toMatch(
      /eksempel\.local\.yaml:6:12  error  "12 34 56 7" is not a valid Norwegian phone number/,
    );
    const missing = await validate(['--lang', 'en', dir, '--local', join(tmp.dir, 'none.yaml')]);
    expect(missing.code).toBe(2);
  });

  it('review age follows SOURCE_DATE_EPOCH, so results are reproducible', async () => {
    const later = await validate([BASE], { SOURCE_DATE_EPOCH: String(Date.UTC(2027, 11, 1) / 1000) });
    expect(later.code).toBe(0);
    expect(textLocations(later.stdout).filter((l) => l.endsWith('review-age'))).toHaveLength(5);
  });

  it('no colour when stdout is not a terminal (NO_COLOR set or not)', async () => {
    expect((await validate([MANY])).stdout).not.toContain('\u001b[');
    expect((await validate([MANY], { NO_COLOR: '' })).stdout).not.toContain('\u001b[');
  });

  it('the cache never changes results: cold, warm and after an edit', async () => {
    const dir = join(tmp.dir, 'cached');
    cpSync(MANY, dir, { recursive: true });
    const c2 = join(tmp.dir, 'cache2');
    const cold = await validate([dir, '--format', 'json'], { TILTAKSKORT_CACHE_DIR: c2 });
    const warm = await validate([dir, '--format', 'json'], { TILTAKSKORT_CACHE_DIR: c2 });
    const none = await validate([dir, '--format', 'json', '--no-cache'], { TILTAKSKORT_CACHE_DIR: c2 });
    expect(warm.stdout).toBe(cold.stdout);
    expect(none.stdout).toBe(cold.stdout);
    writeFileSync(
      join(dir, 'cards.yaml'),
      readFileSync(join(dir, 'cards.yaml'), 'utf8').replace('phone: "22-33-44-55"', 'phone: "22 33 44 55"'),
    );
    const edited = await validate([dir, '--format', 'json'], { TILTAKSKORT_CACHE_DIR: c2 });
    expect(JSON.parse(edited.stdout).summary.errors).toBe(4);
    writeFileSync(join(c2, (await import('node:fs')).readdirSync(c2)[0]!), '{ not json');
    const broken = await validate([dir, '--format', 'json'], { TILTAKSKORT_CACHE_DIR: c2 });
    expect(broken.stdout).toBe(edited.stdout);
  });

  it('the bundle: parse workers report the same, and a changed build does not reuse the cache', () => {
    // Spawned, whatever the test host: the worker lookup and the cache key live in the bundle.
    const run = (bin: string, args: string[], env: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, [bin, 'validate', ...args], {
        cwd: tmp.dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1795392000', ...env },
      });
    const here = run(BIN, [MANY, '--format', 'json', '--no-cache'], { TILTAKSKORT_PARSE_WORKERS: '0' });
    const workers = run(BIN, [MANY, '--format', 'json', '--no-cache'], { TILTAKSKORT_PARSE_WORKERS: '1' });
    expect(here.status).toBe(1);
    expect(workers.stderr).toBe('');
    expect(workers.stdout).toBe(here.stdout);

    // A copy of the package whose checks (dist/checks.cjs) then change by one byte: the cache is written anew.
    const pkg = join(tmp.dir, 'pkg');
    for (const part of ['package.json', 'bin', 'dist']) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
    const c3 = join(tmp.dir, 'cache3');
    const version = () =>
      (JSON.parse(readFileSync(join(c3, readdirSync(c3)[0]!), 'utf8')) as { version: string }).version;
    const first = run(join(pkg, 'bin', 'tiltakskort.cjs'), [MANY, '--format', 'json'], { TILTAKSKORT_CACHE_DIR: c3 });
    const before = version();
    appendFileSync(join(pkg, 'dist', 'checks.cjs'), '\n');
    const second = run(join(pkg, 'bin', 'tiltakskort.cjs'), [MANY, '--format', 'json'], { TILTAKSKORT_CACHE_DIR: c3 });
    expect(second.stdout).toBe(first.stdout);
    expect(version()).not.toBe(before);
  });
});
