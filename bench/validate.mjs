#!/usr/bin/env node
// Whole-process timings of `validate` and `test` on synthetic decks, against `node -e 0` in the
// same run (alternating, median of per-pair ratios, like engineering.md Part B).
//   node bench/validate.mjs [--sizes 1000,10000,50000] [--runs 5] [--dir /tmp/tiltakskort-bench]
//   node bench/validate.mjs --national [--runs 20]   the bundled deck (cards/), cold: what CI runs
// Cold = no cache (--no-cache); warm = the content-hash cache filled by a previous run.
// Build first (npm run build).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : d);
const sizes = opt('sizes', '1000,10000,50000').split(',').map(Number);
const runs = Number(opt('runs', '5'));
const root = opt('dir', '/tmp/tiltakskort-bench');
const here = fileURLToPath(new URL('.', import.meta.url));
const bin = join(here, '..', 'bin', 'tiltakskort.cjs');
const env = { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1795392000' };

function time(cmd, argv, extraEnv = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

mkdirSync(root, { recursive: true });
const rows = [];

/** One row: the command and `node -e 0` alternately, `runs` times each. */
function measure(cards, name, argv, extra) {
  const base = [];
  const cmd = [];
  for (let i = 0; i < runs; i++) {
    base.push(time(process.execPath, ['-e', '0']));
    cmd.push(time(process.execPath, [bin, ...argv], extra));
  }
  rows.push({
    cards,
    case: name,
    'median ms': Math.round(median(cmd)),
    'node -e 0 ms': Math.round(median(base)),
    'beyond node ms': Math.round(median(cmd.map((c, i) => c - base[i]))),
    ratio: median(cmd.map((c, i) => c / base[i])).toFixed(2),
  });
  process.stderr.write(`${cards} ${name}: ${Math.round(median(cmd))} ms\n`);
}

if (args.includes('--national')) {
  // The national deck as CI checks it, with no parse cache: the cold start of `validate` and `test`.
  const cards = join(here, '..', 'cards');
  measure('national', 'validate --no-cache', ['validate', cards, '--no-cache'], {});
  measure('national', 'test --no-cache', ['test', cards, '--no-cache'], {});
  console.table(rows);
  process.exit(0);
}

for (const n of sizes) {
  const deck = join(root, `deck-${n}`);
  if (!existsSync(join(deck, 'deck.yaml')))
    spawnSync(process.execPath, [join(here, 'synthetic-deck.mjs'), '--cards', String(n), '--out', deck], {
      stdio: 'inherit',
    });
  const cache = join(root, `cache-${n}`);
  rmSync(cache, { recursive: true, force: true });
  const cases = [
    ['validate cold', ['validate', deck, '--no-cache'], {}],
    ['validate cold, worker threads', ['validate', deck, '--no-cache'], { TILTAKSKORT_PARSE_WORKERS: '1' }],
    ['validate warm', ['validate', deck], { TILTAKSKORT_CACHE_DIR: cache }],
    ['test warm', ['test', deck], { TILTAKSKORT_CACHE_DIR: cache }],
  ];
  time(process.execPath, [bin, 'validate', deck], { TILTAKSKORT_CACHE_DIR: cache }); // fill the cache
  for (const [name, argv, extra] of cases) {
    const base = [];
    const cmd = [];
    for (let i = 0; i < runs; i++) {
      base.push(time(process.execPath, ['-e', '0']));
      cmd.push(time(process.execPath, [bin, ...argv], extra));
    }
    const ratios = cmd.map((c, i) => c / base[i]);
    const beyond = cmd.map((c, i) => c - base[i]);
    rows.push({
      cards: n,
      case: name,
      'median ms': Math.round(median(cmd)),
      'node -e 0 ms': Math.round(median(base)),
      'beyond node ms': Math.round(median(beyond)),
      ratio: median(ratios).toFixed(2),
    });
    process.stderr.write(`${n} ${name}: ${Math.round(median(cmd))} ms\n`);
  }
}
console.table(rows);
