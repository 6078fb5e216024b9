// Loading a deck for a command: the bundled deck from its compiled JSON (no YAML parsing on the
// way to the first question), or any folder of YAML cards, plus a municipality's overlay.
// Every problem is collected and reported at once, each with file:line:column.

import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { RawDoc } from '../core/deck.js';
import type { Finding } from '../core/checks/finding.js';
import type { Card, Deck, DeckMeta, Diagnostic, PositionTable } from '../core/types.js';

import { BUNDLED_DIR, COMPILED_FILE, POSITIONS_FILE, SOURCE_DIR } from '../paths.js';

/** The bundled national deck and its compiled form. */
export { BUNDLED_DIR, COMPILED_FILE, POSITIONS_FILE };
export const LOCAL_DEFAULT = 'tiltakskort.local.yaml';

/** Folders inside a deck that hold other things than cards. */
const NOT_CARDS = new Set(['scenarios', 'cases']);

export interface Loaded {
  deck?: Deck;
  diagnostics: Diagnostic[];
}

/**
 * What the build writes to dist/deck.json. Positions go to a file of their own (POSITIONS_FILE):
 * they are two thirds of the bytes and only needed when an overlay is laid on (for its diagnostics).
 */
export interface CompiledDeck {
  meta: DeckMeta;
  cards: Card[];
  /** Size and mtime of every card file, to notice cards edited after the build. */
  stamp: Record<string, [number, number]>;
}

/**
 * The YAML card files of a deck folder, relative '/'-separated paths in a stable order. Walked by
 * hand, skipping scenarios/, cases/ and dot-folders on the way: Node 20's recursive readdir took
 * about 5 ms on the bundled deck against 1 ms for this, and it runs on every start in a checkout.
 */
export function cardFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    for (const e of readdirSync(rel ? join(dir, rel) : dir, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!NOT_CARDS.has(e.name)) visit(path);
      } else if (/\.ya?ml$/.test(e.name)) {
        out.push(path);
      }
    }
  };
  visit('');
  return out.sort();
}

export function stampOf(dir: string, files: readonly string[]): Record<string, [number, number]> {
  const stamp: Record<string, [number, number]> = {};
  for (const f of files) {
    const st = statSync(join(dir, f));
    stamp[f] = [st.size, Math.floor(st.mtimeMs)];
  }
  return stamp;
}

export interface LoadOptions {
  /** A deck folder; the bundled deck when absent. */
  dir?: string;
  /** A local overlay file; `tiltakskort.local.yaml` in cwd is picked up when absent. */
  local?: string;
  cwd?: string;
}

/** Parse a deck folder from YAML. Also what the build uses to compile the bundled deck. */
export async function loadYamlDeck(dir: string, overlayFile?: string): Promise<Loaded & { docs: RawDoc[]; positions: PositionTable; files: string[] }> {
  const { parseCardFile } = await import('./yaml-cards.js');
  const positions: PositionTable = {};
  const findings: Finding[] = [];
  const docs: RawDoc[] = [];
  const files = cardFiles(dir);
  for (const file of files) {
    const parsed = parseCardFile(file, readFileSync(join(dir, file), 'utf8'), positions);
    docs.push(...parsed.docs);
    findings.push(...parsed.findings);
  }
  const overlay = overlayFile ? await readOverlay(overlayFile, positions, findings) : undefined;
  const { assemble, locate } = await checks();
  const assembled = assemble(docs, overlay);
  findings.push(...assembled.findings);
  const diagnostics = locate(findings, positions, assembled.deck);
  return { ...(assembled.deck && !findings.some((f) => f.severity === 'error') ? { deck: assembled.deck } : {}), diagnostics, docs, positions, files };
}

async function readOverlay(file: string, positions: PositionTable, findings: Finding[]): Promise<RawDoc | undefined> {
  const { parseCardFile } = await import('./yaml-cards.js');
  const parsed = parseCardFile(file, readFileSync(file, 'utf8'), positions);
  findings.push(...parsed.findings);
  if (parsed.docs.length > 1) findings.push({ rule: 'local', severity: 'error', file, message: 'A local overlay is a single YAML document.' });
  return parsed.docs[0];
}

/**
 * The checks are needed only when cards are read from YAML or an overlay is laid on: the
 * compiled bundled deck was checked at build time, so the way to the first question skips them.
 */
