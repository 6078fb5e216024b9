// `validate` as a pure function: parsed card files in, every diagnostic out. Runs the core shape
// and reference checks, then the flow and content rules, on whatever part of the deck is usable,
// so one run reports every problem. Severities come from the config; positions from the parser.

import { createHash } from 'node:crypto';
import { assembleDeck, type RawDoc } from '../core/deck.js';
import { checkShape } from '../core/checks/shape.js';
import type { Finding } from '../core/checks/finding.js';
import { locate } from '../core/checks/locate.js';
import type { Deck, Diagnostic, Lang, PositionTable, Severity } from '../core/types.js';
import type { CheckConfig } from './config.js';
import { checkContent, stringsNeedWalk } from './content.js';
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
  /**
   * The file's YAML source, when it was read in this run: checkDeck looks in it once rather than
   * in every string (content.ts stringsNeedWalk). Never cached.
   */
  text?: string;
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
  const positions: PositionTable = {};
  const allDocs: RawDoc[] = [];
  const shapes: Finding[][] = [];
  const parserFindings: Finding[] = [];
  for (const f of input.files) {
    Object.assign(positions, f.positions);
    for (const x of f.findings) parserFindings.push(x);
    if (!f.shape || f.shape.length !== f.docs.length) f.shape = f.docs.map(({ raw, file }) => checkShape(raw, file));
    for (let j = 0; j < f.docs.length; j++) {
      allDocs.push(f.docs[j]!);
      shapes.push(f.shape[j]!);
    }
  }
  if (input.overlay) {
    Object.assign(positions, input.overlay.positions);
    parserFindings.push(...input.overlay.findings);
  }
  // The one assembler (core/deck.ts), as run and the guide use it; then the flow and content rules.
  const assembly = assembleDeck(allDocs, input.overlay?.docs, { shapes });
  const findings = [...parserFindings, ...assembly.findings];
  const { deck, meta } = assembly;
  if (meta)
    findings.push(
      ...checkFlow(deck, {
        strictLocal: input.strict,
        ...(input.overlay ? { overlay: input.overlay.file.replace(/^@local:/, '') } : {}),
      }),
    );

  const ctx = {
    languages: (meta?.languages ?? ['nb']) as Lang[],
    today: input.today,
    reviewMaxAgeMonths: input.config.reviewMaxAgeMonths,
    repealed: input.config.repealed,
  };
  const key = createHash('sha1').update(JSON.stringify(ctx)).digest('hex');
  for (const f of input.files) {
    if (!f.content || f.content.key !== key || f.content.f.length !== f.docs.length) {
      const walk = f.text === undefined || stringsNeedWalk(f.text, ctx);
      f.content = { key, f: f.docs.map(({ raw, file }) => checkContent(file, raw, ctx, walk)) };
    }
    for (const list of f.content.f) for (const x of list) findings.push(x);
  }
  if (input.overlay?.docs[0]) findings.push(...checkContent(input.overlay.file, input.overlay.docs[0].raw, ctx));

  return { findings: applyLevels(findings, input.config), positions, deck, usable: Boolean(meta) };
}

/** Severity from the config; `off` drops the finding. --strict's local errors stay errors. */
export function applyLevels(findings: readonly Finding[], config: CheckConfig): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const level = config.levels[f.rule as RuleId];
    if (level === 'off') continue;
    const severity: Severity =
      level === undefined ? f.severity : f.rule === 'local-missing' && f.severity === 'error' ? 'error' : level;
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
