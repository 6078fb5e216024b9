#!/usr/bin/env node
// `validate` and `test` as CI runs them: whole-process wall time against `node -e 0` in the same
// run (alternating which goes first, ratio = median of the per-pair ratios, as in bench/startup.mjs),
// on the national deck (cards/) cold (--no-cache) and warm (the parse cache filled by a first run),
// and on synthetic decks of 1k/10k/50k cards, cold: time beyond Node's start, ms per 1,000 cards
// (flat when the cost is linear) and peak RSS (one more run, maxRSS read at exit). Build first.
//
//   node bench/validate.mjs                      everything (npm run bench runs it after startup.mjs)
//   node bench/validate.mjs --national           only the national deck
//   node bench/validate.mjs --sizes 1000,10000   only these synthetic sizes (0: none)
//   BENCH_RUNS=20 …                              runs per row (default 10; 5 for 10k, 3 for 50k)
//   BENCH_DIR=/tmp/x …                           where the synthetic decks are written (kept)
//   BENCH_BIN=/path/to/bin/tiltakskort.cjs       another build of the CLI

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : d);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = process.env.BENCH_BIN ?? join(ROOT, 'bin', 'tiltakskort.cjs');
const RUNS = process.env.BENCH_RUNS ? Number(process.env.BENCH_RUNS) : undefined;
const DIR = process.env.BENCH_DIR ?? join(tmpdir(), 'tiltakskort-bench');
const national = !args.includes('--sizes');
const sizes = args.includes('--national')
  ? []
  : opt('sizes', '1000,10000,50000')
      .split(',')
      .map(Number)
      .filter((n) => n > 0);
const WORK = mkdtempSync(join(tmpdir(), 'tiltakskort-bench-run-')); // cwd: no overlay, no config here
const ENV = { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1795392000' };
delete ENV.FORCE_COLOR;
delete ENV.TILTAKSKORT_CACHE_DIR;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function time(argv, env = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, {
    cwd: WORK,
    env: { ...ENV, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Peak RSS of one run, in MiB: a preloaded hook writes maxRSS (KiB) when the process exits. */
const HOOK = join(WORK, 'max-rss.cjs');
const RSS_OUT = join(WORK, 'max-rss.txt');
writeFileSync(
  HOOK,
  `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(RSS_OUT)}, String(process.resourceUsage().maxRSS)));\n`,
);
function peakMiB(argv, env = {}) {
  rmSync(RSS_OUT, { force: true });
  time(argv, { ...env, NODE_OPTIONS: `${ENV.NODE_OPTIONS ?? ''} --require ${HOOK}`.trim() });
  return Number(readFileSync(RSS_OUT, 'utf8')) / 1024;
}

/** The command and `node -e 0`, alternately, `runs` times each after one warm-up of each. */
function pair(argv, env, runs) {
  time(['-e', '0']);
  time(argv, env);
  const cmd = [];
  const base = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      base.push(time(['-e', '0']));
      cmd.push(time(argv, env));
    } else {
      cmd.push(time(argv, env));
      base.push(time(['-e', '0']));
    }
  }
  return {
    ms: median(cmd),
    base: median(base),
    beyond: median(cmd.map((c, i) => c - base[i])),
    ratio: median(cmd.map((c, i) => c / base[i])),
    best: Math.min(...cmd.map((c, i) => c / base[i])),
  };
}

function table(header, rows) {
  const all = [header, ...rows];
  const w = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) =>
    `| ${r.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${w.map((x, i) => (i === 0 ? '-'.repeat(x + 2) : `${'-'.repeat(x + 1)}:`)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

console.log(`\nnode ${process.version}; validate and test, each paired with node -e 0; bin: ${BIN}`);

if (national) {
  const cards = join(ROOT, 'cards');
  const cache = join(WORK, 'cache');
  const warm = { TILTAKSKORT_CACHE_DIR: cache };
  const runs = RUNS ?? 10;
  const rows = [];
  for (const cmd of ['validate', 'test']) {
    const cold = pair([BIN, cmd, cards, '--no-cache'], {}, runs);
    time([BIN, cmd, cards], warm); // fill the cache
    const hot = pair([BIN, cmd, cards], warm, runs);
    for (const [name, r] of [
      [`${cmd} cards/ --no-cache (cold)`, cold],
      [`${cmd} cards/ (warm cache)`, hot],
    ])
      rows.push([name, r.ms.toFixed(0), r.base.toFixed(0), r.beyond.toFixed(0), r.ratio.toFixed(2), r.best.toFixed(2)]);
  }
  console.log(
    `\nNational deck, ${runs} runs a row; × = median of per-pair ratios, best = the lowest (a busy machine shows in the gap); target for cold: ≤ 1.5×\n`,
  );
  table(['command', 'median ms', 'node -e 0 ms', 'beyond node ms', '× node -e 0', 'best ×'], rows);
}

if (sizes.length) {
  mkdirSync(DIR, { recursive: true });
  const rows = [];
  for (const n of sizes) {
    const deck = join(DIR, `deck-${n}`);
    if (!existsSync(join(deck, 'deck.yaml')))
      spawnSync(process.execPath, [join(ROOT, 'bench', 'synthetic-deck.mjs'), '--cards', String(n), '--out', deck], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    const runs = RUNS ?? (n >= 50_000 ? 3 : n >= 10_000 ? 5 : 10);
    const argv = [BIN, 'validate', deck, '--no-cache'];
    const r = pair(argv, {}, runs);
    const rss = peakMiB(argv);
    rows.push([
      n.toLocaleString('en'),
      runs,
      r.ms.toFixed(0),
      r.beyond.toFixed(0),
      ((r.beyond / n) * 1000).toFixed(0),
      rss.toFixed(0),
    ]);
    process.stderr.write(`${n} cards: ${r.beyond.toFixed(0)} ms beyond node, ${rss.toFixed(0)} MiB\n`);
  }
  console.log(
    '\nSynthetic decks (bench/synthetic-deck.mjs, one card a file), validate --no-cache; targets: 10k under 1,000 ms beyond node, peak under 200 MiB, ms per 1k cards flat\n',
  );
  table(['cards', 'runs', 'median ms', 'beyond node ms', 'ms per 1k cards', 'peak RSS MiB'], rows);
}
rmSync(WORK, { recursive: true, force: true });
