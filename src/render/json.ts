// The summary as JSON: the scripted contract CI pipelines and trainers rely on (see README).

import { buildBrief } from '../core/brief.js';
import type { Summary } from '../core/summary.js';
import type { Walk } from '../core/engine.js';
import type { Deck, Lang } from '../core/types.js';
import { L } from '../core/text.js';

export function summaryJson(s: Summary) {
  return {
    status: 'complete' as const,
    deck: { id: s.deck.id, version: s.deck.version, reviewed: s.deck.reviewed },
    lang: s.lang,
    generated: s.generated,
    ...(s.municipality ? { municipality: s.municipality } : {}),
    answers: s.answers.flatMap((a) => a.options.map((o) => ({ question: a.question, option: o.id }))),
    urgent: s.urgent,
    ...(s.actNow ? { actNow: { text: s.actNow.text, contacts: s.actNow.contacts.map((c) => c.id) } } : {}),
    /** "Kort fortalt": the duty with its status, the first call with a number, the first steps. */
    brief: buildBrief(s),
    duties: s.duties,
    sharing: s.sharing,
    contacts: s.contacts,
    steps: s.steps,
    texts: s.texts,
  };
}

export function renderJson(s: Summary): string {
  return JSON.stringify(summaryJson(s), null, 2) + '\n';
}

/** The incomplete-run report: where the answers ran out and what the next question offers. */
export function incompleteJson(deck: Deck, w: Walk, lang: Lang) {
  const q = w.next!;
  return {
    status: 'incomplete' as const,
    deck: { id: deck.meta.id, version: deck.meta.version, reviewed: deck.meta.reviewed },
    answers: w.path.flatMap((a) => a.options.map((o) => ({ question: a.question, option: o }))),
    next: {
      id: q.id,
      text: L(q.text, lang),
      multiple: Boolean(q.multiple),
      options: q.options.map((o) => ({ id: o.id, label: L(o.label, lang) })),
    },
  };
}
