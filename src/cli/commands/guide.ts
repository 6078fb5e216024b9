// `tiltakskort` with no command: the interactive guide. A thin shell over the engine: it asks
// what the engine says is next, and hands the answers back.

import { answer, current, newSession, question, type Session } from '../../core/engine.js';
import { labels, type Labels } from '../../core/labels.js';
import { buildSummary, type Summary } from '../../core/summary.js';
import { L } from '../../core/text.js';
import type { ContactCard, Deck, Lang } from '../../core/types.js';
import { plain, wrap } from '../../render/wrap.js';
import { askFlow, isCancel } from '../ask-flow.js';
import { loadInput } from '../inquirer.js';
import { EXIT, UsageError } from '../errors.js';
import type { DeckOptions } from '../options.js';
import { today, useColor, width, type CliIO } from '../io.js';
import { loadForCommand } from '../load.js';
import { guardTerminal } from '../terminal.js';
import { formatFor, writeAtomic, type Format } from '../save.js';
import { quote } from '../../core/clean.js';

export interface GuideOptions extends DeckOptions {
  sector?: string;
  out?: string;
  format?: Format;
  force?: boolean;
}

type InputPrompt = (typeof import('@inquirer/input'))['default'];

/**
 * "Save?" as a yes/no question that understands Norwegian: @inquirer/confirm shows "(y/N)" and
 * "Yes"/"No", and silently takes "j" or "ja" as its default (no), so a user who answered "ja"
 * would lose the summary. Accepts j/ja/y/yes and n/nei/no; empty is no.
 */
async function askYesNo(input: InputPrompt, message: string, lang: Lang, ctx: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream }): Promise<boolean> {
  const yes = /^(j|ja|y|yes)$/i;
  const no = /^(n|nei|no|)$/i;
  const answer = await input({
    message: `${message} ${lang === 'en' ? '(y/N)' : '(j/N)'}`,
    validate: (v) => yes.test(v.trim()) || no.test(v.trim()) || (lang === 'en' ? 'Answer y (yes) or n (no).' : 'Svar j (ja) eller n (nei).'),
    transformer: (v, { isFinal }) => (isFinal ? (yes.test(v.trim()) ? (lang === 'en' ? 'Yes' : 'Ja') : lang === 'en' ? 'No' : 'Nei') : v),
  }, ctx);
  return yes.test(answer.trim());
}

export async function guide(io: CliIO, opts: GuideOptions): Promise<number> {
  const T = labels(opts.lang);
  if (!io.stdin.isTTY || !io.stdout.isTTY) {
    throw new UsageError(
      'The guide asks questions and needs a terminal; none is attached.',
      'To run without a terminal, give the answers: tiltakskort run --answers FILE (or --answer QUESTION=OPTION …). `tiltakskort run --format json` shows the first question.',
    );
  }
  if (opts.out) formatFor(opts.out, opts.format); // a bad file name is a usage error before any question
  const deck = await loadForCommand(io, opts);
  let session: Session = newSession();
  if (opts.sector) {
    const start = question(deck, deck.meta.start)!;
    if (!start.options.some((o) => o.id === opts.sector)) {
      throw new UsageError(`Unknown sector ${quote(opts.sector)}.`, `Valid: ${start.options.map((o) => o.id).join(', ')}.`);
    }
    session = answer(session, start.id, [opts.sector]);
  }

  const ctx = { input: io.stdin, output: io.stdout };
  const cols = width(io);
  const say = (text: string) => io.stdout.write(text + '\n');
  const first = emergencyLine(deck, opts.lang, T, cols, useColor(io));
  if (first) say(first);
  say(wrap(T.privacy, cols));

  const release = guardTerminal(io);
  try {
    session = await askFlow(io, deck, session, { lang: opts.lang });

    const w = current(deck, session);
    const summary = buildSummary(deck, w.path, { lang: opts.lang, generated: today(io), urgent: w.urgent });
    const { renderTerminal } = await import('../../render/terminal.js');
    io.stdout.write('\n' + (await renderTerminal(summary, { color: useColor(io), width: cols })) + '\n');
    say(endNote(summary, T, cols, useColor(io)));

    const { render } = await import('../../render/index.js');
    if (opts.out) {
      const path = writeAtomic(io.cwd, opts.out, await render(formatFor(opts.out, opts.format), summary), Boolean(opts.force));
      say(`${T.saved}: ${path}\n${wrap(T.savedNote, cols)}`);
      return EXIT.ok;
    }
    const { default: input } = loadInput();
    if (!(await askYesNo(input, T.saveAsk, opts.lang, ctx))) return EXIT.ok;
    for (;;) {
      const file = (await input({ message: T.saveWhere, default: opts.lang === 'en' ? 'summary.md' : 'oppsummering.md' }, ctx)).trim();
      if (file === '') return EXIT.ok;
      try {
        const format = formatFor(file, opts.format);
        const path = writeAtomic(io.cwd, file, await render(format, summary), Boolean(opts.force));
        say(`${T.saved}: ${path}\n${wrap(T.savedNote, cols)}`);
        return EXIT.ok;
      } catch (err) {
        if (!(err instanceof UsageError)) throw err;
        say(`${err.message}${err.hint ? ` ${err.hint}` : ''}`);
      }
    }
  } catch (err) {
    if (isCancel(err)) {
      io.stderr.write(`\n${T.interrupted}\n`);
      return EXIT.interrupted;
    }
    throw err;
  } finally {
    release();
  }
}

/**
 * What stays on screen under the long summary, next to the save question: the summary's top has
 * scrolled away on a small laptop, so an urgent case repeats the emergency numbers here.
 */
function endNote(s: Summary, T: Labels, cols: number, color: boolean): string {
  const bold = (t: string) => (color ? `\u001b[1m${t}\u001b[22m` : t);
  const red = (t: string) => (color ? `\u001b[31m${t}\u001b[39m` : t);
  const lines: string[] = [];
  if (s.actNow) {
    lines.push(red(bold(`⚠ ${T.actNow.toUpperCase()}`)), wrap(T.actNowIntro, cols));
    for (const c of s.actNow.contacts) if (c.phone) lines.push(`  ${bold(plain(c.phone))}  ${plain(c.title)}`);
    lines.push('');
  }
  lines.push(wrap(T.scrollUp, cols));
  return lines.join('\n');
}

/**
 * Before the first question, as on the paper cards: the emergency numbers of the deck (its
 * contact cards marked `emergency`), for the one who should not be answering questions at all.
 */
function emergencyLine(deck: Deck, lang: Lang, T: Labels, cols: number, color: boolean): string | undefined {
  const numbers = [...deck.cards.values()]
    .filter((c): c is ContactCard => c.kind === 'contact' && Boolean(c.emergency) && Boolean(c.phone))
    .sort((a, b) => (a.order ?? 1000) - (b.order ?? 1000)) // as the summary orders contacts
    .map((c) => `${plain(c.phone!)} (${plain(L(c.name, lang))})`);
  if (numbers.length === 0) return undefined;
  const text = wrap(`${T.emergencyFirst} ${numbers.join(' · ')}`, cols);
  return color ? `\u001b[1m${text.replace(/\n/g, '\u001b[22m\n\u001b[1m')}\u001b[22m` : text;
}

