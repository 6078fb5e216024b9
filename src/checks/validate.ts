// `validate` as a pure function: parsed card files in, every diagnostic out. Runs the core shape
// and reference checks, then the flow and content rules, on whatever part of the deck is usable,
// so one run reports every problem. Severities come from the config; positions from the parser.

import { createHash } from 'node:crypto';
import { applyOverlay, type RawDoc } from '../core/deck.js';
import { checkDuplicates, checkReferences } from '../core/checks/references.js';
import { checkShape } from '../core/checks/shape.js';
import type { Finding } from '../core/checks/finding.js';
import { locate } from '../core/checks/locate.js';
import type { Card, Deck, DeckMeta, Diagnostic, Lang, PositionTable, Severity } from '../core/types.js';
import type { CheckConfig } from './config.js';
import { checkContent } from './content.js';
import { checkFlow } from './flow.js';
import type { RuleId } from './rules.js';

/** One card file as the parser left it (yaml-cards.ts parseCardFile). */
export interface ParsedFile {
  file: string;
  docs: RawDoc[];
  positions: PositionTable;
  findings: Finding[];
  /** The positions hold only the YAML errors' (files.ts ensurePositions fills in the rest). */
  partial?: boolean;
  /** checkShape's findings per document, when known (cached; checkDeck fills them in). */
  shape?: Finding[][];
  /** checkContent's findings per document for the context `key` (cached; checkDeck fills them in). */
  content?: { key: string; f: Finding[][] };
}

export interface ValidateInput {
  files: readonly ParsedFile[];
  overlay?: ParsedFile;
  config: CheckConfig;
  /** YYYY-MM-DD. */
  today: string;
  /** Local placeholders the overlay does not fill are errors. */
  strict: boolean;
}

export interface ValidateResult {
  diagnostics: Diagnostic[];
  /** The usable part of the deck (for `test`), when the deck file itself is usable. */
  deck?: Deck;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function validateDeck(input: ValidateInput): ValidateResult {
  const { findings, positions, deck, usable } = checkDeck(input);
  return { diagnostics: locate(findings, positions, deck), ...(usable ? { deck } : {}) };
}

export interface Checked {
  /** With severities from the config, not yet located. */
  findings: Finding[];
  /** The files' position tables merged (fill in more before locating, see files.ts ensurePositions). */
  positions: PositionTable;
  deck: Deck;
  /** The deck file itself is usable. */
  usable: boolean;
}

/** Every finding with its file, before positions are looked up. */
export function checkDeck(input: ValidateInput): Checked {
  const findings: Finding[] = [];
  const positions: PositionTable = {};
  const cards: Card[] = [];
  const metas: DeckMeta[] = [];
  const broken = new Map<string, string>();
  const allDocs: RawDoc[] = [];
  const shapes: Finding[][] = [];
  for (const f of input.files) {
    Object.assign(positions, f.positions);
    for (const x of f.findings) findings.push(x);
    if (!f.shape || f.shape.length !== f.docs.length) f.shape = f.docs.map(({ raw, file }) => checkShape(raw, file));
    for (let j = 0; j < f.docs.length; j++) {
      allDocs.push(f.docs[j]!);
      shapes.push(f.shape[j]!);
    }
  }
  if (input.overlay) {
    Object.assign(positions, input.overlay.positions);
    findings.push(...input.overlay.findings);
  }

  for (let i = 0; i < allDocs.length; i++) {
    const { file, raw } = allDocs[i]!;
    const shape = shapes[i]!;
    for (const x of shape) findings.push(x);
    if (shape.length > 0) {
      if (isObj(raw) && typeof raw.id === 'string' && typeof raw.kind === 'string') broken.set(raw.id, raw.kind);
      continue;
    }
    const obj = { ...(raw as object), file } as Card | DeckMeta | { kind: 'local' };
    if (obj.kind === 'deck') metas.push(obj);
    else if (obj.kind === 'local') {
      findings.push({ rule: 'local', severity: 'error', file, path: 'kind', message: 'A local overlay does not belong in the deck folder.', hint: 'Keep it outside the deck and pass it with --local FILE.' });
    } else cards.push(obj);
  }
  const deckDocs = allDocs.filter((d) => isObj(d.raw) && d.raw.kind === 'deck');
  if (deckDocs.length === 0) {
    findings.push({ rule: 'deck', severity: 'error', file: input.files[0]?.file ?? '.', message: 'No deck file found (a file with "kind: deck").', hint: 'Add deck.yaml with id, version, title, languages, reviewed and start.' });
  } else if (deckDocs.length > 1) {
    findings.push({ rule: 'deck', severity: 'error', file: deckDocs[1]!.file, path: 'kind', message: `More than one deck file (also ${deckDocs[0]!.file}).` });
  }
  findings.push(...checkDuplicates(cards));

  const meta = metas.length === 1 ? metas[0] : undefined;
  const firstQuestion = cards.find((c) => c.kind === 'question')?.id;
  const deck: Deck = {
    meta: meta ?? { kind: 'deck', id: '\u0000no-deck', version: '0', title: '', languages: ['nb'], reviewed: '1970-01-01', start: firstQuestion ?? END_PLACEHOLDER },
    cards: new Map(cards.map((c) => [c.id, c])),
    localIds: new Set(),
  };
  let overlayName: string | undefined;
  if (input.overlay) {
    overlayName = input.overlay.file;
    const doc = input.overlay.docs[0];
    if (input.overlay.docs.length > 1) findings.push({ rule: 'local', severity: 'error', file: input.overlay.file, message: 'A local overlay is a single YAML document.' });
    if (doc) findings.push(...applyOverlay(deck, doc));
  }
  // A reference to a card that exists but failed its shape check is reported once, at the card.
  const references = checkReferences(deck, broken).filter((f) => meta || f.card !== deck.meta.id);
  findings.push(...references);
  if (meta) findings.push(...checkFlow(deck, { strictLocal: input.strict, ...(overlayName ? { overlay: overlayName } : {}) }));

  const ctx = {
    languages: (meta?.languages ?? ['nb']) as Lang[],
    today: input.today,
    reviewMaxAgeMonths: input.config.reviewMaxAgeMonths,
    repealed: input.config.repealed,
  };
  const key = createHash('sha1').update(JSON.stringify(ctx)).digest('hex');
  for (const f of input.files) {
    if (!f.content || f.content.key !== key || f.content.f.length !== f.docs.length) f.content = { key, f: f.docs.map(({ raw, file }) => checkContent(file, raw, ctx)) };
    for (const list of f.content.f) for (const x of list) findings.push(x);
  }
  if (input.overlay?.docs[0]) findings.push(...checkContent(input.overlay.file, input.overlay.docs[0].raw, ctx));

  return { findings: applyLevels(findings, input.config), positions, deck, usable: Boolean(meta) };
}

const END_PLACEHOLDER = 'end';

/** Severity from the config; `off` drops the finding. --strict's local errors stay errors. */
export function applyLevels(findings: readonly Finding[], config: CheckConfig): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const level = config.levels[f.rule as RuleId];
    if (level === 'off') continue;
    const severity: Severity = level === undefined ? f.severity : f.rule === 'local-missing' && f.severity === 'error' ? 'error' : level;
    out.push({ ...f, severity });
  }
  return out;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countOf(ds: readonly { severity: Severity }[]): Counts {
  const c = { errors: 0, warnings: 0, infos: 0 };
  for (const d of ds) {
    if (d.severity === 'error') c.errors++;
    else if (d.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}
