// Finding things in a deck: listing cards by kind, one card in full, and which answers add a
// card. Pure: a deck in, plain data or plain text out.

import { L, localize } from '../core/text.js';
import type { Card, CardKind, Condition, Deck, Lang, Next, QuestionCard } from '../core/types.js';
import { labels } from '../core/labels.js';
import { byOrder } from '../core/summary.js';
import { plain, wrap } from '../render/wrap.js';
import { workshopLabels } from './labels.js';
import { words } from '../core/words/index.js';

/** The groups `list` knows, in the order `list` with no group shows them. */
export const GROUPS = {
  questions: 'question',
  duties: 'duty',
  sharing: 'sharing',
  contacts: 'contact',
  steps: 'step',
  sources: 'source',
} as const;
export type Group = keyof typeof GROUPS;
export const GROUP_NAMES = Object.keys(GROUPS) as Group[];

export function titleOf(card: Card, lang: Lang): string {
  switch (card.kind) {
    case 'question':
      return L(card.text, lang);
    case 'contact':
      return L(card.name, lang);
    default:
      return L(card.title, lang);
  }
}

export interface ListEntry {
  id: string;
  kind: CardKind;
  title: string;
  /** A short extra: a contact's phone, a step's urgency, a duty's first provision. */
  detail?: string;
}

/** Cards of one kind in deck order (contacts by `order`, questions in flow order). */
export function listCards(deck: Deck, group: Group, lang: Lang): ListEntry[] {
  const kind = GROUPS[group];
  let cards = [...deck.cards.values()].filter((c) => c.kind === kind);
  if (kind === 'question') cards = flowOrder(deck, cards as QuestionCard[]);
  if (kind === 'contact') cards = [...cards].sort((a, b) => byOrder(a as { order?: number }, b as { order?: number }));
  const T = labels(lang);
  return cards.map((c) => {
    let detail: string | undefined;
    if (c.kind === 'contact')
      detail = c.phone ?? c.url ?? (c.local && !deck.localIds.has(c.id) ? words(lang).browse.local : undefined);
    if (c.kind === 'step') detail = T.urgency[c.urgency];
    if (c.kind === 'duty' || c.kind === 'sharing') detail = c.basis.map((b) => `${b.law} ${b.section}`).join('; ');
    if (c.kind === 'source') detail = c.publisher;
    return { id: c.id, kind: c.kind, title: plain(titleOf(c, lang)), ...(detail ? { detail } : {}) };
  });
}

/** Questions in the order the flow first reaches them (depth-first over every branch), then any others. */
export function flowOrder(deck: Deck, qs: QuestionCard[]): QuestionCard[] {
  const seen: string[] = [];
  const visit = (id: string | undefined) => {
    if (!id || seen.includes(id)) return;
    const q = deck.cards.get(id);
    if (q?.kind !== 'question') return;
    seen.push(id);
    for (const o of q.options) for (const t of targets(o.next)) visit(t);
    for (const t of targets(q.next)) visit(t);
  };
  visit(deck.meta.start);
  const rank = (id: string) => (seen.includes(id) ? seen.indexOf(id) : seen.length);
  return [...qs].sort((a, b) => rank(a.id) - rank(b.id));
}

/** Every place a `next` may lead, whatever the answers. */
export function targets(next: Next | undefined): string[] {
  if (next === undefined) return [];
  if (typeof next === 'string') return [next];
  return next.map((r) => r.goto);
}

/** The options that add a reference card, and whether the deck always includes it. */
export function addedBy(
  deck: Deck,
  id: string,
): { always: boolean; by: { question: string; option: string; if?: Condition }[] } {
  const by: { question: string; option: string; if?: Condition }[] = [];
  for (const c of deck.cards.values()) {
    if (c.kind !== 'question') continue;
    for (const o of c.options) {
      for (const ref of o.adds ?? []) {
        if (typeof ref === 'string' ? ref === id : ref.card === id)
          by.push({ question: c.id, option: o.id, ...(typeof ref !== 'string' && ref.if ? { if: ref.if } : {}) });
      }
    }
  }
  return { always: (deck.meta.always ?? []).includes(id), by };
}

/** A condition in words, with ids: "sektor = skole". */
export function conditionText(cond: Condition | undefined): string {
  if (!cond) return '';
  const parts: string[] = [];
  for (const [k, v] of Object.entries(cond)) {
    if (v === undefined) continue;
    if (k === 'all') parts.push(`(${(v as Condition[]).map(conditionText).join(' & ')})`);
    else if (k === 'any') parts.push(`(${(v as Condition[]).map(conditionText).join(' | ')})`);
    else if (k === 'not') parts.push(`not (${conditionText(v as Condition)})`);
    else parts.push(`${k} = ${Array.isArray(v) ? (v as string[]).join('|') : String(v)}`);
  }
  return parts.join(' & ');
}

