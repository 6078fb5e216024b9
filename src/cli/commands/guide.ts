// `tiltakskort` with no command: the interactive guide. A thin shell over the engine: it asks
// what the engine says is next, and hands the answers back. Two ways of asking: arrow-key lists
// (prompts.ts), or plain numbered lines for screen readers and simple terminals (plain.ts).

import { dirname } from 'node:path';
import { answer, current, newSession, question, type Session } from '../../core/engine.js';
import { fill, labels, type Labels } from '../../core/labels.js';
import { buildSummary, byOrder, type Summary } from '../../core/summary.js';
import { L } from '../../core/text.js';
import type { ContactCard, Deck, Lang } from '../../core/types.js';
import { actNowIntro } from '../../render/markdown.js';
import { plain, visible, wrap } from '../../render/wrap.js';
import { askFlow } from '../ask-flow.js';
import { EXIT, UsageError } from '../../core/errors.js';
import type { DeckOptions } from '../options.js';
import { today, useColor, width, type CliIO } from '../../io/cli-io.js';
import { loadForCommand } from '../load.js';
import { checkTarget, expandHome, formatFor, writeAtomic, type SaveProblem } from '../save.js';
import type { Format } from '../../render/formats.js';
import { guardTerminal, interrupted, requireTerminal } from '../terminal.js';
import { clean } from '../../core/clean.js';
import { words } from '../../core/words/index.js';

export interface GuideOptions extends DeckOptions {
  sector?: string;
  out?: string;
  format?: Format;
  force?: boolean;
  plain?: boolean;
}

/** How the guide talks to the person: the prompts, or plain lines. */
interface Talk {
  plain: boolean;
  color: boolean;
  cols: number;
  say(text: string): void;
  /** A line of text (file name, yes/no); `check` returns a problem to show before asking again. */
  text(
    message: string,
    opts: { default?: string; check?: (v: string) => string | undefined; show?: (v: string) => string },
  ): Promise<string>;
}

