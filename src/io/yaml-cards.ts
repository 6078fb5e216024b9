// Reading card files: YAML documents with a position for every field, and YAML syntax errors as
// diagnostics with the parser's own line and column. This is the only module that reads cards
// with `yaml`, and it is loaded only when a deck must be read from YAML (not for the bundled deck).
// Where no positions are wanted, yaml-fast.ts reads first, and `yaml` is not even loaded; where
// they are wanted for a file js-yaml read, yaml-positions.ts takes them from js-yaml's events
// (files.ts ensurePositions), and `yaml` is asked only when those could differ.

import { createRequire } from 'node:module';
import type { LineCounter, Node } from 'yaml';
import { readFast } from './yaml-fast.js';
import type { RawDoc } from '../core/deck.js';
import { phrase, texts, type Finding, type Phrase } from '../core/checks/finding.js';
import { positionKey } from '../core/checks/locate.js';
import type { PositionTable, Position } from '../core/types.js';
import { VENDOR_YAML } from './paths.js';

export interface ParsedFile {
  docs: RawDoc[];
  findings: Finding[];
}

/**
 * Parse one card file (it may hold several documents separated by ---). Without a position table
 * js-yaml reads it when it can (yaml-fast.ts); otherwise `yaml` does, and only the YAML errors'
 * positions are recorded (into `errorPositions` when given). Only files with findings need every
 * field's position, and callers read those again for it (files.ts ensurePositions: js-yaml's
 * events, yaml-positions.ts, or this function with a table).
 */
export function parseCardFile(
  file: string,
  source: string,
  positions: PositionTable | undefined,
  errorPositions?: PositionTable,
): ParsedFile {
  if (!positions) {
    const fast = readFast(source, { ...LIMITS, within: withinLimits });
    if (fast) return { docs: fast.map((raw) => ({ file, raw })), findings: [] };
  }
  try {
    return parseWithPositions(file, source, positions, errorPositions);
  } catch (err) {
    // yaml's own guard against alias bombs (maxAliasCount), or a stack overflow on absurd nesting.
    if (!(err instanceof RangeError || err instanceof ReferenceError)) throw err;
    return { docs: [], findings: [limitFinding(file, positions, errorPositions)] };
  }
}

/** How far a card document may go: far beyond any real card, far below what hurts. */
export const LIMITS = { depth: 64, nodes: 200_000 };

/**
 * False when a parsed document nests deeper than LIMITS.depth or, with its aliases expanded,
 * holds more than LIMITS.nodes values (a "billion laughs" file is small but expands without end;
 * every check that walks the cards would pay for it).
 */
export function withinLimits(value: unknown): boolean {
  let budget = LIMITS.nodes;
  // Plain loops: this runs over every value of every card on a cold `validate`.
  const walk = (v: unknown, depth: number): boolean => {
    if (--budget < 0 || depth > LIMITS.depth) return false;
    if (v === null || typeof v !== 'object') return true;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (!walk(v[i], depth + 1)) return false;
      return true;
    }
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!walk(o[k], depth + 1)) return false;
    return true;
  };
  return walk(value, 0);
}

function limitFinding(
  file: string,
  positions: PositionTable | undefined,
  errorPositions: PositionTable | undefined,
  at = { line: 1, col: 1 },
): Finding {
  const key = positionKey(file, `@yaml${at.line}:${at.col}`);
  const errAt = { '': at };
  if (positions) positions[key] = errAt;
  if (errorPositions) errorPositions[key] = errAt;
  return {
    rule: 'yaml',
    severity: 'error',
    file,
    card: `@yaml${at.line}:${at.col}`,
    ...texts(phrase('yamlTooDeep', LIMITS.depth, LIMITS.nodes), phrase('yamlTooDeepHint')),
  };
}

