// The summary model: what a completed (or partial) path adds up to, localised and ordered,
// with every item saying which answers led to it. Renderers only format this; they decide nothing.

import { chosenOptions, holds, question, toMap, type AnswerMap } from './engine.js';
import { L, localize } from './text.js';
import type {
  AddRef,
  Answer,
  Basis,
  Because,
  ContactCard,
  Deck,
  DutyCard,
  DutyStatus,
  Lang,
  SharingCard,
  StepCard,
  Text,
  Urgency,
} from './types.js';
import { DUTY_STATUSES, URGENCIES } from './types.js';

/** Each emergency number's "ring now" steps in the national deck. */
const EMERGENCY_STEPS: Readonly<Record<string, readonly string[]>> = {
  'nod-112': ['ring-112', 'ring-112-etter-113', 'barnet-er-ikke-hos-deg-112'],
  'amk-113': ['ring-113', 'barnet-er-ikke-hos-deg'],
};

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
  /** How the duty applies to this case (the strongest status any answer gave it). */
  status: DutyStatus;
  /** The condition in plain words; present only when the status is `conditional`. */
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
  actNow?: { text?: string | undefined; contacts: ContactItem[] };
  duties: DutyItem[];
  sharing: SharingItem[];
  contacts: ContactItem[];
  steps: StepItem[];
  texts: { record?: string | undefined; disagree?: string | undefined; disclaimer?: string | undefined };
}

/** One reference card the path adds: every answer behind it, and for a duty how it applies. */
export interface Added {
  because: Because[];
  /** Duty cards only: the strongest status any addition gave, with that addition's condition (`because`: the answers behind it). */
  status?: DutyStatus;
  condition?: Text;
}

/**
 * Which reference cards the path adds, in first-added order. A card whose own `if` does not hold
 * for the answers is left out, whichever option added it.
 */
export function collectAdded(deck: Deck, path: readonly Answer[]): Map<string, Added> {
  const found = new Map<string, Added>();
  const all: AnswerMap = toMap(path);
  const add = (id: string, because?: Because, ref?: Exclude<AddRef, string>) => {
    const entry = found.get(id) ?? { because: [] };
    found.set(id, entry);
    const card = deck.cards.get(id);
    if (card?.kind === 'duty') {
      // The strongest status wins, with its condition text; `because` then names the answers
      // behind that status only (an answer that said "does not apply" does not explain "applies").
      const status = ref?.status ?? card.status ?? 'applies';
      if (entry.status !== undefined && rank(status) > rank(entry.status)) return;
      if (entry.status === undefined || rank(status) < rank(entry.status)) {
        entry.status = status;
        entry.because = [];
        const condition = ref?.condition ?? card.condition;
        if (condition !== undefined) entry.condition = condition;
        else delete entry.condition;
      }
    }
    if (because && !entry.because.some((b) => b.question === because.question && b.option === because.option)) {
      entry.because.push(because);
    }
  };
  for (const a of path) {
    const q = question(deck, a.question);
    if (!q) continue;
    for (const option of chosenOptions(q, a.options)) {
      for (const ref of option.adds ?? []) {
        if (typeof ref === 'string') add(ref, { question: q.id, option: option.id });
        else if (holds(ref.if, all)) add(ref.card, { question: q.id, option: option.id }, ref);
      }
    }
  }
  for (const id of deck.meta.always ?? []) add(id);
  for (const id of [...found.keys()]) {
    const card = deck.cards.get(id);
    if (card && card.kind !== 'question' && card.kind !== 'source' && !holds(card.if, all)) found.delete(id);
  }
  return found;
}

/** Which reference cards the path adds, in first-added order, each with every answer behind it. */
export function collect(deck: Deck, path: readonly Answer[]): Map<string, Because[]> {
  return new Map([...collectAdded(deck, path)].map(([id, a]) => [id, a.because]));
}

const rank = (s: DutyStatus) => DUTY_STATUSES.indexOf(s);

