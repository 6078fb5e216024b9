// Findings before they have a position: the checks know the card and the field path; the loader's
// position table turns that into file:line:column (see io/positions.ts).

import type { Severity } from '../types.js';
import { words } from '../words/index.js';
import type { Words } from '../words/nb.js';

/**
 * A finding's sentence as data: a key into words.findings and its values. Findings are cached
 * (lint/files.ts) and made in code that knows no language, so they are worded where they are
 * printed (wordDiagnostic), in the run's language. JSON-safe, for the cache.
 */
export type FindingWords = Words['findings'];
export type PhraseKey = keyof FindingWords;
export interface Phrase {
  k: PhraseKey;
  a: readonly unknown[];
}
/** `phrase('unknownField', key)`: the values a words.findings entry takes (none for a plain sentence). */
export function phrase<K extends PhraseKey>(
  k: K,
  ...a: FindingWords[K] extends (...args: infer P) => string ? P : []
): Phrase {
  return { k, a };
}
export function wordPhrase(p: Phrase, w: Words): string {
  const f = w.findings[p.k] as string | ((...a: unknown[]) => string) | undefined;
  if (typeof f === 'string') return f;
  // A key an older cache or a newer tool does not know: the key itself, never a crash.
  return typeof f === 'function' ? f(...p.a) : String(p.k);
}

/** A message or hint: a phrase, or (for sentences not yet in words/) plain English. */
export type Text = string | Phrase;

/** A finding's message and hint fields from Text: `message`/`hint` in English, `said`/`saidHint` to word them later. */
export function texts(message: Text, hint?: Text): Pick<Finding, 'message' | 'hint' | 'said' | 'saidHint'> {
  const out: Pick<Finding, 'message' | 'hint' | 'said' | 'saidHint'> =
    typeof message === 'string' ? { message } : { message: wordPhrase(message, words('en')), said: message };
  if (hint === undefined) return out;
  if (typeof hint === 'string') out.hint = hint;
  else {
    out.hint = wordPhrase(hint, words('en'));
    out.saidHint = hint;
  }
  return out;
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** In English; `said`, when there, words it in the run's language (see Phrase). */
  message: string;
  hint?: string;
  said?: Phrase;
  saidHint?: Phrase;
  /** The card the finding is about (or the deck id), and the field path inside it. */
  card?: string;
  path?: string;
  /** Where the card came from, when the finding is about a card not (yet) in the deck. */
  file?: string | undefined;
  /** Point at the field's key rather than its value (e.g. an unknown field name). */
  key?: boolean;
  /** An overlay problem the guide and `run` skip past (see core/deck.ts): what was left out. */
  skipped?: OverlaySkip;
}

/**
 * `report(path, message, hint?, key?)` for error findings of one rule about one document: the
 * shape checks of scenario and case files write theirs the same way.
 */
export function errorReporter(out: Finding[], rule: string, file: string, card: string | undefined) {
  return (path: string, message: Text, hint?: Text, key?: boolean) =>
    out.push({
      rule,
      severity: 'error',
      file,
      path,
      ...texts(message, hint || undefined),
      ...(card ? { card } : {}),
      ...(key ? { key } : {}),
    });
}

/** At run time a broken overlay entry is left out, never the guide: which, and why (for nb/en). */
export interface OverlaySkip {
  /** `entry`: one contact; `overlay`: the whole file (it cannot be read). */
  what: 'entry' | 'overlay';
  why: 'protected' | 'emergency' | 'phone' | 'invalid' | 'unreadable';
  /** The entry's id, when it has one. */
  id?: string;
}

/** Edit distance, for "did you mean" hints on ids and field names. */
export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The closest candidates to `wanted`, best first: the hint for an unknown id or key. */
export function nearest(wanted: string, candidates: Iterable<string>, max = 3): string[] {
  const scored: [string, number][] = [];
  for (const c of candidates) {
    const d = distance(wanted, c);
    const contains = c.includes(wanted) || wanted.includes(c);
    if (d <= Math.max(2, Math.floor(wanted.length / 2)) || contains) scored.push([c, contains ? Math.min(d, 1) : d]);
  }
  scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
  return scored.slice(0, max).map(([c]) => c);
}

/** "Did you mean …?" as a phrase, worded in the run's language. */
export function nearPhrase(wanted: string, candidates: Iterable<string>): Phrase | undefined {
  const near = nearest(wanted, candidates);
  return near.length > 0 ? phrase('didYouMean', near) : undefined;
}
