// Loading a deck for a command: the bundled deck from its compiled JSON (no YAML parsing on the
// way to the first question), or any folder of YAML cards, plus a municipality's overlay.
// Every problem is collected and reported at once, each with file:line:column.

import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RawDoc } from '../core/deck.js';
import { phrase, texts, type Finding } from '../core/checks/finding.js';
import type { Card, Deck, DeckMeta, Diagnostic, PositionTable } from '../core/types.js';

import { BUNDLED_DIR, COMPILED_FILE, POSITIONS_FILE, SOURCE_DIR } from './paths.js';
import {
  InputFileError,
  kindOf,
  MAX_INPUT_BYTES,
  readInputFile,
  readListedFile,
  type InputProblem,
} from './read-file.js';

/** The bundled national deck and its compiled form. */
export { BUNDLED_DIR, COMPILED_FILE, POSITIONS_FILE };
export const LOCAL_DEFAULT = 'tiltakskort.local.yaml';

/** Folders inside a deck that hold other things than cards. */
const NOT_CARDS = new Set(['scenarios', 'cases']);

export interface Loaded {
  deck?: Deck;
  diagnostics: Diagnostic[];
  /**
   * The national cards come from the compiled bundled deck, whose text was cleaned at build time
   * (scripts/compile-deck.mjs): only the overlay's contacts still need the cleaner.
   */
  cleanedAtBuild?: boolean;
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
 * Only regular files (or symlinks to them) are card files; a FIFO, socket or device named *.yaml
 * is never opened (reading a FIFO would hang): it goes to `skipped`, for a diagnostic.
 */
export function cardFiles(dir: string, skipped?: { file: string; problem: InputProblem }[]): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    for (const e of readdirSync(rel ? join(dir, rel) : dir, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!NOT_CARDS.has(e.name)) visit(path);
      } else if (/\.ya?ml$/.test(e.name)) {
        if (e.isFile()) out.push(path);
        else {
          // A symlink counts as what it points at; anything else is not read.
          const kind = e.isSymbolicLink() ? kindOf(join(dir, path)) : 'special';
          if (kind === 'file') out.push(path);
          else skipped?.push({ file: path, problem: kind });
        }
      }
    }
  };
  visit('');
  return out.sort();
}

/** A card file that cannot be read, as a finding (rule io: always an error). */
export function ioFinding(file: string, problem: InputProblem | InputFileError): Finding {
  const p = typeof problem === 'string' ? problem : problem.problem;
  const size = typeof problem === 'string' ? undefined : problem.size;
  return {
    rule: 'io',
    severity: 'error',
    file,
    ...texts(
      phrase('ioProblem', p, String(size ?? '?'), String(MAX_INPUT_BYTES)),
      phrase(p === 'special' ? 'ioSpecialHint' : p === 'too-large' ? 'ioTooLargeHint' : 'ioReadHint'),
    ),
  };
}

/** Read a card file that cardFiles listed; a problem becomes a finding instead. */
export function readCardFile(dir: string, file: string): { text: string } | { finding: Finding } {
  try {
    return { text: readListedFile(join(dir, file)) };
  } catch (err) {
    if (err instanceof InputFileError) return { finding: ioFinding(file, err) };
    throw err;
  }
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
  /**
   * false: every overlay problem is an error (as in `validate`). Default true (the guide, `run`):
   * a broken overlay entry, or an overlay that cannot be read at all, is left out with a warning;
   * the national deck and its numbers always show.
   */
  lenient?: boolean;
}

/** Diagnostics name the overlay with this prefix; cli/load.ts shows it as the user named it. */
export const OVERLAY_PREFIX = '@local:';

interface OverlayInput {
  /** The path to read. */
  path: string;
  /** The name in findings (OVERLAY_PREFIX + the name the user knows). */
  name: string;
  /** Given with --local (a problem reading it is a usage error), or found in the working directory. */
  explicit: boolean;
}

/** Parse a deck folder from YAML. Also what the build uses to compile the bundled deck. */
export async function loadYamlDeck(
  dir: string,
  overlayFile?: string | OverlayInput,
  lenient = false,
): Promise<Loaded & { docs: RawDoc[]; positions: PositionTable; files: string[] }> {
  const { parseCardFile } = await import('./yaml-cards.js');
  const positions: PositionTable = {};
  const findings: Finding[] = [];
  const docs: RawDoc[] = [];
  const skipped: { file: string; problem: InputProblem }[] = [];
  const files = cardFiles(dir, skipped);
  for (const s of skipped) findings.push(ioFinding(s.file, s.problem));
  for (const file of files) {
    const read = readCardFile(dir, file);
    if ('finding' in read) {
      findings.push(read.finding);
      continue;
    }
    const parsed = parseCardFile(file, read.text, positions);
    docs.push(...parsed.docs);
    findings.push(...parsed.findings);
  }
  const overlay = overlayFile
    ? await readOverlay(
        typeof overlayFile === 'string' ? { path: overlayFile, name: overlayFile, explicit: true } : overlayFile,
        positions,
        findings,
        lenient,
      )
    : undefined;
  const { assemble, locate } = await checks();
  const assembled = assemble(docs, overlay, { lenientOverlay: lenient });
  findings.push(...assembled.findings);
  const diagnostics = locate(findings, positions, assembled.deck);
  return {
    ...(assembled.deck && !findings.some((f) => f.severity === 'error') ? { deck: assembled.deck } : {}),
    diagnostics,
    docs,
    positions,
    files,
  };
}