export interface SummaryOptions {
  lang: Lang;
  /** The date the summary is made (YYYY-MM-DD): passed in, so the core never reads a clock. */
  generated: string;
  urgent: boolean;
}

/** Contacts and steps in their cards' `order` (unordered last); everything that lists them uses this. */
export const byOrder = (a: { order?: number }, b: { order?: number }): number => (a.order ?? 1000) - (b.order ?? 1000);

export function buildSummary(deck: Deck, path: readonly Answer[], opts: SummaryOptions): Summary {
  const { lang } = opts;
  const added = collectAdded(deck, path);
  const all: AnswerMap = toMap(path);
  const duties: DutyItem[] = [];
  const sharing: SharingItem[] = [];
  const contacts: ContactItem[] = [];
  const steps: StepItem[] = [];
  const sources = (ids?: string[]) => sourceLinks(deck, ids, lang);

  for (const [id, { because, status, condition }] of added) {
    const card = deck.cards.get(id);
    if (!card) continue;
    switch (card.kind) {
      case 'duty':
        duties.push(dutyItem(card, because, status ?? 'applies', condition, lang, sources(card.sources)));
        break;
      case 'sharing':
        sharing.push(sharingItem(card, because, lang, sources(card.sources)));
        break;
      case 'contact':
        contacts.push(contactItem(deck, card, because, lang, (id) => standInAllowed(deck, id, all)));
        break;
      case 'step':
        steps.push(stepItem(card, because, lang));
        break;
      default:
        break; // questions and sources are not summary items of their own
    }
  }

  // Stable orders: duties by status (applies, conditional, not-applicable), contacts by their `order`, steps by urgency then `order`; ties keep the order
  // in which answers added them (Array.prototype.sort is stable).
  const card = (id: string): { order?: number } => (deck.cards.get(id) as ContactCard | StepCard | undefined) ?? {};
  const orderOf = (id: string) => card(id).order ?? 1000;
  contacts.sort((a, b) => byOrder(card(a.id), card(b.id)));
  duties.sort((a, b) => rank(a.status) - rank(b.status));
  steps.sort((a, b) => URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency) || orderOf(a.id) - orderOf(b.id));
  // A step worded for a duty that only may apply ("if you conclude the duty applies, report
  // yourself") takes that wording when the strongest status of the duties it names is
  // conditional (revs S5).
  const onlyMayApply = (v: { duties: readonly string[] } | undefined): boolean => {
    const named = v ? duties.filter((d) => v.duties.includes(d.id)) : [];
    return named.length > 0 && Math.min(...named.map((d) => rank(d.status))) === rank('conditional');
  };
  for (const [i, st] of steps.entries()) {
    const v = (deck.cards.get(st.id) as StepCard | undefined)?.whenConditional;
    if (!v || !onlyMayApply(v)) continue;
    steps[i] = {
      ...st,
      ...(v.title ? { title: L(v.title, lang) } : {}),
      ...(v.text ? { text: L(v.text, lang) } : {}),
    };
  }

  // A sharing card does the same (revt C3): "no consent needed" only where the duty applies.
  for (const [i, sh] of sharing.entries()) {
    const v = (deck.cards.get(sh.id) as SharingCard | undefined)?.whenConditional;
    if (!v || !onlyMayApply(v)) continue;
    sharing[i] = {
      ...sh,
      ...(v.title ? { title: L(v.title, lang) } : {}),
      ...(v.share ? { share: L(v.share, lang) } : {}),
      ...(v.with ? { with: L(v.with, lang) } : {}),
      ...(v.why ? { why: L(v.why, lang) } : {}),
      ...(v.not ? { not: L(v.not, lang) } : {}),
    };
  }

  const texts = deck.meta.texts ?? {};
  // The emergency numbers in the order the steps call them: 113 first when its "ring" step comes
  // first (a seriously hurt child), else by `order` (112 first). The short block and "act now"
  // read this one order.
  const stepAt = (c: ContactItem) => {
    const at = steps.findIndex((st) => (EMERGENCY_STEPS[c.id] ?? []).includes(st.id));
    return at < 0 ? steps.length : at;
  };
  const emergency = contacts.filter((c) => c.emergency).sort((a, b) => stepAt(a) - stepAt(b));
  // "Who to contact" lists the emergency numbers in that order too, in the slots they already hold,
  // so it never puts 112 above 113 when "ring først" is 113 (revp D5).
  let next = 0;
  for (let i = 0; i < contacts.length; i++) {
    if (contacts[i]?.emergency) contacts[i] = emergency[next++] as ContactItem;
  }
  const actNow = opts.urgent ? { text: localize(texts.actNow, lang), contacts: emergency } : undefined;

  return {
    lang,
    deck: {
      id: deck.meta.id,
      version: deck.meta.version,
      title: L(deck.meta.title, lang),
      reviewed: deck.meta.reviewed,
    },
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
    if (!q)
      return { question: a.question, questionText: a.question, options: a.options.map((id) => ({ id, label: id })) };
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

function dutyItem(
  c: DutyCard,
  because: Because[],
  status: DutyStatus,
  condition: Text | undefined,
  lang: Lang,
  sources: SourceLink[],
): DutyItem {
  return {
    id: c.id,
    title: L(c.title, lang),
    because,
    status,
    ...(status === 'conditional' && condition !== undefined ? { condition: L(condition, lang) } : {}),
    summary: L(c.summary, lang),
    meaning: L(c.meaning, lang),
    ...(c.limits ? { limits: L(c.limits, lang) } : {}),
    basis: c.basis,
    reviewed: c.reviewed,
    sources,
  };
}

function sharingItem(c: SharingCard, because: Because[], lang: Lang, sources: SourceLink[]): SharingItem {
  return {
    id: c.id,
    title: L(c.title, lang),
    because,
    share: L(c.share, lang),
    with: L(c.with, lang),
    why: L(c.why, lang),
    ...(c.not ? { not: L(c.not, lang) } : {}),
    basis: c.basis,
    reviewed: c.reviewed,
    sources,
  };
}

/**
 * May a missing local number's national stand-in be offered to this user? Not when the stand-in's
 * own `if` excludes them: a contact the deck keeps from someone must not come back as the way to
 * reach another one. (Option-level `if`s say when a card is relevant, not whom it is kept from.)
 */
function standInAllowed(deck: Deck, id: string, all: AnswerMap): boolean {
  const card = deck.cards.get(id);
  return card?.kind === 'contact' && holds(card.if, all);
}

function contactItem(
  deck: Deck,
  c: ContactCard,
  because: Because[],
  lang: Lang,
  allowed: (id: string) => boolean,
): ContactItem {
  const missing = Boolean(c.local) && !deck.localIds.has(c.id);
  const fb = missing && c.fallback && allowed(c.fallback) ? deck.cards.get(c.fallback) : undefined;
  const fallback =
    fb?.kind === 'contact'
      ? {
          id: fb.id,
          title: L(fb.name, lang),
          ...(fb.phone ? { phone: fb.phone } : {}),
          ...(fb.url ? { url: fb.url } : {}),
        }
      : undefined;
  return {
    id: c.id,
    title: L(c.name, lang),
    because,
    ...(c.phone ? { phone: c.phone } : {}),
    ...(c.url ? { url: c.url } : {}),
    ...(c.hours ? { hours: L(c.hours, lang) } : {}),
    when: L(c.when, lang),
    emergency: Boolean(c.emergency),
    local: Boolean(c.local),
    missing,
    ...(fallback ? { fallback } : {}),
    reviewed: c.reviewed,
  };
}

function stepItem(c: StepCard, because: Because[], lang: Lang): StepItem {
  return {
    id: c.id,
    title: L(c.title, lang),
    because,
    ...(c.text ? { text: L(c.text, lang) } : {}),
    urgency: c.urgency,
  };
}
