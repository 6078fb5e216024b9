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
//   dist/lint/parse-worker.js (lint/files.ts). The main bundle requires dist/checks.cjs through
//   io/code-cache.ts, which on Node 20 compiles it (and js-yaml) with the V8 code cache this
//   script makes at the end (dist/code-cache/);
// - the English words (words/en.ts): their own file, dist/words-en.cjs, required when English is
//   first asked for (a bokmål `run` was about 1.5 ms of CPU faster without them);
// - workshop mode (dist/workshop/), the ESM files tsc wrote;
// - @inquirer (through require, see src/cli/inquirer.ts), marked, marked-terminal, wrap-ansi,
//   yaml (as dist/vendor/yaml.cjs, below), js-yaml and @viz-js/viz: loaded by the commands that
//   use them, so `run`, `validate` and `test` never parse the ones they do not use.
//
// On Node 20 the bin compiles the bundle from V8's code cache, which the end of this script
// writes (dist/tiltakskort.cjs.v8cache; see load() in bin/tiltakskort.cjs).

import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const OUTFILE = join(DIST, 'tiltakskort.cjs');
const LEFT_OUT = /[\\/]dist[\\/]workshop[\\/]/;

/** A library as one CommonJS file in dist/vendor/, with its licence comments kept. */
const vendor = (entry, name, plugins = []) =>
  build({
    entryPoints: [join(ROOT, 'node_modules', ...entry.split('/'))],
    outfile: join(DIST, 'vendor', name),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    legalComments: 'inline',
    logLevel: 'warning',
    plugins,
  });

// `yaml` as one file, required by io/yaml-cards.ts when a file needs positions: its 80-odd
// modules took about 16 ms to load, one file about 6 ms.
await vendor('yaml/dist/index.js', 'yaml.cjs');

// @inquirer/core, the guide's prompts, as one CommonJS file (src/cli/inquirer.ts): the package is
// ESM only, and require() of it went through Node's ESM loader, module by module (about 15 ms of
// the guide's first prompt).
await vendor('@inquirer/core/dist/index.js', 'inquirer-core.cjs');

