// The card model. Everything here is plain data: what the YAML files hold after loading, and
// what the engine and the summary hand to renderers. See docs/cards.md for the author's view.

/** Languages a deck may declare. Bokmål is always the primary language. */
export type Lang = 'nb' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'en'];

/** A text field: plain bokmål, or one text per language (nb required). Inline Markdown allowed. */
export type Text = string | { nb: string; en?: string };

/** A provision: law and section as in force now, with a link to the text. */
export interface Basis {
  law: string;
  section: string;
  url: string;
}

/**
 * A declarative condition over earlier answers. Keys are question ids, values the option id
 * (or ids) that must have been chosen; several keys must all hold. `all`, `any` and `not`
 * combine conditions. No code, no eval.
 */
export type Condition = {
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
} & { [questionId: string]: string | string[] | Condition | Condition[] | undefined };

/** Where the flow goes: a question id, `end` (finish the whole flow), or the first matching rule. */
export type Next = string | NextRule[];
export interface NextRule {
  if?: Condition;
  goto: string;
}

/** How a duty applies to this case: it does, it does if a stated condition holds, or it does not. */
export type DutyStatus = 'applies' | 'conditional' | 'not-applicable';
/** Strongest first: when a duty is added more than once, the strongest status wins. */
export const DUTY_STATUSES: readonly DutyStatus[] = ['applies', 'conditional', 'not-applicable'];

/**
 * A reference card an option adds to the summary, optionally only when a condition holds. For a
 * duty card, `status` and `condition` override the card's own defaults for this one addition.
 */
export type AddRef = string | { card: string; if?: Condition; status?: DutyStatus; condition?: Text };

export interface Option {
  id: string;
  label: Text;
  /** A short explanation shown with "why?" and in the summary's trace. */
  help?: Text;
  next?: Next;
  adds?: AddRef[];
  urgent?: boolean;
}

interface CardBase {
  id: string;
  /** Set by the loader: the file the card came from (relative to the deck folder). */
  file?: string;
}

/** Reference cards that end up in the summary may carry a condition of their own. */
interface SummaryCardBase extends CardBase {
  /**
   * The card is in the summary only when this holds for the answers, whichever option (or
   * `always`) added it: "never send a legevakt doctor to the legevakt" is written once, here.
   */
  if?: Condition;
}

export interface QuestionCard extends CardBase {
  kind: 'question';
  /** Section name shown as "where you are" (e.g. "Om deg", "Bekymringen"). */
  section?: Text;
  text: Text;
  why: Text;
  multiple?: boolean;
  /** Ask only when this holds; otherwise the flow passes on to `next`. */
  if?: Condition;
  options: Option[];
  /** Where the flow continues after this question (and after each chosen option's branch). */
  next?: Next;
}

export interface DutyCard extends SummaryCardBase {
  kind: 'duty';
  /** How the duty applies when an option adds it without saying (default `applies`). */
  status?: DutyStatus;
  /** The condition in plain words; required when the status is `conditional`. */
  condition?: Text;
  title: Text;
  /** What applies, in a sentence or two. */
  summary: Text;
  /** What it means for you, concretely. */
  meaning: Text;
  /** When the duty does not apply, or its limits. */
  limits?: Text;
  basis: Basis[];
  reviewed: string;
  sources?: string[];
}

export interface SharingCard extends SummaryCardBase {
  kind: 'sharing';
  title: Text;
  /** What you may share. */
  share: Text;
  /** With whom. */
  with: Text;
  /** Why you may: consent, a provision, anonymised consultation… */
  why: Text;
  /** What you must not share or do. */
  not?: Text;
  basis: Basis[];
  reviewed: string;
  sources?: string[];
  /**
   * The wording when the named duties come out `conditional` in this summary, as on a step
   * (`StepCard.whenConditional`): e.g. "if the duty to report applies, no consent is needed; otherwise
   * with consent, or discuss anonymously" instead of "no consent is needed" (revt C3).
   */
  whenConditional?: {
    duties: string[];
    title?: Text;
    share?: Text;
    with?: Text;
    why?: Text;
    not?: Text;
  };
}

