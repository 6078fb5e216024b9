// Findings before they have a position: the checks know the card and the field path; the loader's
// position table turns that into file:line:column (see io/positions.ts).

import type { Severity } from '../types.js';

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  hint?: string;
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
  return (path: string, message: string, hint?: string, key?: boolean) =>
    out.push({
      rule,
      severity: 'error',
      file,
      path,
      message,
      ...(hint ? { hint } : {}),
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

export function didYouMean(wanted: string, candidates: Iterable<string>): string | undefined {
  const near = nearest(wanted, candidates);
  return near.length > 0 ? `Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : undefined;
}