// js-yaml, which `validate` and `test` read every card file with (io/yaml-fast.ts), as one file
// with two changes that keep what it does and make it faster (--cpu-prof; each throws here if
// js-yaml's code no longer looks as expected):
// - its build's object-spread helper (oxc's _objectSpread2, which copies with
//   Object.defineProperty) becomes Object.assign. The parser and the constructor copy their
//   options into a fresh state object with it, twice per file; the defined properties left that
//   object slow to make and to read: on a 10,000-card deck the helper took ~200 ms of ~520 ms of
//   parsing. The callers pass plain objects of data properties, for which both copy the same;
// - its check for non-printable characters in every scalar, one regular expression that also
//   looks for lone surrogates at every position (~5 % of a cold `validate` of the national
//   deck), first asks a plain character class and String#isWellFormed, and runs the expression
//   (for the error's position) only when one of them finds something.
const JS_YAML_REWRITES = [
  [
    /function _objectSpread2\(e\) \{\n[\s\S]*?\n\treturn e;\n\}\n/,
    'function _objectSpread2(e) {\n\tfor (var r = 1; r < arguments.length; r++) if (arguments[r] != null) Object.assign(e, arguments[r]);\n\treturn e;\n}\n',
  ],
  [
    /function checkPrintable\(state, start, end\) \{\n\tconst match = PATTERN_NON_PRINTABLE\.exec\(state\.input\.slice\(start, end\)\);/,
    'function checkPrintable(state, start, end) {\n\tconst text = state.input.slice(start, end);\n\tif (!/[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x84\\x86-\\x9F\\uFFFE\\uFFFF]/.test(text) && text.isWellFormed()) return;\n\tconst match = PATTERN_NON_PRINTABLE.exec(text);',
  ],
];
await vendor('js-yaml/dist/js-yaml.cjs.js', 'js-yaml.cjs', [
  {
    name: 'js-yaml-faster',
    setup(b) {
      b.onLoad({ filter: /[\\/]js-yaml[\\/]dist[\\/]js-yaml\.cjs\.js$/ }, async (args) => {
        let contents = await readFile(args.path, 'utf8');
        for (const [from, to] of JS_YAML_REWRITES) {
          if (!from.test(contents))
            throw new Error(`bundle.mjs: js-yaml no longer has ${from.source.slice(0, 40)}… as expected`);
          contents = contents.replace(from, to);
        }
        return { contents, loader: 'js' };
      });
    },
  },
]);

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

await build({ entryPoints: [join(DIST, 'core', 'words', 'en.js')], outfile: join(DIST, 'words-en.cjs'), ...COMMON });

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
        // commander requires node:child_process at its top, for executable subcommands, which this
        // tool has none of: loading it (with the internals it pulls in) cost every start about 1.5 ms.
        // Here it is required on first use only.
        b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
          const text = await readFile(args.path, 'utf8');
          const eager = "const childProcess = require('node:child_process');";
          if (!text.includes(eager))
            throw new Error('bundle.mjs: commander no longer requires child_process as expected');
          const lazy =
            "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) }; // lazy (bundle.mjs)";
          return { contents: text.replace(eager, lazy), resolveDir: dirname(args.path), loader: 'js' };
        });
        // The English words (words/en.ts, ~50 KB) are a file of their own, dist/words-en.cjs
        // (below), required the first time English is asked for: a bokmål run never loads them.
        b.onLoad({ filter: /[\\/]dist[\\/]core[\\/]words[\\/]index\.js$/ }, async (args) => {
          const text = await readFile(args.path, 'utf8');
          const contents = text
            .replace("import { en } from './en.js';", 'let en;')
            .replace("lang === 'en' ? en : nb", "lang === 'en' ? (en ??= require('./words-en.cjs').en) : nb");
          if (contents.includes('./en.js') || !contents.includes('words-en.cjs'))
            throw new Error('bundle.mjs: words/index.js no longer imports the English words as expected');
          return { contents, resolveDir: dirname(args.path) };
        });
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
          if (args.path === './checks.cjs' || args.path === './words-en.cjs')
            return { path: args.path, external: true };
          if (!LEFT_OUT.test(target) || LEFT_OUT.test(args.importer)) return undefined;
          return { path: `./${relative(DIST, target).split('\\').join('/')}`, external: true };
        });
      },
    },
  ],
});