async function checks() {
  const [{ assemble }, { locate }] = await Promise.all([import('../core/deck.js'), import('../core/checks/locate.js')]);
  return { assemble, locate };
}

/** Load what a command needs: the compiled bundled deck when possible, YAML otherwise. */
export async function loadDeck(opts: LoadOptions = {}): Promise<Loaded> {
  const cwd = opts.cwd ?? process.cwd();
  const overlayFile = opts.local ? resolve(cwd, opts.local) : existsSync(join(cwd, LOCAL_DEFAULT)) ? join(cwd, LOCAL_DEFAULT) : undefined;
  if (opts.local && overlayFile && !existsSync(overlayFile)) {
    return { diagnostics: [{ file: opts.local, line: 1, col: 1, severity: 'error', rule: 'io', message: 'Local overlay file not found.', hint: 'Check the path given to --local.' }] };
  }
  const overlayRel = overlayFile ? relative(cwd, overlayFile) || overlayFile : undefined;

  if (opts.dir) {
    const dir = resolve(cwd, opts.dir);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      return { diagnostics: [{ file: opts.dir, line: 1, col: 1, severity: 'error', rule: 'io', message: 'Deck folder not found.', hint: 'Give the folder that holds deck.yaml and the card files.' }] };
    }
    return withOverlayName(await loadYamlDeck(dir, overlayFile), overlayFile, overlayRel);
  }

  const compiled = readCompiled();
  if (compiled && !overlayFile) return { deck: fromCompiled(compiled), diagnostics: [] };
  if (compiled && overlayFile) {
    // The national deck is already checked; only the overlay needs YAML.
    const docs: RawDoc[] = [{ file: compiled.meta.file ?? 'deck.yaml', raw: stripFile(compiled.meta) }, ...compiled.cards.map((c) => ({ file: c.file ?? '', raw: stripFile(c) }))];
    const positions = readPositions();
    const findings: Finding[] = [];
    const overlay = await readOverlay(overlayFile, positions, findings);
    const { assemble, locate } = await checks();
    const assembled = assemble(docs, overlay);
    findings.push(...assembled.findings);
    const diagnostics = locate(findings, positions, assembled.deck);
    return withOverlayName({ ...(assembled.deck && !findings.some((f) => f.severity === 'error') ? { deck: assembled.deck } : {}), diagnostics }, overlayFile, overlayRel);
  }
  return withOverlayName(await loadYamlDeck(BUNDLED_DIR, overlayFile), overlayFile, overlayRel);
}

/** The compiled bundled deck, or undefined when it is missing or older than the card files. */
export function readCompiled(): CompiledDeck | undefined {
  let compiled: CompiledDeck;
  try {
    compiled = JSON.parse(readFileSync(COMPILED_FILE, 'utf8')) as CompiledDeck;
  } catch {
    return undefined;
  }
  // Only a development checkout (with src/) can have cards edited after the build. An installed
  // package cannot be rebuilt, and npm resets file times, so it always trusts its compiled deck.
  if (!existsSync(SOURCE_DIR)) return compiled;
  try {
    const files = cardFiles(BUNDLED_DIR);
    const now = stampOf(BUNDLED_DIR, files);
    if (files.length !== Object.keys(compiled.stamp).length) return undefined;
    for (const f of files) {
      const [size, mtime] = compiled.stamp[f] ?? [];
      if (now[f]![0] !== size || now[f]![1] !== mtime) return undefined;
    }
  } catch {
    return undefined;
  }
  return compiled;
}

export function fromCompiled(c: CompiledDeck): Deck {
  return { meta: c.meta, cards: new Map(c.cards.map((card) => [card.id, card])), localIds: new Set() };
}

/** The bundled cards' positions, for diagnostics that point into them; none if missing. */
function readPositions(): PositionTable {
  try {
    return JSON.parse(readFileSync(POSITIONS_FILE, 'utf8')) as PositionTable;
  } catch {
    return {};
  }
}

function stripFile<T extends { file?: string }>(card: T): Omit<T, 'file'> {
  const { file: _file, ...rest } = card;
  return rest;
}

/** Diagnostics name the overlay as the user wrote it, not by its absolute path. */
function withOverlayName(loaded: Loaded, abs: string | undefined, rel: string | undefined): Loaded {
  if (!abs || !rel || abs === rel) return loaded;
  return { ...loaded, diagnostics: loaded.diagnostics.map((d) => (d.file === abs ? { ...d, file: rel } : d)) };
}