function parseWithPositions(
  file: string,
  source: string,
  positions: PositionTable | undefined,
  errorPositions?: PositionTable,
): ParsedFile {
  const { LineCounter, parseAllDocuments } = yaml();
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const findings: Finding[] = [];
  const docs: RawDoc[] = [];
  const list = Array.isArray(documents) ? documents : [];
  if (!Array.isArray(documents)) {
    // An empty stream: yaml returns an EmptyStream object.
    return { docs, findings };
  }
  for (const doc of list) {
    if (doc.errors.length > 0) {
      for (const err of doc.errors) {
        const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
        const key = positionKey(file, `@yaml${pos.line}:${pos.col}`);
        const errAt = { '': { line: pos.line, col: pos.col } };
        if (positions) positions[key] = errAt;
        if (errorPositions) errorPositions[key] = errAt;
        findings.push({
          rule: 'yaml',
          severity: 'error',
          file,
          card: `@yaml${pos.line}:${pos.col}`,
          // The parser's own words stay as it says them; ours around them are worded when printed.
          ...texts(phrase('yamlSyntax', firstLine(err.message)), yamlHint(err.code)),
        });
      }
      continue;
    }
    if (doc.contents === null) continue; // an empty document (e.g. a trailing ---)
    const start = doc.contents?.range ? lineCounter.linePos(doc.contents.range[0]) : { line: 1, col: 1 };
    let raw: unknown;
    try {
      raw = doc.toJS({ maxAliasCount: 100 }) as unknown;
    } catch (err) {
      if (!(err instanceof RangeError || err instanceof ReferenceError)) throw err;
      findings.push(limitFinding(file, positions, errorPositions, start));
      continue;
    }
    if (!withinLimits(raw)) {
      findings.push(limitFinding(file, positions, errorPositions, start));
      continue;
    }
    const id =
      raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
        ? (raw as { id: string }).id
        : undefined;
    if (positions) {
      const at: Record<string, Position> = {};
      collectPositions(doc.contents as Node, '', at, lineCounter);
      positions[positionKey(file, id)] = at;
    }
    docs.push({ file, raw });
  }
  return { docs, findings };
}

/**
 * `yaml`, loaded on first use through require (it is CommonJS; no ESM loader detour). The build
 * bundles it into one file, dist/vendor/yaml.cjs (scripts/bundle.mjs): from its 80-odd modules
 * it loaded in about 16 ms, from one file in about 6 ms. Without a build, the package itself.
 */
let yamlLib: typeof import('yaml') | undefined;
export function yaml(): typeof import('yaml') {
  if (yamlLib) return yamlLib;
  const req = createRequire(import.meta.url);
  try {
    yamlLib = req(VENDOR_YAML) as typeof import('yaml');
  } catch {
    yamlLib = req('yaml') as typeof import('yaml');
  }
  return yamlLib;
}

function collectPositions(
  node: Node | null | undefined,
  path: string,
  at: Record<string, Position>,
  lc: LineCounter,
): void {
  if (!node) return;
  const { isMap, isSeq, isScalar } = yaml();
  if (node.range) at[path] = lc.linePos(node.range[0]);
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = path ? `${path}/${key}` : key;
      const value = pair.value as Node | null;
      if (isScalar(pair.key) && pair.key.range) at[`${child}@key`] = lc.linePos(pair.key.range[0]);
      // A field's position is its value's; a key with no value points at the key.
      if (value?.range) collectPositions(value, child, at, lc);
      else if (isScalar(pair.key) && pair.key.range) at[child] = lc.linePos(pair.key.range[0]);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => collectPositions(item as Node, path ? `${path}/${i}` : String(i), at, lc));
  }
}

function firstLine(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
}

function yamlHint(code: string): Phrase {
  switch (code) {
    case 'DUPLICATE_KEY':
      return phrase('yamlDuplicateKey');
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return phrase('yamlIndent');
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return phrase('yamlQuote');
    case 'TAB_AS_INDENT':
      return phrase('yamlTabs');
    default:
      return phrase('yamlOther');
  }
}
