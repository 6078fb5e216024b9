// Assembling a deck from card documents, and laying a municipality's overlay on top. The one
// assembler: `validate`, `test`, `run`, the guide and the workshop commands all build their deck
// here, so they agree on every finding (rule, message and hint).

import { checkDuplicates, checkReferences } from './checks/references.js';
import { checkShape } from './checks/shape.js';
import { phoneFinding } from './checks/phone.js';
import { phrase, texts, type Finding, type OverlaySkip } from './checks/finding.js';
import type { Card, ContactCard, Deck, DeckMeta, LocalOverlay } from './types.js';

/** One YAML document from a card file, as parsed. */
export interface RawDoc {
  file: string;
  raw: unknown;
}

export interface AssembleOptions {
  /** checkShape's findings per document, when already known (validate caches them). */
  shapes?: readonly (readonly Finding[])[];
  /**
   * Run time (the guide, `run`, the workshop commands): a broken overlay entry is left out and
   * reported as a warning (with `skipped`), instead of stopping the guide; national numbers stay.
   * `validate` and `test` leave this off: there every overlay problem is an error.
   */
  lenientOverlay?: boolean;
}

export interface Assembly {
  /** Always a deck, for the checks that follow; its meta is a placeholder when there is none. */
  deck: Deck;
  /** The deck file, when exactly one is usable. */
  meta?: DeckMeta;
  findings: Finding[];
  /** Ids (and kinds) of cards that exist but failed their shape check. */
  broken: Map<string, string>;
}

