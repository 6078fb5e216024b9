// Turning findings (card + field path) into diagnostics (file:line:column).

import type { Deck, Diagnostic, PositionTable, Position } from '../types.js';
import type { Finding } from './finding.js';

export function positionKey(file: string, cardId: string | undefined): string {
  return `${file}#${cardId ?? ''}`;
}

/** The file a finding is reported in. */
export function findingFile(f: Finding, deck?: Deck): string {
  const card = f.card ? deck?.cards.get(f.card) : undefined;
  return f.file ?? card?.file ?? (f.card && f.card === deck?.meta.id ? deck.meta.file : undefined) ?? '.';
}

/**
 * Look up the closest known position: the field itself, else its nearest parent, else the card.
 * A finding on a missing field points at the mapping that should hold it.
 */
export function locateOne(f: Finding, positions: PositionTable | undefined, deck?: Deck): Diagnostic {
  const file = findingFile(f, deck);
  const at = positions?.[positionKey(file, f.card)] ?? positions?.[positionKey(file, undefined)];
  let pos: Position = { line: 1, col: 1 };
  const keyPos = f.key && at ? at[`${f.path ?? ''}@key`] : undefined;
  if (keyPos) pos = keyPos;
  else if (at) {
    let path = f.path ?? '';
    for (;;) {
      const hit = at[path];
      if (hit) {
        pos = hit;
        break;
      }
      if (path === '') break;
      path = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    }
  }
  return {
    file,
    line: pos.line,
    col: pos.col,
    severity: f.severity,
    rule: f.rule,
    message: f.message,
    ...(f.hint ? { hint: f.hint } : {}),
    ...(f.said ? { said: f.said } : {}),
    ...(f.saidHint ? { saidHint: f.saidHint } : {}),
    ...(f.card ? { card: f.card } : {}),
    ...(f.path ? { path: f.path } : {}),
    ...(f.skipped ? { skipped: f.skipped } : {}),
  };
}

/** Diagnostics in a stable order: by file, then line, then column. */
export function locate(findings: readonly Finding[], positions: PositionTable | undefined, deck?: Deck): Diagnostic[] {
  return findings
    .map((f) => locateOne(f, positions, deck))
    .sort((a, b) => byCodeUnit(a.file, b.file) || a.line - b.line || a.col - b.col || byCodeUnit(a.rule, b.rule));
}

/** Plain code-unit order: the same on every machine, and without localeCompare's ICU set-up (≈15 ms). */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
