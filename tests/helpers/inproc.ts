// Running the command line in-process through main() and its CliIO seam: no child process, so a
// property test can try hundreds of inputs in seconds. Output is collected as the user would see
// it (stdout and stderr apart); stdin is never a terminal.

import { PassThrough, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { EPOCH } from './cli.js';

export interface InprocResult {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): { stream: Writable & { isTTY?: boolean; columns?: number }; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, cb) {
      chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      cb();
    },
  });
  return { stream, text: () => chunks.join('') };
}

export async function runMain(
  argv: readonly string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<InprocResult> {
  const out = sink();
  const err = sink();
  const code = await main({
    argv: [...argv],
    cwd: opts.cwd,
    env: { NO_COLOR: '1', SOURCE_DATE_EPOCH: EPOCH, TILTAKSKORT_CACHE_DIR: '', ...opts.env },
    stdin: new PassThrough(),
    stdout: out.stream,
    stderr: err.stream,
  });
  return { code, stdout: out.text(), stderr: err.text() };
}

/** Control characters no output may hold: C0 but newline, DEL, C1, and the bidi controls. */
export const FORBIDDEN_OUTPUT = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** A JavaScript stack frame ("    at fn (file.js:1:2)"). */
export const STACK = /^\s+at .+:\d+:\d+\)?$/m;