export interface Assembled {
  deck?: Deck;
  findings: Finding[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Build a deck from parsed documents: shape checks for each, then duplicates, the overlay and
 * references. Everything usable goes into the deck, so later checks see as much as they can.
 * `overlay` is the overlay file's documents (it must hold exactly one).
 */
export function assembleDeck(
  docs: readonly RawDoc[],
  overlay: readonly RawDoc[] | undefined,
  opts: AssembleOptions = {},
): Assembly {
  const findings: Finding[] = [];
  const cards: Card[] = [];
  const metas: DeckMeta[] = [];
  // Cards that failed their shape check still exist: references to them are not reported as
  // unknown, so every real problem is reported in one run without noise.
  const broken = new Map<string, string>();
  docs.forEach(({ file, raw }, i) => {
    const shape = opts.shapes?.[i] ?? checkShape(raw, file);
    findings.push(...shape);
    if (shape.length > 0) {
      if (isObj(raw) && typeof raw.id === 'string' && typeof raw.kind === 'string') broken.set(raw.id, raw.kind);
      return;
    }
    const obj = { ...(raw as object), file } as Card | DeckMeta | LocalOverlay;
    if (obj.kind === 'deck') metas.push(obj);
    else if (obj.kind === 'local') {
      findings.push({
        rule: 'local',
        severity: 'error',
        file,
        path: 'kind',
        ...texts(phrase('overlayInDeck'), phrase('overlayInDeckHint')),
      });
    } else cards.push(obj);
  });
  // Deck files are counted before their shape check, so a broken deck.yaml is not also "missing".
  const deckDocs = docs.filter((d) => isObj(d.raw) && d.raw.kind === 'deck');
  if (deckDocs.length === 0) {
    findings.push({
      rule: 'deck',
      severity: 'error',
      file: docs[0]?.file ?? '.',
      ...texts(phrase('noDeckFile'), phrase('noDeckFileHint')),
    });
  } else if (deckDocs.length > 1) {
    findings.push({
      rule: 'deck',
      severity: 'error',
      file: deckDocs[1]!.file,
      path: 'kind',
      ...texts(phrase('twoDeckFiles', deckDocs[0]!.file)),
    });
  }
  findings.push(...checkDuplicates(cards));

  const meta = metas.length === 1 ? metas[0] : undefined;
  const firstQuestion = cards.find((c) => c.kind === 'question')?.id;
  const deck: Deck = {
    meta: meta ?? {
      kind: 'deck',
      id: '\u0000no-deck',
      version: '0',
      title: '',
      languages: ['nb'],
      reviewed: '1970-01-01',
      start: firstQuestion ?? 'end',
    },
    cards: new Map(cards.map((c) => [c.id, c])),
    localIds: new Set(),
  };
  if (overlay) {
    if (overlay.length > 1)
      findings.push(
        overlayFinding(
          opts,
          {
            rule: 'local',
            severity: 'error',
            file: overlay[1]!.file,
            ...texts(phrase('overlayOneDoc'), phrase('overlayOneDocHint')),
          },
          { what: 'overlay', why: 'invalid' },
        ),
      );
    else if (overlay[0]) findings.push(...applyOverlay(deck, overlay[0], opts));
  }
  // Reference findings name their card; give them its file so they point at the right line.
  for (const f of checkReferences(deck, broken)) {
    if (!meta && f.card === deck.meta.id) continue;
    const file = f.file ?? deck.cards.get(f.card ?? '')?.file ?? (meta && f.card === meta.id ? meta.file : undefined);
    findings.push(file ? { ...f, file } : f);
  }
  return { deck, ...(meta ? { meta } : {}), findings, broken };
}

/** The deck, only when nothing is at error severity, so the engine never sees broken content. */
export function assemble(
  docs: readonly RawDoc[],
  overlay?: RawDoc | readonly RawDoc[],
  opts: AssembleOptions = {},
): Assembled {
  const list =
    overlay === undefined ? undefined : Array.isArray(overlay) ? (overlay as readonly RawDoc[]) : [overlay as RawDoc];
  const a = assembleDeck(docs, list, opts);
  return a.meta && !a.findings.some((f) => f.severity === 'error')
    ? { deck: a.deck, findings: a.findings }
    : { findings: a.findings };
}

/** A finding about the overlay: at run time a warning that says what was left out. */
function overlayFinding(opts: AssembleOptions, f: Finding, skipped: OverlaySkip): Finding {
  return opts.lenientOverlay ? { ...f, severity: 'warning', skipped } : f;
}

/**
 * Add contacts, and fill in the national deck's local placeholders (`local: true`), by id. Every
 * other national contact is protected: 112, 113, 110, 116 111, 02800… cannot be changed by a
 * file in the folder someone runs the tool from. An overlay contact is never an emergency number.
 * The national cards themselves are never edited.
 */
export function applyOverlay(deck: Deck, doc: RawDoc, opts: AssembleOptions = {}): Finding[] {
  const shape = checkShape(doc.raw, doc.file);
  const raw = doc.raw as Partial<LocalOverlay> | undefined;
  const findings: Finding[] = [];
  const contactsOk = isObj(raw) && raw.kind === 'local' && Array.isArray(raw.contacts);
  if (!contactsOk) {
    if (shape.length === 0)
      shape.push({
        rule: 'schema',
        severity: 'error',
        file: doc.file,
        path: 'kind',
        ...texts(phrase('overlayKind')),
      });
    return shape.map((f) => overlayFinding(opts, f, { what: 'overlay', why: 'invalid' }));
  }
  const contacts = raw.contacts as unknown[];
  // Shape findings per entry; the rest are about the file as a whole.
  const entryOf = (f: Finding) => /^contacts\/(\d+)(\/|$)/.exec(f.path ?? '')?.[1];
  const badEntries = new Map<number, Finding[]>();
  for (const f of shape) {
    const i = entryOf(f);
    if (i === undefined) findings.push(opts.lenientOverlay ? { ...f, severity: 'warning' } : f);
    else badEntries.set(Number(i), [...(badEntries.get(Number(i)) ?? []), f]);
  }
  const national = new Map(deck.cards);
  const seen = new Set<string>();
  contacts.forEach((entry, i) => {
    const c = entry as ContactCard;
    const id = isObj(entry) && typeof entry.id === 'string' ? entry.id : undefined;
    const skip = (why: OverlaySkip['why'], list: Finding[]): void => {
      findings.push(...list.map((f) => overlayFinding(opts, f, { what: 'entry', why, ...(id ? { id } : {}) })));
    };
    const bad = badEntries.get(i);
    if (bad) return skip('invalid', bad);
    if (seen.has(c.id)) {
      return skip('invalid', [
        {
          rule: 'duplicate-id',
          severity: 'error',
          file: doc.file,
          path: `contacts/${i}/id`,
          ...texts(phrase('overlayTwice', c.id), phrase('overlayTwiceHint')),
        },
      ]);
    }
    seen.add(c.id);
    const existing = national.get(c.id);
    if (existing && existing.kind !== 'contact') {
      return skip('invalid', [
        {
          rule: 'local',
          severity: 'error',
          file: doc.file,
          path: `contacts/${i}/id`,
          ...texts(phrase('overlayNotContact', c.id, existing.kind), phrase('overlayOwnId')),
        },
      ]);
    }
    if (existing && !existing.local) {
      const number = existing.phone ? ` (${existing.phone})` : '';
      return skip('protected', [
        {
          rule: 'local',
          severity: 'error',
          file: doc.file,
          path: `contacts/${i}/id`,
          ...texts(phrase('overlayNational', c.id, number), phrase('overlayNationalHint')),
        },
      ]);
    }
    if (c.emergency) {
      return skip('emergency', [
        {
          rule: 'local',
          severity: 'error',
          file: doc.file,
          path: `contacts/${i}/emergency`,
          ...texts(phrase('overlayEmergency', c.id), phrase('overlayEmergencyHint')),
        },
      ]);
    }
    const phone = phoneFinding(c.phone, { file: doc.file, path: `contacts/${i}/phone` });
    if (phone) return skip('phone', [phone]);
    const merged = { ...(existing ?? {}), ...(raw.reviewed && !c.reviewed ? { reviewed: raw.reviewed } : {}), ...c };
    const lacking = (['name', 'when', 'reviewed'] as const).filter((k) => merged[k] === undefined);
    if (lacking.length > 0) {
      return skip('invalid', [
        {
          rule: 'local',
          severity: 'error',
          file: doc.file,
          path: `contacts/${i}`,
          ...texts(phrase('overlayIncomplete', c.id, lacking.join(', ')), phrase('overlayIncompleteHint')),
        },
      ]);
    }
    const contact = { ...merged, kind: 'contact', file: doc.file } as ContactCard;
    deck.cards.set(c.id, contact);
    deck.localIds.add(c.id);
  });
  if (typeof raw.municipality === 'string') deck.municipality = raw.municipality;
  return findings;
}
