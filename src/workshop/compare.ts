// Comparing two routes through the deck: the participant's and the recommended one. Pure: answers
// in, a comparison model out (what each route chose, where they part, and the reference cards one
// route leads to and the other does not, with their explanations and legal basis).

import { question } from '../core/engine.js';
import {
  buildSummary,
  type ContactItem,
  type DutyItem,
  type SharingItem,
  type StepItem,
  type Summary,
  type TraceEntry,
} from '../core/summary.js';
import { L, localize } from '../core/text.js';
import { labels } from '../core/labels.js';
import type { Answer, Basis, Because, Deck, DutyStatus, Lang } from '../core/types.js';

export type ItemKind = 'duties' | 'sharing' | 'contacts' | 'steps';
export const ITEM_KINDS: readonly ItemKind[] = ['duties', 'sharing', 'contacts', 'steps'];

/** One reference card in the comparison, explained the way its card explains itself. */
export interface CompareItem {
  id: string;
  kind: ItemKind;
  /** A duty's status on this route: the same duty with another status is a difference. */
  status?: DutyStatus;
  /** For a duty that does not simply apply, the status follows the title: "Avvergeplikt (Gjelder på vilkår)". */
  title: string;
  /** The card's own explanation: a duty's summary, a sharing rule's "why", a contact's "when", a step's text. */
  explanation?: string;
  basis: Basis[];
  /** The answers that added it on the route that has it, in words. */
  because: { question: string; questionText: string; option: string; optionLabel: string }[];
}

export interface RouteRow {
  question: string;
  questionText: string;
  section?: string;
  participant?: { id: string; label: string }[];
  recommended?: { id: string; label: string }[];
  same: boolean;
}

export interface PartingPoint {
  question: string;
  questionText: string;
  why: string;
  participant: { id: string; label: string }[];
  recommended: { id: string; label: string; help?: string }[];
}

export interface Comparison {
  lang: Lang;
  /** True when both routes lead to the same duties, sharing rules, contacts and steps. */
  match: boolean;
  /** True when the answers themselves are the same, question by question. */
  sameAnswers: boolean;
  rows: RouteRow[];
  parting?: PartingPoint;
  onlyParticipant: CompareItem[];
  onlyRecommended: CompareItem[];
  common: CompareItem[];
}

export function compareRoutes(
  deck: Deck,
  participant: readonly Answer[],
  recommended: readonly Answer[],
  lang: Lang,
): Comparison {
  const opts = { lang, generated: '', urgent: false };
  const a = buildSummary(deck, participant, opts);
  const b = buildSummary(deck, recommended, opts);
  const ia = items(a);
  const ib = items(b);
  const key = (x: CompareItem) => `${x.kind}:${x.id}:${x.status ?? ''}`;
  const kb = new Set(ib.map(key));
  const ka = new Set(ia.map(key));
  const onlyParticipant = ia.filter((x) => !kb.has(key(x)));
  const onlyRecommended = ib.filter((x) => !ka.has(key(x)));
  const common = ib.filter((x) => ka.has(key(x)));
  const rows = mergeRows(a.answers, b.answers);
  const firstDiff = rows.find((r) => !r.same);
  return {
    lang,
    match: onlyParticipant.length === 0 && onlyRecommended.length === 0,
    sameAnswers: firstDiff === undefined,
    rows,
    ...(firstDiff ? { parting: parting(deck, firstDiff, lang) } : {}),
    onlyParticipant,
    onlyRecommended,
    common,
  };
}

function parting(deck: Deck, row: RouteRow, lang: Lang): PartingPoint {
  const q = question(deck, row.question);
  return {
    question: row.question,
    questionText: row.questionText,
    why: q ? L(q.why, lang) : '',
    participant: row.participant ?? [],
    recommended: (row.recommended ?? []).map((o) => {
      const help = localize(q?.options.find((x) => x.id === o.id)?.help, lang);
      return { ...o, ...(help ? { help } : {}) };
    }),
  };
}

/** Both routes question by question, in the order they were asked (questions only one route asks are slotted in after their predecessor). */
function mergeRows(a: TraceEntry[], b: TraceEntry[]): RouteRow[] {
  const order: string[] = a.map((t) => t.question);
  let after = -1;
  for (const t of b) {
    const at = order.indexOf(t.question);
    if (at >= 0) after = at;
    else order.splice(++after, 0, t.question);
  }
  return order.map((qid) => {
    const pa = a.find((t) => t.question === qid);
    const pb = b.find((t) => t.question === qid);
    const t = (pb ?? pa)!;
    const ids = (x?: TraceEntry) =>
      x
        ? x.options
            .map((o) => o.id)
            .sort()
            .join(',')
        : undefined;
    return {
      question: qid,
      questionText: t.questionText,
      ...(t.section ? { section: t.section } : {}),
      ...(pa ? { participant: pa.options } : {}),
      ...(pb ? { recommended: pb.options } : {}),
      same: ids(pa) === ids(pb),
    };
  });
}

function items(s: Summary): CompareItem[] {
  const because = (bs: Because[]) =>
    bs.map((b) => {
      const t = s.answers.find((x) => x.question === b.question);
      return {
        question: b.question,
        questionText: t?.questionText ?? b.question,
        option: b.option,
        optionLabel: t?.options.find((o) => o.id === b.option)?.label ?? b.option,
      };
    });
  const out: CompareItem[] = [];
  const push = (
    kind: ItemKind,
    x: DutyItem | SharingItem | ContactItem | StepItem,
    explanation: string | undefined,
    basis: Basis[] = [],
  ) => {
    out.push({
      id: x.id,
      kind,
      title: x.title,
      ...(explanation ? { explanation } : {}),
      basis,
      because: because(x.because),
    });
  };
  const T = labels(s.lang);
  for (const d of s.duties) {
    push('duties', d, d.condition ? `${d.condition} ${d.summary}` : d.summary, d.basis);
    const item = out[out.length - 1]!;
    item.status = d.status;
    if (d.status !== 'applies') item.title = `${d.title} (${T.statusShort[d.status]})`;
  }
  for (const x of s.sharing) push('sharing', x, x.why, x.basis);
  for (const c of s.contacts) push('contacts', c, [c.phone, c.when].filter(Boolean).join(' – '));
  for (const st of s.steps) push('steps', st, st.text);
  return out;
}

/** The comparison as the JSON contract of `train --format json`. */
export function comparisonJson(
  caseId: string,
  c: Comparison,
  participant: readonly Answer[],
  recommended: readonly Answer[],
) {
  const brief = (x: CompareItem) => ({
    kind: x.kind,
    id: x.id,
    ...(x.status ? { status: x.status } : {}),
    title: x.title,
    basis: x.basis,
    because: x.because.map((b) => ({ question: b.question, option: b.option })),
  });
  const byKind = (list: CompareItem[]) =>
    Object.fromEntries(ITEM_KINDS.map((k) => [k, list.filter((x) => x.kind === k).map((x) => x.id)]));
  return {
    case: caseId,
    match: c.match,
    sameAnswers: c.sameAnswers,
    participant: participant.map((x) => ({ question: x.question, options: x.options })),
    recommended: recommended.map((x) => ({ question: x.question, options: x.options })),
    partAt: c.parting
      ? {
          question: c.parting.question,
          participant: c.parting.participant.map((o) => o.id),
          recommended: c.parting.recommended.map((o) => o.id),
        }
      : null,
    matches: byKind(c.common),
    differences: {
      onlyParticipant: c.onlyParticipant.map(brief),
      onlyRecommended: c.onlyRecommended.map(brief),
    },
  };
}
