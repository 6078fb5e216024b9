#!/usr/bin/env node
// Start-up benchmark: whole-process wall time of the ways a user starts tiltakskort, each paired
// with `node -e 0` in the same run (alternating, so machine noise hits both alike). The ratio is
// the median of the per-pair ratios, as in docs/…/engineering.md Part B. Run `npm run build` first.
//
//   node bench/startup.mjs            print the table
//   node bench/startup.mjs --check    also exit 1 when a target is missed
//   BENCH_RUNS=20 BENCH_WARMUP=3 …    more runs
//   BENCH_CARDS=tests/fixtures/mini   another deck than the bundled one
//   BENCH_BIN=/path/to/bin/tiltakskort.cjs   another build of the CLI (e.g. an experiment)

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = process.env.BENCH_BIN ?? join(ROOT, 'bin', 'tiltakskort.cjs'); // another build, to compare
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const CARDS = process.env.BENCH_CARDS ? ['--cards', join(ROOT, process.env.BENCH_CARDS)] : [];
const CHECK = process.argv.includes('--check');
const CWD = mkdtempSync(join(tmpdir(), 'tiltakskort-bench-')); // no tiltakskort.local.yaml here
const ENV = { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1795392000', TERM: 'xterm-256color' };
delete ENV.FORCE_COLOR;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Wall time of one whole process, in ms; checks the exit code so a broken command cannot look fast. */
function timeProcess(args, expectCode) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd: CWD,
    env: ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== expectCode) {
    throw new Error(`node ${args.join(' ')} exited ${r.status} (expected ${expectCode})\n${r.stderr}`);
  }
  return { ms, stdout: r.stdout };
}

/** Spawn in an 80×24 pseudo-terminal; resolve with the ms until `text` shows (or until exit). */
async function timePty(pty, args, text) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const term = pty.spawn(process.execPath, args, { name: 'xterm-256color', cols: 80, rows: 24, cwd: CWD, env: ENV });
    let out = '';
    let done = false;
    const finish = (err) => {
      if (done) return;
      done = true;
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(ms);
    };
    const timer = setTimeout(() => {
      try {
        term.kill();
      } catch {
        /* gone */
      }
      finish(new Error(`Timed out waiting for ${JSON.stringify(text)}; screen:\n${stripVTControlCharacters(out)}`));
    }, 20_000);
    term.onData((d) => {
      out += d;
      if (text && stripVTControlCharacters(out).includes(text)) {
        finish();
        try {
          term.kill();
        } catch {
          /* gone */
        }
      }
    });
    term.onExit(({ exitCode }) => {
      if (!text && exitCode === 0) finish();
      else
        finish(
          new Error(
            `exited ${exitCode} before ${JSON.stringify(text)} appeared; screen:\n${stripVTControlCharacters(out)}`,
          ),
        );
    });
  });
}

/**
 * Answers that complete the deck along a long path, found by walking the incomplete JSON: at each
 * question take the first option that keeps the flow going (so the run renders a real summary,
 * not just an early `end`), and finish with the first option that completes it.
 */
function completeAnswers() {
  const runWith = (answers) => {
    const args = [BIN, 'run', ...CARDS, '--format', 'json', ...answers.flatMap((a) => ['--answer', a])];
    const r = spawnSync(process.execPath, args, { cwd: CWD, env: ENV, encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 3) throw new Error(`run exited ${r.status}: ${r.stderr}`);
    return r;
  };
  const answers = [];
  let r = runWith(answers);
  for (let i = 0; i < 50 && r.status === 3; i++) {
    const { next } = JSON.parse(r.stdout);
    let chosen;
    for (const option of next.options) {
      const tryIt = runWith([...answers, `${next.id}=${option.id}`]);
      if (tryIt.status === 3) {
        chosen = { answer: `${next.id}=${option.id}`, r: tryIt };
        break;
      }
      chosen ??= { answer: `${next.id}=${option.id}`, r: tryIt };
    }
    answers.push(chosen.answer);
    r = chosen.r;
  }
  if (r.status !== 0) throw new Error('The flow did not complete within 50 questions.');
  return answers;
}

async function pairRuns(name, measure, baseline, target) {
  for (let i = 0; i < WARMUP; i++) {
    await baseline();
    await measure();
  }
  const cmd = [];
  const base = [];
  const ratios = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so neither always runs on a warmer machine.
    let b, c;
    if (i % 2 === 0) {
      b = await baseline();
      c = await measure();
    } else {
      c = await measure();
      b = await baseline();
    }
    base.push(b);
    cmd.push(c);
    ratios.push(c / b);
  }
  return {
    name,
    ms: median(cmd),
    base: median(base),
    ratio: median(ratios),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
    target,
  };
}

