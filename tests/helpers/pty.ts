// The interactive guide in a real pseudo-terminal (@lydell/node-pty), as a user at an 80×24
// terminal sees it. Output is kept raw and read with ANSI stripped.

import pty from '@lydell/node-pty';
import { stripVTControlCharacters } from 'node:util';
import { BIN, testEnv } from './cli.js';

export const KEY = {
  enter: '\r',
  space: ' ',
  down: '\x1b[B',
  up: '\x1b[A',
  ctrlC: '\x03',
} as const;

export interface PtyOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  cols?: number;
  rows?: number;
}

export interface PtyExit {
  exitCode: number;
  signal?: number;
}

/**
 * What a test reads of a guide session and how it types into it, whichever host runs the guide:
 * a real pseudo-terminal (PtySession, below) or main() in this process (terminal.ts).
 */
export abstract class TermSession {
  protected raw = '';
  /** Where the next waitFor starts looking: expectations are met in order. */
  private cursor = 0;
  abstract readonly exited: Promise<PtyExit>;
  protected done = false;

  /** Bytes to the guide, as typed. */
  protected abstract send(data: string): void;
  /** Between keys, so every keypress is its own event (a child process needs longer). */
  protected keyPause = 40;
  abstract kill(): void;

  private stripped = '';
  private strippedLength = 0;

  /** Everything received so far, ANSI stripped (again only when more came: the waits poll it). */
  get screen(): string {
    if (this.raw.length !== this.strippedLength) {
      this.stripped = stripVTControlCharacters(this.raw);
      this.strippedLength = this.raw.length;
    }
    return this.stripped;
  }

  /** Everything received so far, colour codes and all. */
  get rawOutput(): string {
    return this.raw;
  }

  /** What was received after the last matched expectation. */
  get rest(): string {
    return this.screen.slice(this.cursor);
  }

  /** Wait until `text` appears after the previous match; on timeout throw with what was received. */
  async waitFor(text: string | RegExp, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen;
      const tail = screen.slice(this.cursor);
      const m =
        typeof text === 'string'
          ? tail.includes(text)
            ? { index: tail.indexOf(text), length: text.length }
            : undefined
          : (() => {
              const r = text.exec(tail);
              return r ? { index: r.index, length: r[0].length } : undefined;
            })();
      if (m) {
        this.cursor += m.index + m.length;
        return;
      }
      if (Date.now() > deadline || (this.done && this.screen === screen)) {
        throw new Error(
          `Timed out waiting for ${JSON.stringify(String(text))}${this.done ? ' (the process has exited)' : ''}.\n` +
            `--- received after the last match ---\n${tail}\n--- end ---`,
        );
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /**
   * The prompt as last drawn: what follows the last "erase lines" of @inquirer's screen manager,
   * ANSI stripped. Each keypress redraws the whole prompt, so this is what is on screen of it.
   */
  get frame(): string {
    const at = this.raw.lastIndexOf('\u001b[2K\u001b[G');
    return stripVTControlCharacters(at < 0 ? this.raw : this.raw.slice(at)).replace(/\r/g, '');
  }

  /** Wait until the last drawn prompt satisfies `ok`; on timeout throw with the frame. */
  async waitForFrame(ok: (frame: string) => boolean, what: string, timeoutMs = 5_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const f = this.frame;
      if (ok(f)) return f;
      if (Date.now() > deadline || this.done)
        throw new Error(`Timed out waiting for a frame with ${what}.\n--- frame ---\n${f}\n--- end ---`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  write(data: string): void {
    this.send(data);
  }

  /** Send keys one at a time, with a short pause so every keypress is its own event. */
  async keys(...keys: string[]): Promise<void> {
    for (const k of keys) {
      this.send(k);
      await new Promise((r) => setTimeout(r, this.keyPause));
    }
  }

  /** The exit, or an error with the screen when it takes too long. */
  async exit(timeoutMs = 10_000): Promise<PtyExit> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`The guide did not exit.\n--- screen ---\n${this.screen}\n--- end ---`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The guide as a child process in a real pseudo-terminal (@lydell/node-pty). */
export class PtySession extends TermSession {
  readonly exited: Promise<PtyExit>;
  private readonly term: pty.IPty;

  constructor(args: readonly string[], opts: PtyOptions) {
    super();
    this.term = pty.spawn(process.execPath, [BIN, ...args], {
      name: opts.env?.TERM ?? 'xterm-256color', // node-pty sets TERM from this
      cols: opts.cols ?? 80,
      rows: opts.rows ?? 24,
      cwd: opts.cwd,
      env: testEnv({ TERM: 'xterm-256color', ...opts.env }) as Record<string, string>,
    });
    this.term.onData((d) => {
      this.raw += d;
    });
    this.exited = new Promise((resolve) => {
      this.term.onExit((e) => {
        this.done = true;
        resolve(e);
      });
    });
  }

  protected send(data: string): void {
    this.term.write(data);
  }

  /** Send a signal to the process (SIGTERM, SIGHUP), as a closed window or `kill` would. */
  signal(name: 'SIGTERM' | 'SIGHUP'): void {
    this.term.kill(name);
  }

  kill(): void {
    if (!this.done) {
      try {
        this.term.kill();
      } catch {
        /* already gone */
      }
    }
  }
}

export function spawnGuide(args: readonly string[], opts: PtyOptions): PtySession {
  return new PtySession(args, opts);
}
