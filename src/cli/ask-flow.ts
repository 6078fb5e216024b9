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

/** Why a question is asked, with each option's help; `only` limits it to the chosen options. */
export function whyText(q: QuestionCard, lang: Lang, cols: number, only?: readonly string[]): string {
  const out = [wrap(plain(L(q.why, lang)), cols, '  ')];
  for (const o of q.options) {
    if (only && !only.includes(o.id)) continue;
    const help = localize(o.help, lang);
    if (help) out.push(wrap(`- ${plain(L(o.label, lang))}: ${plain(help)}`, cols, '  '));
    else if (only) out.push(wrap(`- ${plain(L(o.label, lang))}`, cols, '  '));
  }
  return out.join('\n');
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
        rows: rows - (opts.reserveRows ?? 0) - (first ? (opts.keepAbove ?? 0) : 0),
        width: cols,
        color,
      });
      first = false;
      if (reply.kind === 'why' && reply.again) continue;
      if (reply.kind === 'why') {
        say('');
        say(whyText(q, opts.lang, cols));
        say('');
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