export interface ContactCard extends SummaryCardBase {
  kind: 'contact';
  name: Text;
  phone?: string;
  url?: string;
  hours?: Text;
  when: Text;
  /** Emergency numbers are listed under "act now" when the case is urgent. */
  emergency?: boolean;
  /** A local contact: the national deck holds a placeholder, the municipality's overlay fills it in. */
  local?: boolean;
  /** Lower comes first in the summary. */
  order?: number;
  /**
   * A local placeholder's national stand-in (a contact card id with a phone number): shown with
   * how to find the local number while the municipality has not filled the card in; not offered
   * to a user the stand-in's own `if` excludes.
   */
  fallback?: string;
  reviewed: string;
  sources?: string[];
}

/** When a step is due, in this order. `pickup`: before pick-up, before the child goes home. */
export type Urgency = 'now' | 'pickup' | 'today' | 'soon' | 'later';
export const URGENCIES: readonly Urgency[] = ['now', 'pickup', 'today', 'soon', 'later'];

export interface StepCard extends SummaryCardBase {
  kind: 'step';
  title: Text;
  text?: Text;
  urgency: Urgency;
  order?: number;
  /**
   * The wording when the named duties come out `conditional` in this summary (the strongest status
   * among those present; the duty only may apply): e.g. "if you conclude that the duty applies, you
   * report yourself" instead of "report yourself". Otherwise, and when none of them is in the
   * summary, the card's own title and text.
   */
  whenConditional?: { duties: string[]; title?: Text; text?: Text };
}

export interface SourceCard extends CardBase {
  kind: 'source';
  title: Text;
  url: string;
  publisher?: string;
  reviewed: string;
}

export type ReferenceCard = DutyCard | SharingCard | ContactCard | StepCard | SourceCard;
export type Card = QuestionCard | ReferenceCard;
export type CardKind = Card['kind'];
export const CARD_KINDS: readonly CardKind[] = ['question', 'duty', 'sharing', 'contact', 'step', 'source'];

/** Fixed texts of the summary that belong to the deck rather than to any one answer. */
export interface DeckTexts {
  /** What to do while waiting for help, shown under "act now". */
  actNow?: Text;
  /** What to write down and where (never in this tool). */
  record?: Text;
  /** If you disagree with the outcome or are still worried. */
  disagree?: Text;
  /** Not legal advice. */
  disclaimer?: Text;
}

export interface DeckMeta {
  kind: 'deck';
  id: string;
  version: string;
  title: Text;
  languages: Lang[];
  reviewed: string;
  /** The first question. */
  start: string;
  /** Reference cards every summary includes. */
  always?: string[];
  texts?: DeckTexts;
  file?: string;
}

/** A municipality's own contacts, added to or overriding the national deck by id. */
export interface LocalOverlay {
  kind: 'local';
  municipality: string;
  reviewed?: string;
  contacts: ContactCard[];
  file?: string;
}

/** A source position, 1-based, for diagnostics. */
export interface Position {
  line: number;
  col: number;
}

/**
 * Where each card and each field came from, keyed by "file#cardId", then by field path
 * ("options/0/next"; "" is the card itself). Kept beside the cards so the compiled deck can still
 * point at YAML lines.
 */
export type PositionTable = Record<string, Record<string, Position>>;

export interface Deck {
  meta: DeckMeta;
  cards: Map<string, Card>;
  /** Ids of cards supplied by the local overlay (for the summary's note and for checks). */
  localIds: Set<string>;
  municipality?: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** One finding about card content: data first, formatted only at the edge. */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: Severity;
  rule: string;
  message: string;
  hint?: string;
  /** To word message and hint in the run's language (core/checks/finding.ts Phrase); dropped when worded. */
  said?: import('./checks/finding.js').Phrase;
  saidHint?: import('./checks/finding.js').Phrase;
  /** Card id and field path, when known. */
  card?: string;
  path?: string;
  /** An overlay entry (or the whole overlay) the guide and `run` left out; see core/deck.ts. */
  skipped?: import('./checks/finding.js').OverlaySkip;
}

/** One answer: a question and the option(s) chosen, in card order. */
export interface Answer {
  question: string;
  options: string[];
}

/** Why an item is in the summary: the answer that added it. */
export interface Because {
  question: string;
  option: string;
}
