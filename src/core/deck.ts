// Assembling a deck from checked card documents, and laying a municipality's overlay on top.

import { checkDuplicates, checkReferences } from './checks/references.js';
import { checkShape } from './checks/shape.js';
import type { Finding } from './checks/finding.js';
import type { Card, ContactCard, Deck, DeckMeta, LocalOverlay } from './types.js';

/** One YAML document from a card file, as parsed. */
export interface RawDoc {
  file: string;
  raw: unknown;
}

export interface Assembled {
  deck?: Deck;
  findings: Finding[];
}

/**
 * Build a deck from parsed documents: shape checks for each, then the deck-wide checks. The deck
 * is returned only when nothing is at error severity, so the engine never sees broken content.
 */
export function assemble(docs: readonly RawDoc[], overlay?: RawDoc): Assembled {
  const findings: Finding[] = [];
  const cards: Card[] = [];
  const metas: DeckMeta[] = [];
  // Cards that failed their shape check still exist: references to them are not reported as
  // unknown, so every real problem is reported in one run without noise.
  const invalid = new Map<string, string>();
  for (const { file, raw } of docs) {
    const shape = checkShape(raw, file);
    findings.push(...shape);
    if (shape.length > 0) {
      const r = raw as { id?: unknown; kind?: unknown } | null;
      if (r && typeof r.id === 'string' && typeof r.kind === 'string') invalid.set(r.id, r.kind);
      continue;
    }
    const obj = { ...(raw as object), file } as Card | DeckMeta | LocalOverlay;
    if (obj.kind === 'deck') metas.push(obj);
    else if (obj.kind === 'local') {
      findings.push({ rule: 'schema', severity: 'error', file, path: 'kind', message: 'A local overlay does not belong in the deck folder.', hint: 'Keep it outside the deck and pass it with --local FILE (or name it tiltakskort.local.yaml in the working directory).' });
    } else cards.push(obj);
  }
  if (metas.length !== 1) {
    findings.push(metas.length === 0
      ? { rule: 'deck', severity: 'error', file: docs[0]?.file ?? '.', message: 'No deck file found (a file with "kind: deck").', hint: 'Add deck.yaml with id, version, title, languages, reviewed and start.' }
      : { rule: 'deck', severity: 'error', file: metas[1]!.file, path: 'kind', message: `More than one deck file (also ${metas[0]!.file}).` });
  }
  findings.push(...checkDuplicates(cards));
  const meta = metas[0];
  if (!meta) return { findings };

  const deck: Deck = { meta, cards: new Map(cards.map((c) => [c.id, c])), localIds: new Set() };
  if (overlay) findings.push(...applyOverlay(deck, overlay));
  // Reference findings name their card; give them its file so they point at the right line
  // even when no deck comes back.
  for (const f of checkReferences(deck, invalid)) {
    const file = f.file ?? deck.cards.get(f.card ?? '')?.file ?? (f.card === meta.id ? meta.file : undefined);
    findings.push(file ? { ...f, file } : f);
  }
  return findings.some((f) => f.severity === 'error') ? { findings } : { deck, findings };
}

/** Add or override contact cards by id. The national cards are never edited. */
export function applyOverlay(deck: Deck, doc: RawDoc): Finding[] {
  const findings = checkShape(doc.raw, doc.file);
  const raw = doc.raw as Partial<LocalOverlay> | undefined;
  if (findings.length > 0 || raw?.kind !== 'local') {
    if (findings.length === 0) findings.push({ rule: 'schema', severity: 'error', file: doc.file, path: 'kind', message: 'A local overlay must have "kind: local".' });
    return findings;
  }
  (raw.contacts ?? []).forEach((c, i) => {
    const existing = deck.cards.get(c.id);
    if (existing && existing.kind !== 'contact') {
      findings.push({ rule: 'local', severity: 'error', file: doc.file, path: `contacts/${i}/id`, message: `"${c.id}" is a ${existing.kind} card in the national deck; an overlay may only add or override contacts.` });
      return;
    }
    const merged = { ...(existing ?? {}), ...(raw.reviewed && !c.reviewed ? { reviewed: raw.reviewed } : {}), ...c };
    const lacking = (['name', 'when', 'reviewed'] as const).filter((k) => merged[k] === undefined);
    if (lacking.length > 0) {
      findings.push({ rule: 'local', severity: 'error', file: doc.file, path: `contacts/${i}`, message: `New local contact "${c.id}" needs ${lacking.join(', ')}.`, hint: 'A contact that is not in the national deck must be complete; one that is inherits what it does not set.' });
      return;
    }
    const contact = { ...merged, kind: 'contact', file: doc.file } as ContactCard;
    deck.cards.set(c.id, contact);
    deck.localIds.add(c.id);
  });
  deck.municipality = raw.municipality;
  return findings;
}