export async function guide(io: CliIO, opts: GuideOptions): Promise<number> {
  const T = labels(opts.lang);
  const plainMode = Boolean(opts.plain) || io.env.TERM === 'dumb';
  if (!plainMode) requireTerminal(io, T.noTerminal, T.noTerminalHint);
  // Problems with --out are found before the first question, in the person's language.
  const out = opts.out ? expandHome(opts.out, io.env.HOME) : undefined;
  if (out) {
    const problem = checkTarget(io.cwd, out, { force: opts.force, format: opts.format });
    if (problem) throw new UsageError(problemText(problem, T, true), `(--out ${opts.out})`);
  }
  const deck = await loadForCommand(io, opts);
  let session: Session = newSession();
  if (opts.sector) {
    const start = question(deck, deck.meta.start)!;
    if (!start.options.some((o) => o.id === opts.sector)) {
      throw new UsageError(
        fill(T.unknownSector, { sector: clean(opts.sector, 'visible') }),
        fill(T.validSectors, { list: start.options.map((o) => o.id).join(', ') }),
      );
    }
    session = answer(session, start.id, [opts.sector]);
  }

  const cols = width(io);
  const rows = (io.stdout as { rows?: number }).rows ?? 24;
  const talk = plainMode ? await plainTalk(io, cols) : promptTalk(io, cols);
  const { say } = talk;
  say(wrap(T.privacy, cols));
  // Last before the first question, so that it is still on screen while the person answers.
  const first = emergencyLine(deck, opts.lang, T, cols, rows, talk.color);
  if (first) say(first);

  let stopPlain: (() => void) | undefined;
  // Plain mode never hides the cursor, and must write no escape byte (screen readers, TERM=dumb).
  const release = plainMode ? () => {} : guardTerminal(io);
  try {
    if (plainMode) {
      const { LineReader, plainAsker } = await import('../plain.js');
      const reader = (talk as PlainTalk).reader ?? new LineReader(io.stdin);
      stopPlain = onInterrupt(reader);
      session = await askFlow(io, deck, session, {
        lang: opts.lang,
        asker: plainAsker(reader, io.stdout, !io.stdin.isTTY),
      });
    } else {
      session = await askFlow(io, deck, session, {
        lang: opts.lang,
        keepAbove: first ? first.split('\n').length + 1 : 0,
      });
    }

    const w = current(deck, session);
    const summary = buildSummary(deck, w.path, { lang: opts.lang, generated: today(io), urgent: w.urgent });
    const { renderTerminal, renderBrief } = await import('../../render/terminal.js');
    say('\n' + renderTerminal(summary, { color: talk.color, width: cols }));
    // The short block again, last: it is what stays on screen next to the save question. In the
    // files' order (call, then steps) when it fits above the question; else the call last (revag, revaf).
    const note = (callLast: boolean) =>
      endNote(
        summary,
        T,
        cols,
        talk.color,
        renderBrief(summary, { color: talk.color, width: cols, callLast }),
        talk.plain,
      );
    const inOrder = note(false);
    say(inOrder.split('\n').length <= rows - 1 ? inOrder : note(true));

    const { render } = await import('../../render/index.js');
    const save = async (file: string) => {
      const path = writeAtomic(io.cwd, file, await render(formatFor(file, opts.format), summary), Boolean(opts.force));
      say(`${T.saved}: ${clean(path, 'visible')}\n${wrap(T.savedNote, cols)}`);
    };
    if (out) {
      await save(out);
      return EXIT.ok;
    }
    if (!(await askYesNo(talk, T, opts.lang))) return EXIT.ok;
    const file = await talk.text(T.saveWhere, {
      default: words(opts.lang).save.defaultFile,
      check: (v) => {
        if (v === '') return undefined; // empty: do not save after all
        const problem = checkTarget(io.cwd, expandHome(v, io.env.HOME), { force: opts.force, format: opts.format });
        return problem ? problemText(problem, T, false) : undefined;
      },
    });
    if (file === '') return EXIT.ok;
    try {
      await save(expandHome(file, io.env.HOME));
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      say(fill(T.saveFailed, { file: clean(file, 'visible'), reason: clean(err.message, 'visible') }));
      return EXIT.usage;
    }
    return EXIT.ok;
  } catch (err) {
    return interrupted(io, err, T.interrupted);
  } finally {
    stopPlain?.();
    (talk as PlainTalk).reader?.close();
    release();
  }
}

type PlainTalk = Talk & { reader?: import('../plain.js').LineReader };

function promptTalk(io: CliIO, cols: number): Talk {
  const color = useColor(io);
  const ctx = { input: io.stdin, output: io.stdout };
  return {
    plain: false,
    color,
    cols,
    say: (text) => io.stdout.write(text + '\n'),
    text: async (message, o) => (await import('../prompts.js')).askText({ message, color, ...o }, ctx),
  };
}

async function plainTalk(io: CliIO, cols: number): Promise<PlainTalk> {
  const { LineReader } = await import('../plain.js');
  const reader = new LineReader(io.stdin);
  const say = (text: string) => io.stdout.write(text + '\n');
  return {
    plain: true,
    color: false,
    cols,
    reader,
    say,
    text: async (message, o) => {
      for (;;) {
        io.stdout.write(`${message}${o.default ? ` (${o.default})` : ''}: `);
        const line = await reader.next();
        if (!io.stdin.isTTY) io.stdout.write(line + '\n');
        const v = line.trim() || o.default || '';
        const problem = o.check?.(v);
        if (!problem) return v;
        say(problem);
      }
    },
  };
}

/**
 * Ctrl+C in plain mode reaches us as a signal (the terminal is not in raw mode): it ends the line
 * reader, so the question being asked ends as cancelled and the guide exits 130 the usual way.
 */
function onInterrupt(reader: import('../plain.js').LineReader): () => void {
  const handler = () => reader.interrupt();
  process.on('SIGINT', handler);
  return () => process.removeListener('SIGINT', handler);
}

/**
 * "Save?" as a yes/no question that understands Norwegian: j/ja/y/yes and n/nei/no; empty is no.
 */
