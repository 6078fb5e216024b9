// What each way of starting tiltakskort loads: the start-up targets (bench/startup.mjs) hold only
// while `run` stays inside the one bundled file and the heavy libraries stay with the commands
// that use them. Every module Node resolves, CommonJS and ESM, is logged through NODE_OPTIONS.

import { readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli as cli, ROOT, tempDir } from '../helpers/cli.js';
import { spawnGuide } from '../helpers/pty.js';

const tmp = tempDir('tiltakskort-startup-');
afterAll(() => tmp.cleanup());
const log = join(tmp.dir, 'loaded.log');
const RULES = join(ROOT, 'tests', 'fixtures', 'rules');

beforeAll(() => {
  writeFileSync(
    join(tmp.dir, 'log-require.cjs'),
    [
      "const Module = require('node:module');",
      "const fs = require('node:fs');",
      'const { appendFileSync } = fs;',
      'const resolve = Module._resolveFilename;',
      'Module._resolveFilename = function (...args) {',
      '  const file = resolve.apply(this, args);',
      `  appendFileSync(${JSON.stringify(log)}, 'require ' + file + '\\n');`,
      '  return file;',
      '};',
      // The build's data files (dist/*.json) a command reads.
      'const readFileSync = fs.readFileSync;',
      'fs.readFileSync = function (file, ...rest) {',
      `  if (typeof file === 'string' && /[\\\\/]dist[\\\\/][^\\\\/]+\\.json$/.test(file)) appendFileSync(${JSON.stringify(log)}, 'data ' + file + '\\n');`,
      '  return readFileSync.call(this, file, ...rest);',
      '};',
    ].join('\n'),
  );
  writeFileSync(
    join(tmp.dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';\nexport async function resolve(spec, ctx, next) { const r = await next(spec, ctx); appendFileSync(${JSON.stringify(log)}, 'import ' + r.url + '\\n'); return r; }\n`,
  );
  writeFileSync(
    join(tmp.dir, 'register.mjs'),
    `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`,
  );
});

const tracing = {
  NODE_OPTIONS: `--require ${join(tmp.dir, 'log-require.cjs')} --import ${join(tmp.dir, 'register.mjs')}`,
  TILTAKSKORT_CACHE_DIR: join(tmp.dir, 'cache'),
};

/** The package's own files and the libraries that were loaded, builtins and the tracer left out. */
function loaded(): string[] {
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .filter((l) => !l.startsWith('data '))
    .map((l) => l.replace(/^(require|import) (file:\/\/)?/, ''))
    .filter((f) => f.startsWith('/') && !f.startsWith(tmp.dir))
    .map((f) => f.replace(`${ROOT}/`, ''));
}

describe('start-up path', () => {
  it('run, to the first question and to a summary, loads nothing but the bin and the bundle', async () => {
    for (const args of [
      ['run', '--format', 'json'],
      ['run', '--answer', 'sektor=skole', '--answer', 'bekymring=vold'],
      ['run', '--answer', 'sektor=skole', '--answer', 'bekymring=akutt', '--format', 'json'],
    ]) {
      writeFileSync(log, '');
      const r = await cli(args, { cwd: tmp.dir, env: tracing });
      expect([0, 3], r.stderr).toContain(r.code);
      expect(new Set(loaded()), args.join(' ')).toEqual(new Set(['bin/tiltakskort.cjs', 'dist/tiltakskort.cjs']));
    }
  });

  // Node 20 has no compile cache of its own: the bin compiles the bundle from the one the build
  // wrote (dist/tiltakskort.cjs.v8cache), and says so under TILTAKSKORT_DEBUG when it cannot.
  it.runIf(!('enableCompileCache' in Module))(
    "on Node 20, run compiles the bundle from the build's code cache",
    async () => {
      const used = await cli(['run', '--format', 'json'], { cwd: tmp.dir, env: { TILTAKSKORT_DEBUG: '1' } });
      expect(used.code).toBe(3);
      expect(used.stderr).not.toMatch(/code cache/);
      // Other V8 flags than the build's: V8 turns the cache down, and the run is the same.
      const other = await cli(['run', '--format', 'json'], {
        cwd: tmp.dir,
        env: { TILTAKSKORT_DEBUG: '1', NODE_OPTIONS: '--max-old-space-size=200' },
      });
      expect(other.stderr).toMatch(/compiled without the code cache \(rejected by V8\)/);
      expect(other.stdout).toBe(used.stdout);
    },
  );

  it("run with a municipality's overlay reads the bundled cards' positions only when there is a finding to place", async () => {
    const read = () => readFileSync(log, 'utf8').includes('dist/deck-positions.json');
    writeFileSync(log, '');
    const complete = await cli(
      ['run', '--local', join(ROOT, 'examples', 'tiltakskort.local.yaml'), '--format', 'json'],
      {
        cwd: tmp.dir,
        env: tracing,
      },
    );
    expect(complete.code, complete.stderr).toBe(3);
    expect(complete.stderr).toBe('');
    expect(readFileSync(log, 'utf8')).toContain('dist/deck.json'); // the hook sees the reads
    expect(read()).toBe(false);
    // A national number the overlay tries to change: a warning, placed with the positions.
    writeFileSync(
      join(tmp.dir, 'change-116111.yaml'),
      'kind: local\nmunicipality: X\ncontacts:\n  - id: alarmtelefonen\n    phone: "99 99 99 99"\n',
    );
    writeFileSync(log, '');
    const changed = await cli(['run', '--local', 'change-116111.yaml', '--format', 'json'], {
      cwd: tmp.dir,
      env: tracing,
    });
    expect(changed.stderr).toMatch(/^change-116111\.yaml:4:9 +warning/m);
    expect(read()).toBe(true);
  });

  it('run in English adds only the English words, a file of their own', async () => {
    for (const [args, env] of [
      [['run', '--lang', 'en', '--format', 'json'], {}],
      [['run', '--answer', 'sektor=skole', '--answer', 'bekymring=vold'], { TILTAKSKORT_LANG: 'en' }],
    ] as const) {
      writeFileSync(log, '');
      const r = await cli(args, { cwd: tmp.dir, env: { ...tracing, ...env } });
      expect([0, 3], r.stderr).toContain(r.code);
      expect(r.stdout + r.stderr).toMatch(/Where do you work\?|How old is the child\?/);
      expect(new Set(loaded()), args.join(' ')).toEqual(
        new Set(['bin/tiltakskort.cjs', 'dist/tiltakskort.cjs', 'dist/words-en.cjs']),
      );
    }
  });

  it('run from a YAML answers file adds only the one-file build of yaml', async () => {
    writeFileSync(log, '');
    const r = await cli(['run', '--answers', join(ROOT, 'examples', 'answers.yaml'), '--format', 'json'], {
      cwd: tmp.dir,
      env: tracing,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(new Set(loaded())).toEqual(new Set(['bin/tiltakskort.cjs', 'dist/tiltakskort.cjs', 'dist/vendor/yaml.cjs']));
  });

  it('validate and test load the checks, never the prompts or the Markdown renderer', async () => {
    for (const args of [
      ['validate', join(RULES, 'many')],
      ['test', join(RULES, 'base')],
      ['validate', '--help'],
    ]) {
      writeFileSync(log, '');
      const r = await cli(args, { cwd: tmp.dir, env: tracing });
      expect(r.code, r.stderr).not.toBe(2);
      const files = loaded();
      expect(files).toContain('dist/tiltakskort.cjs');
      // The commands and the checks are one bundle of their own (scripts/bundle.mjs), not ESM modules.
      if (args[1] !== '--help') expect(files).toContain('dist/checks.cjs');
      else expect(files).not.toContain('dist/checks.cjs');
      expect(files.filter((f) => f.startsWith('dist/lint/'))).toEqual([]);
      expect(files.join('\n')).not.toMatch(/@inquirer|\/marked|marked-terminal|cli-highlight/);
    }
  });

  it('a second validate of an unchanged deck reads its cache, with positions, and parses no YAML', async () => {
    const many = join(RULES, 'many'); // every finding in it needs a position
    const first = await cli(['validate', many], { cwd: tmp.dir, env: tracing });
    expect(first.code).toBe(1);
    writeFileSync(log, '');
    const second = await cli(['validate', many], { cwd: tmp.dir, env: tracing });
    expect(second.stdout).toBe(first.stdout);
    // Neither parser: `yaml` (as the build's dist/vendor/yaml.cjs or the package) nor js-yaml (the
    // build's dist/vendor/js-yaml.cjs or the package).
    expect(loaded().join('\n')).not.toMatch(
      /node_modules\/yaml\/dist|dist\/vendor\/(js-)?yaml|node_modules\/js-yaml\/dist/,
    );
  });

  it('validate of a clean deck and test of passing scenarios, cold, read the cards without the slow YAML parser', async () => {
    // No cache: every file is parsed. Positions (and so `yaml`) are needed only for findings.
    for (const args of [
      ['validate', join(RULES, 'base')],
      ['test', join(RULES, 'base')],
    ]) {
      writeFileSync(log, '');
      const r = await cli(args, { cwd: tmp.dir, env: { ...tracing, TILTAKSKORT_CACHE_DIR: '' } });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const files = loaded().join('\n');
      expect(files).toMatch(/dist\/vendor\/js-yaml\.cjs/); // the build's faster copy (scripts/bundle.mjs)
      expect(files, args[0]).not.toMatch(/node_modules\/yaml\/dist|dist\/vendor\/yaml/);
    }
  });

  it('the guide, up to its first prompt, loads @inquirer/core (its own prompts) but not the renderers', async () => {
    writeFileSync(log, '');
    const s = spawnGuide([], { cwd: tmp.dir, env: tracing });
    try {
      await s.waitFor('Hvor jobber du?');
      const files = loaded().join('\n');
      // As the build's one CommonJS file, not the ESM package module by module (cli/inquirer.ts).
      expect(files).toMatch(/dist\/vendor\/inquirer-core\.cjs/);
      expect(files).not.toMatch(/node_modules\/@inquirer\/core/);
      expect(files).not.toMatch(
        /\/marked|marked-terminal|cli-highlight|@inquirer\/(select|checkbox|input)|node_modules\/yaml|vendor\/yaml|render\/(html|terminal)/,
      );
    } finally {
      s.kill();
    }
  });
});
