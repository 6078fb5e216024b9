// The interactive guide in this process: the built bundle's main() with stdin and stdout that say
// they are a terminal (80×24 unless told), keys typed into stdin, output kept as a pty would show
// it. About 30 ms to start against about 300 ms for a child process in a pseudo-terminal, so the
// prompt logic (back, why, defaults, nothing ticked) is tested here; what needs a real terminal
// (signals, raw mode, start-up, the binary) stays in guide-pty.test.ts. With
// TILTAKSKORT_TEST_HOST=bin, startGuide() gives a real pseudo-terminal instead, so the same tests
// run against the binary.

import { PassThrough, Writable } from 'node:stream';
import { bundleMain, HOST, testEnv } from './cli.js';
import { type PtyExit, type PtyOptions, spawnGuide, TermSession } from './pty.js';

/** A stdin that is a terminal: raw mode is a no-op, keys are written into it. */
class FakeTtyIn extends PassThrough {
  readonly isTTY = true;
  isRaw = false;
  setRawMode(mode: boolean): this {
    this.isRaw = mode;
    return this;
  }
}

export class InprocSession extends TermSession {
  readonly exited: Promise<PtyExit>;
  private readonly stdin = new FakeTtyIn();
  protected override keyPause = 5;

  constructor(args: readonly string[], opts: PtyOptions) {
    super();
    const stdout = Object.assign(
      new Writable({
        write: (chunk: Buffer | string, _enc, cb) => {
          this.raw += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
          cb();
        },
      }),
      {
        isTTY: true,
        columns: opts.cols ?? 80,
        rows: opts.rows ?? 24,
        // Each prompt pipes into stdout and ends its pipe when done; a terminal stays open.
        end(this: Writable, ...args: unknown[]) {
          const cb = args.find((a) => typeof a === 'function') as (() => void) | undefined;
          cb?.();
          return this;
        },
      },
    );
    this.exited = bundleMain()({
      argv: [...args],
      cwd: opts.cwd,
      env: testEnv({ TERM: 'xterm-256color', ...opts.env }),
      stdin: this.stdin,
      stdout,
      stderr: stdout, // one screen, as in a terminal
    }).then(
      (exitCode) => {
        this.done = true;
        return { exitCode };
      },
      (err: unknown) => {
        this.done = true;
        this.raw += `\n[main() threw] ${String(err)}\n`;
        return { exitCode: -1 };
      },
    );
  }

  protected send(data: string): void {
    this.stdin.write(data);
  }

  /** Ctrl+C, as a user would quit: main() returns, and its prompts and listeners are gone. */
  kill(): void {
    if (!this.done) this.stdin.write('\x03');
  }
}

/** The guide: in this process by default, in a real pseudo-terminal with TILTAKSKORT_TEST_HOST=bin. */
export function startGuide(args: readonly string[], opts: PtyOptions): TermSession {
  return HOST === 'bin' ? spawnGuide(args, opts) : new InprocSession(args, opts);
}