const first = JSON.parse(timeProcess([BIN, 'run', ...CARDS, '--format', 'json'], 3).stdout).next;
// On Node 20 the bin compiles the bundle from the build's V8 code cache (bin/tiltakskort.cjs): say
// when it cannot (no cache, another build, other V8 flags), as the figures are then a slower start's.
const debug = spawnSync(process.execPath, [BIN, 'run', ...CARDS, '--format', 'json'], {
  cwd: CWD,
  env: { ...ENV, TILTAKSKORT_DEBUG: '1' },
  encoding: 'utf8',
});
const noCache = /compiled without the code cache[^\n]*/.exec(debug.stderr)?.[0];
const answers = completeAnswers().flatMap((a) => ['--answer', a]);
const baseline = () => timeProcess(['-e', '0'], 0).ms;

const rows = [];
rows.push(
  await pairRuns(
    'run --format json (first question, exit 3)',
    () => timeProcess([BIN, 'run', ...CARDS, '--format', 'json'], 3).ms,
    baseline,
    1.5,
  ),
);
rows.push(
  await pairRuns(
    `run --format json, complete (${answers.length / 2} answers)`,
    () => timeProcess([BIN, 'run', ...CARDS, '--format', 'json', ...answers], 0).ms,
    baseline,
    1.5,
  ),
);
rows.push(
  await pairRuns(
    'run, complete, text summary',
    () => timeProcess([BIN, 'run', ...CARDS, ...answers], 0).ms,
    baseline,
    1.5,
  ),
);

let pty;
try {
  pty = (await import('@lydell/node-pty')).default;
} catch {
  process.stderr.write('@lydell/node-pty is not installed: the interactive row is skipped.\n');
}
if (pty) {
  const ptyBaseline = () => timePty(pty, ['-e', '0'], undefined);
  rows.push(
    await pairRuns(
      `guide: first prompt in a pty ("${first.text}")`,
      () => timePty(pty, [BIN, ...CARDS], first.text),
      ptyBaseline,
      2,
    ),
  );
}
rmSync(CWD, { recursive: true, force: true });

const fmt = (n, d = 0) => n.toFixed(d);
const header = ['command', 'median ms', 'node -e 0 ms', '× node -e 0', 'range ×', 'target', ''];
const table = [
  header,
  ...rows.map((r) => [
    r.name,
    fmt(r.ms),
    fmt(r.base),
    fmt(r.ratio, 2),
    `${fmt(r.min, 2)}–${fmt(r.max, 2)}`,
    `≤ ${r.target}×`,
    r.ratio <= r.target ? 'ok' : 'MISSED',
  ]),
];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row) => `| ${row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
console.log(
  `node ${process.version}, ${RUNS} runs after ${WARMUP} warm-ups, each paired with node -e 0; ratio = median of per-pair ratios`,
);
console.log(`bin: ${BIN}\ndeck: ${CARDS.length ? CARDS[1] : 'bundled (dist/deck.json)'}`);
console.log(noCache ? `NOTE: ${noCache}\n` : '');
console.log(line(table[0]));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
if (CHECK && rows.some((r) => r.ratio > r.target)) process.exitCode = 1;