function nextText(next: Next | undefined): string | undefined {
  if (next === undefined) return undefined;
  if (typeof next === 'string') return next;
  return next.map((r) => (r.if ? `${r.goto} (if ${conditionText(r.if)})` : r.goto)).join('; ');
}

/** One card in full, localised, as plain text wrapped to `width`. */
export function showCard(deck: Deck, card: Card, lang: Lang, width: number): string {
  const T = labels(lang);
  const W = workshopLabels(lang);
  const out: string[] = [];
  const title = plain(titleOf(card, lang));
  out.push(title, '═'.repeat(Math.min(width, [...title].length)));
  out.push(`${card.kind} · ${card.id}${card.file ? ` · ${card.file}` : ''}`);
  const field = (label: string, text: string | undefined) => {
    if (text === undefined || text === '') return;
    out.push('', `${label}:`, wrap(plain(text), width, '  '));
  };
  const loc = (t: Parameters<typeof localize>[0]) => localize(t, lang);
  switch (card.kind) {
    case 'question': {
      if (card.section) out.push(`${L(card.section, lang)}`);
      field(W.whyTitle, L(card.why, lang));
      if (card.if) field(W.condition, conditionText(card.if));
      out.push('', `${W.question}${card.multiple ? ` (${W.multiple})` : ''}:`);
      for (const o of card.options) {
        out.push(wrap(`- ${o.id}: ${plain(L(o.label, lang))}${o.urgent ? ' [!]' : ''}`, width, '  '));
        const help = loc(o.help);
        if (help) out.push(wrap(plain(help), width, '      '));
        const adds = (o.adds ?? []).map((r) =>
          typeof r === 'string'
            ? r
            : `${r.card}${r.status ? ` [${T.statusShort[r.status]}${r.condition ? `: ${plain(L(r.condition, lang))}` : ''}]` : ''}${r.if ? ` (${W.condition} ${conditionText(r.if)})` : ''}`,
        );
        if (adds.length) out.push(wrap(`+ ${adds.join(', ')}`, width, '      '));
        const n = nextText(o.next);
        if (n) out.push(`      → ${n}`);
      }
      const n = nextText(card.next);
      if (n) field(W.next, n);
      break;
    }
    case 'duty':
      field(
        T.status,
        `${T.statusShort[card.status ?? 'applies']}${card.condition ? ` – ${L(card.condition, lang)}` : ''}`,
      );
      field(words(lang).browse.whatApplies, L(card.summary, lang));
      field(T.meaning, L(card.meaning, lang));
      field(T.limits, loc(card.limits));
      break;
    case 'sharing':
      field(T.share, L(card.share, lang));
      field(T.with, L(card.with, lang));
      field(T.why, L(card.why, lang));
      field(T.not, loc(card.not));
      break;
    case 'contact':
      if (card.phone) field(T.phone, card.phone);
      if (card.url) field(T.web, card.url);
      field(T.hours, loc(card.hours));
      field(T.whenToUse, L(card.when, lang));
      if (card.local && !deck.localIds.has(card.id)) field(words(lang).browse.localField, T.localMissing);
      break;
    case 'step':
      field(words(lang).browse.whatToDo, loc(card.text));
      field(words(lang).browse.when, T.urgency[card.urgency]);
      break;
    case 'source':
      field(T.web, card.url);
      field(words(lang).browse.publisher, card.publisher);
      break;
  }
  if (card.kind !== 'question' && card.kind !== 'source' && card.if) field(W.cardIf, conditionText(card.if));
  if (card.kind === 'duty' || card.kind === 'sharing') {
    out.push('', `${T.provisions}:`);
    for (const b of card.basis) out.push(wrap(`- ${b.law} ${b.section}: ${b.url}`, width, '  '));
  }
  if ((card.kind === 'duty' || card.kind === 'sharing' || card.kind === 'contact') && card.sources?.length) {
    out.push('', `${T.sources}:`);
    for (const id of card.sources) {
      const s = deck.cards.get(id);
      out.push(wrap(`- ${s?.kind === 'source' ? `${plain(L(s.title, lang))}: ${s.url}` : id}`, width, '  '));
    }
  }
  if ('reviewed' in card && card.reviewed)
    out.push('', `${T.reviewed[0]!.toUpperCase()}${T.reviewed.slice(1)}: ${card.reviewed}`);
  if (card.kind !== 'question' && card.kind !== 'source') {
    const a = addedBy(deck, card.id);
    const by = a.by.map((b) => `${b.question} = ${b.option}${b.if ? ` (${W.condition} ${conditionText(b.if)})` : ''}`);
    if (a.always) by.unshift(W.always);
    if (by.length) {
      out.push('', `${W.addedByOptions}:`);
      for (const b of by) out.push(`  - ${b}`);
    }
  }
  return out.join('\n') + '\n';
}