/**
 * The overlay's documents. A file that cannot be read or parsed is an error for `validate`; at run
 * time its findings become warnings and the overlay is left out (undefined), so the guide still
 * starts with every national number. Only a file named with --local that is not a readable regular
 * file stays an error there (exit 2): the user asked for that file.
 */
async function readOverlay(
  o: OverlayInput,
  positions: PositionTable,
  findings: Finding[],
  lenient: boolean,
): Promise<RawDoc[] | undefined> {
  const skipped = { what: 'overlay', why: 'unreadable' } as const;
  let text: string;
  try {
    text = readInputFile(o.path);
  } catch (err) {
    if (!(err instanceof InputFileError)) throw err;
    const base = ioFinding(o.name, err);
    // The same problem, with a hint about the overlay.
    const hint = o.explicit ? phrase('localPathHint') : phrase('localDefaultHint', LOCAL_DEFAULT);
    const f: Finding = { ...base, ...texts(base.said ?? base.message, hint) };
    findings.push(lenient && !o.explicit ? { ...f, severity: 'warning', skipped } : f);
    return undefined;
  }
  const { parseCardFile } = await import('./yaml-cards.js');
  const parsed = parseCardFile(o.name, text, positions);
  if (lenient && parsed.findings.some((f) => f.severity === 'error')) {
    findings.push(...parsed.findings.map((f) => ({ ...f, severity: 'warning' as const, skipped })));
    return undefined;
  }
  findings.push(...parsed.findings);
  return parsed.docs;
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
  const lenient = opts.lenient ?? true;
  const overlay: OverlayInput | undefined = opts.local
    ? { path: resolve(cwd, opts.local), name: OVERLAY_PREFIX + opts.local, explicit: true }
    : existsSync(join(cwd, LOCAL_DEFAULT))
      ? { path: join(cwd, LOCAL_DEFAULT), name: OVERLAY_PREFIX + LOCAL_DEFAULT, explicit: false }
      : undefined;
  if (opts.local && overlay && !existsSync(overlay.path)) {
    return {
      diagnostics: [
        {
          file: overlay.name,
          line: 1,
          col: 1,
          severity: 'error',
          rule: 'io',
          ...texts(phrase('localNotFound'), phrase('localNotFoundHint')),
        },
      ],
    };
  }

  if (opts.dir) {
    const dir = resolve(cwd, opts.dir);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      return {
        diagnostics: [
          {
            file: opts.dir,
            line: 1,
            col: 1,
            severity: 'error',
            rule: 'io',
            ...texts(phrase('deckNotFound'), phrase('deckNotFoundHint')),
          },
        ],
      };
    }
    return loadYamlDeck(dir, overlay, lenient);
  }

  const compiled = readCompiled();
  if (compiled && !overlay) return { deck: fromCompiled(compiled), diagnostics: [], cleanedAtBuild: true };
  if (compiled && overlay) {
    // The national deck is already checked; only the overlay needs YAML.
    const docs: RawDoc[] = [
      { file: compiled.meta.file ?? 'deck.yaml', raw: stripFile(compiled.meta) },
      ...compiled.cards.map((c) => ({ file: c.file ?? '', raw: stripFile(c) })),
    ];
    const positions: PositionTable = {};
    const findings: Finding[] = [];
    const overlayDocs = await readOverlay(overlay, positions, findings, lenient);
    const { assemble, locate } = await checks();
    const assembled = assemble(docs, overlayDocs, { lenientOverlay: lenient });
    findings.push(...assembled.findings);
    // The bundled cards' positions (1.1 MB of JSON, ~30 ms to parse) are read only when there is a
    // finding to place: a complete overlay gives none, and every run with one used to pay for them.
    const table = findings.length > 0 ? { ...readPositions(), ...positions } : positions;
    const diagnostics = locate(findings, table, assembled.deck);
    return {
      ...(assembled.deck && !findings.some((f) => f.severity === 'error') ? { deck: assembled.deck } : {}),
      diagnostics,
      cleanedAtBuild: true,
    };
  }
  return loadYamlDeck(BUNDLED_DIR, overlay, lenient);
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