async function askYesNo(talk: Talk, T: Labels, lang: Lang): Promise<boolean> {
  const yes = /^(j|ja|y|yes)$/i;
  const no = /^(n|nei|no|)$/i;
  const W = words(lang).save;
  const answer = await talk.text(`${T.saveAsk} ${W.yesNo}`, {
    check: (v) => (yes.test(v) || no.test(v) ? undefined : W.answerYesNo),
    show: (v) => (yes.test(v) ? W.yes : W.no),
  });
  return yes.test(answer);
}

/** A save problem in the person's language. `out`: found in --out before the first question. */
export function problemText(p: SaveProblem, T: Labels, out: boolean): string {
  // The folder as the person typed it, when they typed one.
  // Both are what the person typed: shown through the one cleaner, like every outside text.
  const dir = clean(dirname(p.file) === '.' ? p.dir : dirname(p.file), 'visible');
  const file = clean(p.file, 'visible');
  switch (p.kind) {
    case 'format':
      return fill(T.saveFormat, { file });
    case 'exists':
      return fill(out ? T.saveExistsOut : T.saveExists, { file });
    case 'no-folder':
      return fill(T.saveNoFolder, { dir });
    case 'is-folder':
      return fill(T.saveIsFolder, { file });
    case 'not-writable':
      return fill(T.saveNotWritable, { dir });
  }
}

/**
 * What stays on screen under the long summary, next to the save question: the emergency numbers
 * when it is urgent, a note that the whole summary is above, and the short block (the duty, the
 * first call with its number and the first steps; the call last when the block is taller than
 * the screen).
 */
function endNote(s: Summary, T: Labels, cols: number, color: boolean, brief: string, plainMode: boolean): string {
  const bold = (t: string) => (color ? `\u001b[1m${t}\u001b[22m` : t);
  const red = (t: string) => (color ? `\u001b[31m${t}\u001b[39m` : t);
  // A rule to mark where the short block starts; not in plain mode, where a screen reader would
  // read sixty box-drawing characters aloud.
  const lines: string[] = ['', ...(plainMode ? [] : ['═'.repeat(Math.min(cols, 60))])];
  if (s.actNow) {
    lines.push(red(bold(`⚠ ${T.actNow.toUpperCase()}`)));
    const numbers = s.actNow.contacts.filter((c) => c.phone);
    for (const c of numbers) lines.push(`  ${bold(plain(c.phone!))}  ${plain(c.title)}`);
    // Legevakt, hospital and police staff have no emergency number of their own to ring: the box
    // says what they do instead, as the printed summary does (never an empty box).
    if (numbers.length === 0) lines.push(bold(wrap(actNowIntro(s, T), cols)));
    lines.push('');
  }
  lines.push(wrap(T.scrollUp, cols), '', brief);
  return lines.join('\n');
}

/**
 * Before the first question, as on the paper cards: the emergency numbers of the deck (its
 * contact cards marked `emergency`), for the one who should not be answering questions at all.
 * On a small screen in a short form, so that it stays visible above the first question.
 */
function emergencyLine(
  deck: Deck,
  lang: Lang,
  T: Labels,
  cols: number,
  rows: number,
  color: boolean,
): string | undefined {
  const cards = [...deck.cards.values()]
    .filter((c): c is ContactCard => c.kind === 'contact' && Boolean(c.emergency) && Boolean(c.phone))
    .sort(byOrder); // as the summary orders contacts
  if (cards.length === 0) return undefined;
  const full = `${T.emergencyFirst} ${cards.map((c) => `${plain(c.phone!)} (${plain(L(c.name, lang))})`).join(' · ')}`;
  const short = `${T.emergencyShort} ${cards.map((c) => plain(c.phone!)).join(' · ')}`;
  const text = wrap(rows < 16 && visible(full) > cols ? short : full, cols);
  return color ? `\u001b[1m${text.replace(/\n/g, '\u001b[22m\n\u001b[1m')}\u001b[22m` : text;
}
