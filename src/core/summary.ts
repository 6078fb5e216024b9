// The summary model: what a completed (or partial) path adds up to, localised and ordered,
// with every item saying which answers led to it. Renderers only format this; they decide nothing.

import { chosenOptions, holds, question, toMap, type AnswerMap } from './engine.js';
import { L, localize } from './text.js';
import type {
  AddRef, Answer, Basis, Because, ContactCard, Deck, DutyCard, DutyStatus, Lang, SharingCard, StepCard, Urgency,
} from './types.js';
import { URGENCIES } from './types.js';

export interface SourceLink {
  id: string;
  title: string;
  url: string;
}

interface ItemBase {
  id: string;
  title: string;
  /** Answers that added the item; empty for cards the deck always includes. */
  because: Because[];
}

export interface DutyItem extends ItemBase {
  /** Applies to you, may apply (see `condition`), or does not apply (shown with what does). */
  status: DutyStatus;
  /** For a conditional duty: when it applies ("if …"). */
  condition?: string;
  summary: string;
  meaning: string;
  limits?: string;
  basis: Basis[];
  reviewed: string;
  sources: SourceLink[];
}

export interface SharingItem extends ItemBase {
  share: string;
  with: string;
  why: string;
  not?: string;
  basis: Basis[];
  reviewed: string;
  sources: SourceLink[];
}

export interface ContactItem extends ItemBase {
  phone?: string;
  url?: string;
  hours?: string;
  when: string;
  emergency: boolean;
  local: boolean;
  /** A local contact the municipality has not filled in: say so, never invent a number. */
  missing: boolean;
  /** For a missing local number: the national contact to call meanwhile (its `fallback`). */
  fallback?: { id: string; title: string; phone?: string; url?: string };
  reviewed: string;
}

export interface StepItem extends ItemBase {
  text?: string;
  urgency: Urgency;
}

export interface TraceEntry {
  question: string;
  questionText: string;
  section?: string;
  options: { id: string; label: string }[];
}

export interface Summary {
  lang: Lang;
  deck: { id: string; version: string; title: string; reviewed: string };
  municipality?: string;
  generated: string;
  urgent: boolean;
  answers: TraceEntry[];
  /** Emergency contacts and what to do while waiting, when an answer marked the case urgent. */
  actNow?: { text?: string; contacts: ContactItem[] };
  duties: DutyItem[];
  sharing: SharingItem[];
  contacts: ContactItem[];
  steps: StepItem[];
  texts: { record?: string; disagree?: string; disclaimer?: string };
}

/** Which reference cards the path adds, in first-added order, each with every answer behind it. */
export function collect(deck: Deck, path: readonly Answer[]): Map<string, Because[]> {
  const found = new Map<string, Because[]>();
  const all: AnswerMap = toMap(path);
  const add = (id: string, because?: Because) => {
    const list = found.get(id) ?? [];
    if (because && !list.some((b) => b.question === because.question && b.option === because.option)) {
      list.push(because);
    }
    found.set(id, list);
  };
  for (const a of path) {
    const q = question(deck, a.question);
    if (!q) continue;
    for (const option of chosenOptions(q, a.options)) {
      for (const ref of option.adds ?? []) {
        const { card, cond } = refOf(ref);
        if (holds(cond, all)) add(card, { question: q.id, option: option.id });
      }
    }
  }
  for (const id of deck.meta.always ?? []) add(id);
  return found;
}

function refOf(ref: AddRef) {
  return typeof ref === 'string' ? { card: ref, cond: undefined } : { card: ref.card, cond: ref.if };
}

export interface SummaryOptions {
  lang: Lang;
  /** The date the summary is made (YYYY-MM-DD): passed in, so the core never reads a clock. */
  generated: string;
  urgent: boolean;
}

