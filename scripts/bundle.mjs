// Build step: bundle the command line into one CommonJS file, dist/tiltakskort.cjs, which the bin
// requires. Why: on Node 20 (no compile cache) start-up is spent loading modules, and the ESM
// loader alone costs about 10 ms; one CommonJS file with commander inside is what gets `run` and
// the guide's first prompt within the start-up targets (bench/startup.mjs; figures in the README).
//
// What stays out of the bundle, loaded only by the commands that need them:
// - `validate` and `test` with the card checks: their own bundle, dist/checks.cjs (below). As
//   separate ESM files (dist/lint/) they cost those commands about 15 ms of module loading; inside
//   the main bundle they cost every `run` about 1.5 ms more to load (V8 pre-parses the whole file).
//   It holds its own copy of the core modules it uses: harmless, as errors are recognised by a
//   global symbol (core/errors.ts), not by class. The parse worker for large decks is tsc's
//   dist/lint/parse-worker.js (lint/files.ts). The main bundle requires it through
//   io/code-cache.ts, which on Node 20 compiles it (and js-yaml) with the V8 code cache this
//   script makes at the end (dist/code-cache/);
// - workshop mode (dist/workshop/), the ESM files tsc wrote;
// - @inquirer (through require, see src/cli/inquirer.ts), marked, marked-terminal, wrap-ansi,
//   yaml (as dist/vendor/yaml.cjs, below), js-yaml and @viz-js/viz: loaded by the commands that
//   use them, so `run`, `validate` and `test` never parse the ones they do not use.

import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const OUTFILE = join(DIST, 'tiltakskort.cjs');
const LEFT_OUT = /[\\/]dist[\\/]workshop[\\/]/;

// `yaml` as one file, required by io/yaml-cards.ts when a file needs positions: its 80-odd
// modules took about 16 ms to load, one file about 6 ms.
await build({
  entryPoints: [join(ROOT, 'node_modules', 'yaml', 'dist', 'index.js')],
  outfile: join(DIST, 'vendor', 'yaml.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  legalComments: 'inline',
  logLevel: 'warning',
});

const EXTERNAL = ['@inquirer/*', 'marked', 'marked-terminal', 'wrap-ansi', 'yaml', 'js-yaml', '@viz-js/viz'];
/** What both bundles of our own code share. */
const COMMON = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // paths.ts finds the package from its own location: in a bundle, the bundle file.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  logLevel: 'warning',
};

await build({
  stdin: {
    contents:
      "export { validate } from './cli/commands/validate.js';\nexport { test } from './cli/commands/test.js';\n",
    resolveDir: DIST,
    sourcefile: 'checks-entry.js',
  },
  outfile: join(DIST, 'checks.cjs'),
  ...COMMON,
  plugins: [
    {
      name: 'tiltakskort-checks',
      setup(b) {
        b.onResolve({ filter: /^\./ }, (args) => {
          const target = resolve(args.resolveDir, args.path);
          if (!LEFT_OUT.test(target) || LEFT_OUT.test(args.importer ?? '')) return undefined;
          return { path: `./${relative(DIST, target).split('\\').join('/')}`, external: true };
        });
      },
    },
  ],
});

await build({
  entryPoints: [join(DIST, 'cli', 'main.js')],
  outfile: OUTFILE,
  ...COMMON,
  plugins: [
    {
      name: 'tiltakskort',
      setup(b) {
        // commander.ts loads commander with createRequire to dodge the ESM loader; in a CommonJS
        // bundle a plain import does that, and lets esbuild bundle it.
        b.onLoad({ filter: /[\\/]dist[\\/]cli[\\/]commander\.js$/ }, () => ({
          contents: "export { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';",
          resolveDir: ROOT,
        }));
        // `validate` and `test` come from dist/checks.cjs through require: an import() of it
        // would start the ESM loader (about 10 ms).
        // On Node 20 it is compiled with the V8 code cache the build made (io/code-cache.ts, below).
        b.onLoad({ filter: /[\\/]dist[\\/]cli[\\/]register-checks\.js$/ }, async (args) => {
          const text = await readFile(args.path, 'utf8');
          const contents = `import { requireBundled } from '../io/code-cache.js';\n${text.replace(
            /await import\('\.\/commands\/(validate|test)\.js'\)/g,
            "requireBundled('checks.cjs')",
          )}`;
          if (contents.split("requireBundled('checks.cjs')").length !== 3)
            throw new Error('bundle.mjs: register-checks.js no longer imports the two commands as expected');
          return { contents, resolveDir: dirname(args.path) };
        });
        // Imports of the lint and workshop modules stay imports, re-pointed from dist/tiltakskort.cjs.
        b.onResolve({ filter: /^\./ }, (args) => {
          const target = resolve(args.resolveDir, args.path);
          if (args.path === './checks.cjs') return { path: './checks.cjs', external: true };
          if (!LEFT_OUT.test(target) || LEFT_OUT.test(args.importer)) return undefined;
          return { path: `./${relative(DIST, target).split('\\').join('/')}`, external: true };
        });
      },
    },
  ],
});

// V8's code cache for `validate` and `test` on Node 20 (io/code-cache.ts): both commands run once
// on the national deck in one process, and what V8 compiled for dist/checks.cjs and js-yaml is
// written to dist/code-cache/ at exit. Node 22+ keeps its own compile cache and writes nothing
// here. Without it (a broken deck, a failed run) the commands only compile as before.
{
  const { spawnSync } = await import('node:child_process');
  const { rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  rmSync(join(DIST, 'code-cache'), { recursive: true, force: true });
  // Code compiled through node:vm has no loader for import() on Node 20: require only.
  const dynamic = /\bimport\(/.exec(await readFile(join(DIST, 'checks.cjs'), 'utf8'));
  if (dynamic) throw new Error('bundle.mjs: dist/checks.cjs uses import(); use require (see src/io/code-cache.ts)');
  const script = `
    const { Writable } = require('node:stream');
    const { main } = require(${JSON.stringify(OUTFILE)});
    const sink = new Writable({ write: (_c, _e, cb) => cb() });
    const io = (argv) => ({ argv, cwd: process.cwd(), env: { ...process.env, TILTAKSKORT_CACHE_DIR: '' },
      stdin: process.stdin, stdout: sink, stderr: sink });
    (async () => {
      for (const cmd of ['validate', 'test']) await main(io([cmd, ${JSON.stringify(join(ROOT, 'cards'))}, '--no-cache']));
    })();`;
  const r = spawnSync(process.execPath, ['-e', script], {
    cwd: tmpdir(),
    env: { ...process.env, TILTAKSKORT_WRITE_CODE_CACHE: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) console.warn(`bundle.mjs: no code cache for validate/test (${r.stderr.trim() || r.status})`);
}
