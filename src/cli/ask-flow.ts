// Asking the flow's questions in a terminal until the engine says it is complete: one question
// per prompt, "why do we ask?" and back. Shared by the guide and by `train`, so both behave the
// same; `train --present` only adds hooks around each question.

import { answer, back, current, defaults, type Session } from '../core/engine.js';
import { labels } from '../core/labels.js';
import { L, localize } from '../core/text.js';
import type { Deck, Lang, QuestionCard } from '../core/types.js';
import { plain, wrap } from '../render/wrap.js';
import { useColor, width, type CliIO } from '../io/cli-io.js';
import type { Ask, Reply } from './prompts.js';

export interface AskFlowOptions {
  lang: Lang;
  /** Answers given before the first prompt (e.g. the sector from a training case): "back" stops there. */
  fixed?: number;
  /** Rows the prompts leave unused (the presenter view needs some). */
  reserveRows?: number;
  /** Lines printed just above the first question that must stay on screen (the emergency numbers). */
  keepAbove?: number;
  /** Ask another way than the arrow-key prompts (plain mode: numbered lines). */
  asker?: (ask: Ask) => Promise<Reply>;
  /** The prompt's message; by default "Step N · Section" above the question text. */
  message?: (where: string, text: string) => string;
  /** Before each question is asked (not again after "why"). */
  beforeQuestion?: (where: string) => void;
  /** After each answer is given. */
  afterAnswer?: (q: QuestionCard, options: readonly string[]) => Promise<void>;
}

/** The fewest rows a prompt is given below a "why" text: the question and a few items, paged. */
const MIN_PROMPT_ROWS = 8;
/** The rows for a prompt with `above` lines of "why" text kept over it (at least MIN_PROMPT_ROWS, never more than `full`). */
const fit = (full: number, above: number): number =>
  above > 0 ? Math.max(Math.min(full, MIN_PROMPT_ROWS), full - above) : full;

/**
 * Why a question is asked, with each option's help; `only` limits it to the chosen options. With
 * `rows`, a text longer than that puts the question's own explanation last, right above the
 * question asked again, so that what scrolls away is the help of the first options, never the
 * answer to "why" (the worry question's help runs to a hundred lines at 80 columns, revab).
 */
export function whyText(q: QuestionCard, lang: Lang, cols: number, only?: readonly string[], rows?: number): string {
  const why = wrap(plain(L(q.why, lang)), cols, '  ');
  const helps: string[] = [];
  for (const o of q.options) {
    if (only && !only.includes(o.id)) continue;
    const help = localize(o.help, lang);
    if (help) helps.push(wrap(`- ${plain(L(o.label, lang))}: ${plain(help)}`, cols, '  '));
    else if (only) helps.push(wrap(`- ${plain(L(o.label, lang))}`, cols, '  '));
  }
  const text = [why, ...helps].join('\n');
  if (rows === undefined || helps.length === 0 || text.split('\n').length <= rows) return text;
  return [...helps, '', why].join('\n');
}

/** Ask until the flow is complete; returns the final session. Ctrl+C rejects (see isCancel in core/errors.ts). */
export async function askFlow(io: CliIO, deck: Deck, start: Session, opts: AskFlowOptions): Promise<Session> {
  const T = labels(opts.lang);
  const ctx = { input: io.stdin, output: io.stdout };
  const color = useColor(io);
  const asker = opts.asker ?? (async (ask: Ask) => (await import('./prompts.js')).askQuestion(ask, ctx));
  const cols = width(io);
  const rows = (io.stdout as { rows?: number }).rows ?? 24;
  const say = (text: string) => io.stdout.write(text + '\n');
  const message = opts.message ?? ((where, text) => `${where}\n  ${wrap(text, cols - 2).replace(/\n/g, '\n  ')}`);

  let session = start;
  let first = true;
  // Lines the "why" text just took above the prompt: the prompt asked again leaves them on screen
  // (a full-height list scrolled a long explanation away at 80×24, revab).
  let whyLines = 0;
  for (;;) {
    const w = current(deck, session);
    if (w.complete) return session;
    const q = w.next!;
    const where = `${T.step} ${session.answers.length + 1}${q.section ? ` · ${L(q.section, opts.lang)}` : ''}`;
    opts.beforeQuestion?.(where);
    let picked: readonly string[] | undefined = defaults(session, q.id);
    for (;;) {
      const reply = await asker({
        message: message(where, plain(L(q.text, opts.lang))),
        options: q.options.map((o) => {
          const help = localize(o.help, opts.lang);
          return { id: o.id, label: plain(L(o.label, opts.lang)), ...(help ? { help: plain(help) } : {}) };
        }),
        multiple: Boolean(q.multiple),
        ...(picked ? { defaults: picked } : {}),
        canGoBack: session.answers.length > (opts.fixed ?? 0),
        labels: T,
        rows: fit(rows - (opts.reserveRows ?? 0) - (first ? (opts.keepAbove ?? 0) : 0), whyLines),
        width: cols,
        color,
      });
      first = false;
      whyLines = 0;
      if (reply.kind === 'why' && reply.again) continue;
      if (reply.kind === 'why') {
        const why = whyText(q, opts.lang, cols, undefined, rows - (opts.reserveRows ?? 0) - MIN_PROMPT_ROWS - 2);
        say('');
        say(why);
        say('');
        whyLines = why.split('\n').length + 2;
        if (reply.picked.length > 0) picked = reply.picked;
        continue;
      }
      if (reply.kind === 'back') {
        session = back(session);
      } else {
        session = answer(session, q.id, reply.options);
        await opts.afterAnswer?.(q, reply.options);
      }
      break;
    }
  }
}
