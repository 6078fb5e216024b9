// What a command may touch of the outside world, passed in so tests can run main() in-process.

export interface CliIO {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * The one colour decision, for prompts and summary alike: NO_COLOR set and not empty → off
 * (https://no-color.org); FORCE_COLOR=0 → off; FORCE_COLOR=1 or more → on; else on a terminal
 * that is not TERM=dumb. An empty FORCE_COLOR counts as unset.
 */
export function colorOn(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (/^\d+$/.test(force)) return Number(force) >= 1;
    if (force === 'true') return true;
    if (force === 'false') return false;
  }
  return isTTY && env.TERM !== 'dumb';
}

export function useColor(io: CliIO, stream: 'stdout' | 'stderr' = 'stdout'): boolean {
  return colorOn(io.env, Boolean(io[stream].isTTY));
}

/** The width to wrap text to: the terminal's, but never wider than 80 columns. */
export function width(io: CliIO): number {
  const cols = io.stdout.columns ?? 80;
  return Math.max(40, Math.min(cols, 80));
}

/** The date for "generated": SOURCE_DATE_EPOCH when set (reproducible output), else today. */
export function today(io: CliIO): string {
  const epoch = io.env.SOURCE_DATE_EPOCH;
  const d = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return d.toISOString().slice(0, 10);
}
