// Plain mode (--plain, or TERM=dumb): for screen readers, simple terminals and scripts. Each
// question is printed once as numbered lines and answered by typing the number(s) and Enter. No
// cursor movement, no redrawing, no colour, no escape codes; line-based input, so a pipe works.

import { createInterface } from 'node:readline';
import { fill } from '../core/labels.js';
import { wrap } from '../render/wrap.js';
import type { Ask, Reply } from './prompts.js';

/** Ctrl+D or the end of piped input: the guide stops as on Ctrl+C (nothing saved, exit 130). */
export class EndOfInput extends Error {
  override name = 'ExitPromptError';
}

/** Lines from a stream, one at a time, without the terminal features of readline. */
export class LineReader {
  private lines: string[] = [];
  private waiting: ((line: string | undefined) => void) | undefined;
  private ended = false;
  private readonly rl: ReturnType<typeof createInterface>;

  constructor(private readonly input: NodeJS.ReadableStream) {
    const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
    this.rl = rl;
    rl.on('line', (line) => {
      if (this.waiting) {
        const w = this.waiting;
        this.waiting = undefined;
        w(line);
      } else this.lines.push(line);
    });
    rl.on('close', () => {
      this.ended = true;
      this.waiting?.(undefined);
      this.waiting = undefined;
    });
    // Ctrl+C in a terminal in cooked mode is a signal to the process; readline would swallow it.
    rl.on('SIGINT', () => this.interrupt());
  }

  /** Ctrl+C (a signal in cooked mode): the waiting and every later read end as cancelled. */
  interrupt(): void {
    this.ended = true;
    this.waiting?.(undefined);
    this.waiting = undefined;
  }

  /** Stop reading: a terminal's stdin would otherwise keep the process alive. */
  close(): void {
    this.rl.close();
    (this.input as { pause?: () => void }).pause?.();
  }

  /** The next line, or throws EndOfInput when there is none. */
  async next(): Promise<string> {
    const line =
      this.lines.length > 0
        ? this.lines.shift()
        : this.ended
          ? undefined
          : await new Promise<string | undefined>((r) => (this.waiting = r));
    if (line === undefined) throw new EndOfInput('end of input');
    return line;
  }
}

const BACK_WORDS = /^(0|t|tilbake|b|back|<)$/i;
const WHY_WORDS = /^(\?|h|hvorfor|w|why)$/i;

/** @param echo write each answer after the "> " (piped input is not echoed by a terminal) */
export function plainAsker(reader: LineReader, out: NodeJS.WritableStream, echo = false) {
  const say = (text: string) => out.write(text + '\n');
  return async (ask: Ask): Promise<Reply> => {
    const T = ask.labels;
    const cols = ask.width ?? 80;
    say('');
    say(
      ask.message
        .split('\n')
        .map((l) => l.trim())
        .join('\n'),
    );
    ask.options.forEach((o, i) => say(wrap(`${String(i + 1).padStart(2)}. ${o.label}`, cols)));
    if (ask.canGoBack) say(` 0. ${T.back.replace(/^←\s*/, '')}`);
    say(` ?. ${T.whyAsk.replace(/^\?\s*/, '')}`);
    const help = ask.multiple
      ? ask.canGoBack
        ? T.plainMany
        : T.plainManyFirst
      : ask.canGoBack
        ? T.plainOne
        : T.plainOneFirst;
    say(wrap(help, cols));
    const keep =
      ask.defaults && ask.defaults.length > 0
        ? ask.defaults.map((id) => ask.options.findIndex((o) => o.id === id) + 1).filter((n) => n > 0)
        : [];
    for (;;) {
      out.write(keep.length > 0 ? `> (${keep.join(' ')}) ` : '> ');
      const line = (await reader.next()).trim();
      if (echo) out.write(line + '\n');
      if (line === '' && keep.length > 0) return { kind: 'answer', options: keep.map((n) => ask.options[n - 1]!.id) };
      if (BACK_WORDS.test(line) && ask.canGoBack) return { kind: 'back' };
      if (WHY_WORDS.test(line)) return { kind: 'why', picked: [] };
      const numbers = line
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map(Number);
      const valid =
        numbers.length > 0 && numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= ask.options.length);
      if (!valid) {
        say(fill(T.plainInvalid, { n: ask.options.length }));
        continue;
      }
      if (!ask.multiple && numbers.length > 1) {
        say(T.plainOnlyOne);
        continue;
      }
      const chosen = ask.options.filter((_, i) => numbers.includes(i + 1)).map((o) => o.id);
      say(
        `${T.answered}: ${ask.options
          .filter((o) => chosen.includes(o.id))
          .map((o) => o.label)
          .join(', ')}`,
      );
      return { kind: 'answer', options: chosen };
    }
  };
}
