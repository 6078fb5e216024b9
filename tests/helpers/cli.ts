// Spawning the built CLI (`node bin/tiltakskort.cjs`) the way a user or a CI job would: a real
// process, real exit code, stdout and stderr kept apart. Build first (`npm run build`).

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { PassThrough, Writable } from 'node:stream';
import { parse as parseYaml } from 'yaml';
import type { CliIO } from '../../src/io/cli-io.js';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BIN = join(ROOT, 'bin', 'tiltakskort.cjs');
/** The small valid fixture deck (absolute, so tests may run in any cwd). */
export const MINI = join(ROOT, 'tests', 'fixtures', 'mini');
/** Answers that run the mini deck to a complete summary. */
export const MINI_COMPLETE = [
  '--answer',
  'sektor=skole',
  '--answer',
  'bekymring=vold,omsorgssvikt',
  '--answer',
  'mistenkt=ja',
  '--answer',
  'leder=ja',
];
/**
 * Answers that run the bundled deck to a complete urgent summary (violence now, advice at once):
 * one place to follow when the national flow changes.
 */
export const NATIONAL_URGENT = [
  '--answer',
  'sektor=skole',
  '--answer',
  'alder=6-11',
  '--answer',
  'bekymring=akutt',
  '--answer',
  'fare=vold',
  '--answer',
  'videre=na',
];
/** A deck with deliberate errors (see tests/fixtures/broken/README.md). */
export const BROKEN = join(ROOT, 'tests', 'fixtures', 'broken');

/** 2026-11-23T00:00:00Z: "generated" dates in summaries are reproducible. */
export const EPOCH = '1795392000';
export const EPOCH_DATE = '2026-11-23';

/** The environment every spawned CLI gets: no colour, a fixed date, no CI switches leaking in. */
export function testEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  delete base.FORCE_COLOR;
  delete base.TILTAKSKORT_DEBUG;
  // A test may still set FORCE_COLOR itself (the colour-decision tests).
  const env: NodeJS.ProcessEnv = { ...base, NO_COLOR: '1', SOURCE_DATE_EPOCH: EPOCH, ...extra };
  // `{ NO_COLOR: undefined }` in extra means: leave it unset (a test of the coloured output).
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return env;
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Written to stdin, which is then closed (stdin is never a terminal here). */
  input?: string;
  timeoutMs?: number;
}

/**
 * Where cli() runs the command line. By default in-process: the built bundle's main() (what the
 * bin calls) with the CliIO seam, about 40 ms a call against about 300 ms for a new process.
 * `TILTAKSKORT_TEST_HOST=bin npx vitest run` runs the same cases against the real binary, as a
 * child process each; tests that need a real process (signals, start-up, the packed package)
 * call spawnCli() directly.
 */
export const HOST: 'inproc' | 'bin' = process.env.TILTAKSKORT_TEST_HOST === 'bin' ? 'bin' : 'inproc';

export function cli(args: readonly string[], opts: CliOptions = {}): Promise<CliResult> {
  return HOST === 'bin' ? spawnCli(args, opts) : inprocCli(args, opts);
}

function requireBuilt(): void {
  if (!existsSync(join(ROOT, 'dist', 'tiltakskort.cjs'))) {
    throw new Error('dist/ is missing: run `npm run build` (or `npx tsc -p tsconfig.build.json`) first.');
  }
}

export type Main = (io: CliIO) => Promise<number>;
let bundled: Main | undefined;

/** The built bundle's main(), loaded once with Node's own require (not vitest's): the very file the bin loads. */
export function bundleMain(): Main {
  requireBuilt();
  bundled ??= (createRequire(import.meta.url)(join(ROOT, 'dist', 'tiltakskort.cjs')) as { main: Main }).main;
  return bundled;
}

/** The bundle's main() in this process: stdin a closed pipe with `input`, stdout and stderr collected. */
export async function inprocCli(args: readonly string[], opts: CliOptions = {}): Promise<CliResult> {
  const main = bundleMain();
  const sink = () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer | string, _enc, cb) {
        chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
        cb();
      },
    });
    return { stream, text: () => chunks.join('') };
  };
  const out = sink();
  const err = sink();
  const stdin = new PassThrough();
  stdin.end(opts.input ?? '');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `tiltakskort ${args.join(' ')} timed out (in-process).\nstdout:\n${out.text()}\nstderr:\n${err.text()}`,
          ),
        ),
      opts.timeoutMs ?? 20_000,
    );
  });
  try {
    const code = await Promise.race([
      main({
        argv: [...args],
        cwd: opts.cwd ?? ROOT,
        env: testEnv(opts.env),
        stdin,
        stdout: out.stream,
        stderr: err.stream,
      }),
      timeout,
    ]);
    return { code, signal: null, stdout: out.text(), stderr: err.text() };
  } finally {
    clearTimeout(timer);
  }
}

/** The built binary as a child process: real start-up, exit code and signals. */
export function spawnCli(args: readonly string[], opts: CliOptions = {}): Promise<CliResult> {
  requireBuilt();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: testEnv(opts.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`tiltakskort ${args.join(' ')} timed out.\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, opts.timeoutMs ?? 20_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr });
    });
    child.stdin.end(opts.input ?? '');
  });
}

/** A fresh, empty working directory; remove it with the returned function. */
export function tempDir(prefix = 'tiltakskort-test-'): { dir: string; cleanup: () => void } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A stack trace line, which users must never see. */
export const STACK_LINE = /^\s+at /m;

/**
 * The `--answer` arguments of a scenario in the national deck (cards/scenarios/<file>.yaml): the
 * first document, or the one with this id when the file holds several.
 */
export function scenarioAnswers(file: string, id?: string): string[] {
  const docs = readFileSync(join(ROOT, 'cards', 'scenarios', `${file}.yaml`), 'utf8')
    .split(/^---$/m)
    .map((d) => parseYaml(d) as { id: string; answers: Record<string, string | string[]> } | null)
    .filter((d) => d !== null);
  const doc = id === undefined ? docs[0] : docs.find((d) => d.id === id);
  if (!doc) throw new Error(`no scenario ${id ?? file}`);
  return Object.entries(doc.answers).flatMap(([q, o]) => ['--answer', `${q}=${[o].flat().join(',')}`]);
}
