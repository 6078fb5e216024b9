// Build step: bundle the command line into one CommonJS file, dist/tiltakskort.cjs, which the bin
// requires. Why: on Node 20 (no compile cache) start-up is spent loading modules, and the ESM
// loader alone costs about 10 ms; one CommonJS file with commander inside is what gets `run` and
// the guide's first prompt within the start-up targets (bench/startup.mjs; figures in the README).
//
// What stays out of the bundle, loaded only by the commands that need them:
// - the card checks (dist/lint/) and workshop mode (dist/workshop/): files.ts finds its parse
//   worker and hashes its own files through import.meta.url, so they stay the ESM files tsc wrote;
// - @inquirer (through require, see src/cli/inquirer.ts), marked, marked-terminal, wrap-ansi,
//   yaml, js-yaml and @viz-js/viz: loaded by the commands that use them, so `run`, `validate`
//   and `test` never parse the ones they do not use.

import { build } from 'esbuild';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const OUTFILE = join(DIST, 'tiltakskort.cjs');
const LEFT_OUT = /[\\/]dist[\\/](lint|workshop)[\\/]/;

await build({
  entryPoints: [join(DIST, 'cli', 'main.js')],
  outfile: OUTFILE,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['@inquirer/*', 'marked', 'marked-terminal', 'wrap-ansi', 'yaml', 'js-yaml', '@viz-js/viz'],
  // paths.ts finds the package from its own location; in the bundle that is dist/tiltakskort.cjs.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  logLevel: 'warning',
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
        // Imports of the lint and workshop modules stay imports, re-pointed from dist/tiltakskort.cjs.
        b.onResolve({ filter: /^\./ }, (args) => {
          const target = resolve(args.resolveDir, args.path);
          if (!LEFT_OUT.test(target) || LEFT_OUT.test(args.importer)) return undefined;
          return { path: `./${relative(DIST, target).split('\\').join('/')}`, external: true };
        });
      },
    },
  ],
});