export function buildSummary(deck: Deck, path: readonly Answer[], opts: SummaryOptions): Summary {
  const { lang } = opts;
  const added = collect(deck, path);
  const duties: DutyItem[] = [];
  const sharing: SharingItem[] = [];
  const contacts: ContactItem[] = [];
  const steps: StepItem[] = [];
  const sources = (ids?: string[]) => sourceLinks(deck, ids, lang);

  for (const [id, because] of added) {
    const card = deck.cards.get(id);
    if (!card) continue;
    switch (card.kind) {
      case 'duty':
        duties.push(dutyItem(card, because, lang, sources(card.sources)));
        break;
      case 'sharing':
        sharing.push(sharingItem(card, because, lang, sources(card.sources)));
        break;
      case 'contact':
        contacts.push(contactItem(deck, card, because, lang));
        break;
      case 'step':
        steps.push(stepItem(card, because, lang));
        break;
      default:
        break; // questions and sources are not summary items of their own
    }
  }

  // Stable orders: contacts by their `order`, steps by urgency then `order`; ties keep the order
  // in which answers added them (Array.prototype.sort is stable).
  const orderOf = (id: string) => (deck.cards.get(id) as ContactCard | StepCard | undefined)?.order ?? 1000;
  contacts.sort((a, b) => orderOf(a.id) - orderOf(b.id));
  steps.sort((a, b) => URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency) || orderOf(a.id) - orderOf(b.id));

  const texts = deck.meta.texts ?? {};
  const actNow = opts.urgent
    ? { text: localize(texts.actNow, lang), contacts: contacts.filter((c) => c.emergency) }
    : undefined;

  return {
    lang,
    deck: { id: deck.meta.id, version: deck.meta.version, title: L(deck.meta.title, lang), reviewed: deck.meta.reviewed },
    ...(deck.municipality ? { municipality: deck.municipality } : {}),
    generated: opts.generated,
    urgent: opts.urgent,
    answers: trace(deck, path, lang),
    ...(actNow ? { actNow } : {}),
    duties,
    sharing,
    contacts,
    steps,
    texts: {
      record: localize(texts.record, lang),
      disagree: localize(texts.disagree, lang),
      disclaimer: localize(texts.disclaimer, lang),
    },
  };
}

export function trace(deck: Deck, path: readonly Answer[], lang: Lang): TraceEntry[] {
  return path.map((a) => {
    const q = question(deck, a.question);
    if (!q) return { question: a.question, questionText: a.question, options: a.options.map((id) => ({ id, label: id })) };
    return {
      question: q.id,
      questionText: L(q.text, lang),
      ...(q.section ? { section: L(q.section, lang) } : {}),
      options: chosenOptions(q, a.options).map((o) => ({ id: o.id, label: L(o.label, lang) })),
    };
  });
}

function sourceLinks(deck: Deck, ids: string[] | undefined, lang: Lang): SourceLink[] {
  const out: SourceLink[] = [];
  for (const id of ids ?? []) {
    const s = deck.cards.get(id);
    if (s?.kind === 'source') out.push({ id, title: L(s.title, lang), url: s.url });
  }
  return out;
}

function dutyItem(c: DutyCard, because: Because[], lang: Lang, sources: SourceLink[]): DutyItem {
  return {
    id: c.id, title: L(c.title, lang), because, status: 'applies',
    summary: L(c.summary, lang), meaning: L(c.meaning, lang),
    ...(c.limits ? { limits: L(c.limits, lang) } : {}),
    basis: c.basis, reviewed: c.reviewed, sources,
  };
}

function sharingItem(c: SharingCard, because: Because[], lang: Lang, sources: SourceLink[]): SharingItem {
  return {
    id: c.id, title: L(c.title, lang), because,
    share: L(c.share, lang), with: L(c.with, lang), why: L(c.why, lang),
    ...(c.not ? { not: L(c.not, lang) } : {}),
    basis: c.basis, reviewed: c.reviewed, sources,
  };
}

function contactItem(deck: Deck, c: ContactCard, because: Because[], lang: Lang): ContactItem {
  const missing = Boolean(c.local) && !deck.localIds.has(c.id);
  const fb = missing && c.fallback ? deck.cards.get(c.fallback) : undefined;
  const fallback = fb?.kind === 'contact'
    ? { id: fb.id, title: L(fb.name, lang), ...(fb.phone ? { phone: fb.phone } : {}), ...(fb.url ? { url: fb.url } : {}) }
    : undefined;
  return {
    id: c.id, title: L(c.name, lang), because,
    ...(c.phone ? { phone: c.phone } : {}),
    ...(c.url ? { url: c.url } : {}),
    ...(c.hours ? { hours: L(c.hours, lang) } : {}),
    when: L(c.when, lang),
    emergency: Boolean(c.emergency), local: Boolean(c.local), missing, ...(fallback ? { fallback } : {}), reviewed: c.reviewed,
  };
}

function stepItem(c: StepCard, because: Because[], lang: Lang): StepItem {
  return {
    id: c.id, title: L(c.title, lang), because,
    ...(c.text ? { text: L(c.text, lang) } : {}),
    urgency: c.urgency,
  };
}
