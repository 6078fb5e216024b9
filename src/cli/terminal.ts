// Leaving the terminal as we found it. The prompts (@inquirer) hide the cursor while a question is
// shown; a SIGTERM or SIGHUP (a closed terminal window, `kill`, a timeout) would end the process
// with the cursor still hidden, and so would an error thrown past the prompts. guardTerminal
// shows it again on every way out, and only on a terminal.

import { EXIT, isCancel, UsageError } from '../core/errors.js';
import type { CliIO } from '../io/cli-io.js';

/** Prompts need a terminal on both sides: without one, a usage error with a way round it. */
export function requireTerminal(io: CliIO, message: string, hint: string): void {
  if (!io.stdin.isTTY || !io.stdout.isTTY) throw new UsageError(message, hint);
}

/** In a prompting command's catch: Ctrl+C becomes one line and exit 130; anything else goes on up. */
export function interrupted(io: CliIO, err: unknown, message: string): number {
  if (!isCancel(err)) throw err;
  io.stderr.write(`\n${message}\n`);
  return EXIT.interrupted;
}

const SHOW_CURSOR = '\u001b[?25h';
const SIGNALS = { SIGTERM: 143, SIGHUP: 129, SIGINT: 130 } as const;

/** Install the guard; call the returned function when the prompts are done (it restores too). */
export function guardTerminal(io: CliIO): () => void {
  if (!io.stdout.isTTY) return () => {};
  const restore = () => {
    try {
      io.stdout.write(SHOW_CURSOR);
    } catch {
      /* the terminal is gone */
    }
  };
  const handlers = Object.entries(SIGNALS).map(([signal, code]) => {
    const handler = () => {
      restore();
      process.exit(code);
    };
    process.once(signal as NodeJS.Signals, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.removeListener(signal, handler);
    restore();
  };
}
