// The long hostile-input run: `node scripts/fuzz.mjs --runs 5000 [--seed N]` after `npm run build`.
// The same property as the short run in `npm test` (tests/fuzz/hostile.mjs), on the built code
// (dist/cli/main.js), in-process. Prints the exit-code mix and, on failure, the seed, the shrunk
// case and what went wrong; exit 1 then.
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { main } from '../dist/cli/main.js';
import { hostileProperty } from '../tests/fuzz/hostile.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '2000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const codes = new Map();
const started = Date.now();
const result = await fc.check(
  hostileProperty(main, (code) => codes.set(code, (codes.get(code) ?? 0) + 1)),
  {
    numRuns: runs,
    ...(values.seed !== undefined ? { seed: Number(values.seed) } : {}),
  },
);
const mix = [...codes]
  .sort((a, b) => a[0] - b[0])
  .map(([c, n]) => `exit ${c}: ${n}`)
  .join(', ');
process.stdout.write(
  `${result.numRuns} cases in ${((Date.now() - started) / 1000).toFixed(1)} s (${mix}); seed ${result.seed}\n`,
);
if (result.failed) {
  process.stdout.write(fc.defaultReportMessage(result) + '\n');
  process.exit(1);
}