// The code cache for Node 20 (bin/tiltakskort.cjs, load()). The bin compiles the bundle with
// vm.Script there, where import() does not work: the bundle's dynamic imports go to the bin's
// import() instead (the wrapper's last parameter; required normally, the bundle's own), with
// relative specifiers made absolute. Its last line is the build id that ties the cache to it.
{
  const text = await readFile(OUTFILE, 'utf8');
  const calls = text.match(/\bimport\(/g)?.length ?? 0;
  const rewritten = text.replace(/\bimport\((?=["'])/g, '__import(');
  if (calls === 0 || /\bimport\(/.test(rewritten) || !text.startsWith('const __bundleUrl'))
    throw new Error('bundle.mjs: the dynamic imports of the bundle are not as expected');
  const helper =
    "const __import = (s) => (typeof __tkImport === 'function' ? __tkImport : (u) => import(u))(s.startsWith('.') ? new URL(s, __bundleUrl).href : s);";
  const lines = rewritten.split('\n');
  lines.splice(1, 0, helper);
  const body = lines.join('\n');
  const id = createHash('sha256').update(body).digest('hex').slice(0, 16);
  await writeFile(OUTFILE, `${body}//# build ${id}\n`);
}
{
  const cacheFile = `${OUTFILE}.v8cache`;
  rmSync(cacheFile, { force: true });
  if (!(await import('node:module')).enableCompileCache) await writeCodeCache(cacheFile);
}

/**
 * Run the bin the ways users start it, each run adding the functions it compiled to the cache:
 * the first question, a complete run (JSON, text, English text), the guide without a terminal
 * (its plain mode, up to the first question) and --help.
 */
async function writeCodeCache(cacheFile) {
  const bin = join(ROOT, 'bin', 'tiltakskort.cjs');
  const cwd = join(DIST, 'vendor'); // no tiltakskort.local.yaml there
  const env = { ...process.env, NO_COLOR: '1', TILTAKSKORT_WRITE_V8CACHE: '' };
  delete env.TILTAKSKORT_LANG;
  delete env.NODE_OPTIONS;
  const node = (args, write) =>
    spawnSync(process.execPath, [bin, ...args], {
      cwd,
      env: write ? { ...env, TILTAKSKORT_WRITE_V8CACHE: cacheFile } : env,
      encoding: 'utf8',
      input: '',
    });
  // A complete path through the bundled deck: the first option of every question, found with the
  // bundle's main() in this process (a new Node per question cost the build about a second).
  const { main } = createRequire(import.meta.url)(OUTFILE);
  const answers = [];
  for (let i = 0; i < 60; i++) {
    let out = '';
    const stdout = new Writable({
      write(chunk, _enc, cb) {
        out += chunk;
        cb();
      },
    });
    const stderr = new Writable({ write: (_chunk, _enc, cb) => cb() });
    const stdin = new PassThrough();
    stdin.end();
    const argv = ['run', '--format', 'json', ...answers];
    const status = await main({ argv, cwd, env: { ...env, NO_COLOR: '1' }, stdin, stdout, stderr });
    if (status !== 3) break;
    const { next } = JSON.parse(out);
    answers.push('--answer', `${next.id}=${next.options[0].id}`);
  }
  for (const args of [
    ['run', '--format', 'json'],
    ['run', '--format', 'json', ...answers],
    ['run', ...answers],
    ['run', '--lang', 'en', ...answers],
    [],
    ['--help'],
  ]) {
    const r = node(args, true);
    if (r.status === null || r.status > 3) throw new Error(`bundle.mjs: tiltakskort ${args.join(' ')}: ${r.stderr}`);
  }
}

// V8's code cache for `validate` and `test` on Node 20 (io/code-cache.ts): both commands run once
// on the national deck in one process, and what V8 compiled for dist/checks.cjs and js-yaml is
// written to dist/code-cache/ at exit. Node 22+ keeps its own compile cache and writes nothing
// here, so the run is skipped there. Without it (a broken deck, a failed run) the commands only
// compile as before.
rmSync(join(DIST, 'code-cache'), { recursive: true, force: true });
if (!(await import('node:module')).enableCompileCache) {
  // Code compiled through node:vm has no loader for import() on Node 20: require only.
  const dynamic = /\bimport\(/.exec(await readFile(join(DIST, 'checks.cjs'), 'utf8'));
  if (dynamic) throw new Error('bundle.mjs: dist/checks.cjs uses import(); use require (see src/io/code-cache.ts)');
  const script = `
    const { Writable } = require('node:stream');
    const { main } = require(${JSON.stringify(OUTFILE)});
    const sink = new Writable({ write: (_c, _e, cb) => cb() });
    const io = (argv) => ({ argv, cwd: process.cwd(), env: process.env, stdin: process.stdin, stdout: sink, stderr: sink });
    (async () => {
      for (const cmd of ['validate', 'test']) await main(io([cmd, ${JSON.stringify(join(ROOT, 'cards'))}, '--no-cache']));
    })();`;
  // As for the bundle's cache: no V8 flags from NODE_OPTIONS (V8 would refuse the cache for everyone
  // else), and a working folder with no tiltakskort.local.yaml in it.
  const env = { ...process.env, TILTAKSKORT_WRITE_CODE_CACHE: '1', NO_COLOR: '1' };
  delete env.NODE_OPTIONS;
  delete env.TILTAKSKORT_LANG;
  const r = spawnSync(process.execPath, ['-e', script], {
    cwd: join(DIST, 'vendor'),
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) console.warn(`bundle.mjs: no code cache for validate/test (${r.stderr.trim() || r.status})`);
}
