// What `validate` and `test` share at the edge: finding the deck folder, the overlay and the
// config, reading files, and naming them the way the user wrote them.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { BUNDLED_DIR, LOCAL_DEFAULT } from '../io/load-deck.js';
import { PACKAGE_JSON } from '../io/paths.js';
import { yaml } from '../io/yaml-cards.js';
import type { Deck, Diagnostic, PositionTable } from '../core/types.js';
import { CliError, UsageError } from '../core/errors.js';
import { today as todayOf, useColor, type CliIO } from '../io/cli-io.js';
import { applyConfig, CONFIG_DEFAULT, ConfigError, defaultConfig, type CheckConfig } from './config.js';
import { defaultCacheDir, ensurePositions, parseDeckDir, parseHere, type Source } from './files.js';
import { findingFile, locate } from '../core/checks/locate.js';
import type { Finding } from '../core/checks/finding.js';
import type { ParsedFile } from './validate.js';
import type { Format, FormatContext } from './format/types.js';
import { formatters } from './format/index.js';
import { clean, quote } from '../core/clean.js';
import { InputFileError, inputText, readInputFile } from '../io/read-file.js';
import { cleanDiagnostic, wordDiagnostic } from '../core/diagnostics.js';
import { words } from '../core/words/index.js';
import type { Lang } from '../core/types.js';

/** Internal name prefix for the overlay, so it can never clash with a deck file's name. */
const OVERLAY = '@local:';

export interface Session {
  io: CliIO;
  dir: string;
  /** How deck files are shown: relative to the folder as given, or cards/ for the bundled deck. */
  base: string;
  today: string;
  cacheDir: string | false;
  /** The run's language: findings are worded in it when they are printed (emit). */
  lang: Lang;
}

export function openSession(
  io: CliIO,
  dirArg: string | undefined,
  cache: boolean | undefined,
  lang: Lang = 'nb',
): Session {
  const dir = dirArg ? resolve(io.cwd, dirArg) : BUNDLED_DIR;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(
      (w) => w.usage.deckFolder(dirArg ?? dir),
      (w) => w.usage.deckFolderHint,
    );
  }
  return {
    io,
    dir,
    base: dirArg ?? (relative(io.cwd, BUNDLED_DIR) || '.'),
    today: todayOf(io),
    cacheDir: cache === false ? false : defaultCacheDir(io.env, io.cwd),
    lang,
  };
}

/** `what`: which folder, a key of core/words usage.folders. */
export function readSources(read: () => Source[], what: 'deck' | 'scenarios' | 'cases'): Source[] {
  try {
    return read();
  } catch (err) {
    throw unreadable(err as NodeJS.ErrnoException, what);
  }
}

function unreadable(e: NodeJS.ErrnoException, what: 'deck' | 'scenarios' | 'cases'): UsageError {
  const detail = `${e.code ?? ''} ${e.path ?? e.message}`.replace(/\s+/g, ' ').trim();
  return new UsageError(
    (w) => w.usage.cannotRead(w.usage.folders[what] ?? what, detail),
    (w) => w.usage.readableHint,
  );
}

export async function parseDeck(s: Session): Promise<ParsedFile[]> {
  return readSources2(
    () => parseDeckDir(s.dir, { cacheDir: s.cacheDir, workerThreshold: workerThreshold(s.io.env) }),
    'deck',
  );
}

async function readSources2<T>(read: () => Promise<T>, what: 'deck' | 'scenarios' | 'cases'): Promise<T> {
  try {
    return await read();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === undefined && !e.path) throw err;
    throw unreadable(e, what);
  }
}

/** Locate findings, first parsing for positions the deck files they point into. */
export async function locateAll(
  s: Session,
  files: readonly ParsedFile[],
  findings: readonly Finding[],
  positions: PositionTable,
  deck: Deck | undefined,
): Promise<Diagnostic[]> {
  const needed = new Set<string>();
  for (const f of findings) needed.add(findingFile(f, deck));
  await readSources2(() => ensurePositions(s.dir, files, needed, positions), 'deck');
  return locate(findings, positions, deck);
}

/**
 * Cold parses of this many files or more go to worker threads. Measured on 2 cores
 * (bench/validate.mjs and interleaved A/B runs, 2026-11-27): since js-yaml reads cold files and
 * decides their limits from its event stream, two threads no longer pay at any size: 10,000
 * files took ~400 ms longer with workers (each worker loads tsc's ESM modules and js-yaml cold,
 * and the parsed cards are copied back), 50,000 the same time with 30 % more CPU and 40 MiB more
 * memory; the national deck (~100 files) ~200 ms longer. So on 2 cores never; with more cores
 * (not measured since) from 4,000 files as before. TILTAKSKORT_PARSE_WORKERS=N sets N (0: never).
 */
function workerThreshold(env: NodeJS.ProcessEnv): number {
  const v = env.TILTAKSKORT_PARSE_WORKERS;
  if (v !== undefined && /^\d+$/.test(v)) return Number(v);
  return availableParallelism() > 2 ? 4000 : 0;
}

/** The overlay: --local FILE, else ./tiltakskort.local.yaml when present. */
export async function parseOverlay(s: Session, local: string | undefined): Promise<ParsedFile | undefined> {
  const path = local ? resolve(s.io.cwd, local) : join(s.io.cwd, LOCAL_DEFAULT);
  if (!existsSync(path)) {
    if (local)
      throw new UsageError(
        (w) => w.usage.localNotFound(local),
        (w) => w.usage.checkLocal,
      );
    return undefined;
  }
  const shown = local ?? LOCAL_DEFAULT;
  let text: string;
  try {
    text = readInputFile(path);
  } catch (err) {
    if (!(err instanceof InputFileError)) throw err;
    const { problem, size } = err;
    throw new UsageError(
      (w) => w.usage.localUnreadable(quote(shown), inputText(problem, size, w)),
      (w) => (local ? w.usage.checkLocalYaml : w.usage.fixLocal(LOCAL_DEFAULT)),
    );
  }
  return (await parseHere([{ file: OVERLAY + shown, text }]))[0];
}

function readConfigText(path: string, shownName: string): string {
  try {
    return readInputFile(path);
  } catch (err) {
    if (err instanceof InputFileError) {
      const { problem, size } = err;
      throw new UsageError(
        (w) => w.usage.configUnreadable(quote(shownName), inputText(problem, size, w)),
        (w) => w.usage.checkConfig,
      );
    }
    throw err;
  }
}

export async function loadConfig(s: Session, file: string | undefined): Promise<CheckConfig> {
  const path = file ? resolve(s.io.cwd, file) : join(s.io.cwd, CONFIG_DEFAULT);
  if (!existsSync(path)) {
    if (file)
      throw new UsageError(
        (w) => w.usage.configNotFound(file),
        (w) => w.usage.checkConfig,
      );
    return defaultConfig();
  }
  const shownName = file ?? CONFIG_DEFAULT;
  const { parse } = yaml();
  let raw: unknown;
  try {
    raw = parse(readConfigText(path, shownName), { prettyErrors: false, uniqueKeys: true, maxAliasCount: 100 });
  } catch (err) {
    if (CliError.is(err)) throw err;
    const e = err as Error & { linePos?: { line: number; col: number }[] };
    const at = e.linePos?.[0] ? `:${e.linePos[0].line}:${e.linePos[0].col}` : '';
    const reason = e.message.split('\n')[0] ?? '';
    throw new UsageError(
      (w) => w.usage.configUnreadable(`${shownName}${at}`, reason),
      (w) => w.usage.configYaml,
    );
  }
  try {
    return applyConfig(raw);
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError((w) => `${shownName}: ${err.said(w)}`, err.saidHint);
    throw err;
  }
}

/** Deck files shown relative to the folder as given; the overlay as the user named it. */
export function shown(s: Session, file: string): string {
  return file.startsWith(OVERLAY) ? file.slice(OVERLAY.length) : join(s.base, file);
}

export function display(s: Session, ds: readonly Diagnostic[]): Diagnostic[] {
  return ds.map((d) => ({ ...d, file: shown(s, d.file) }));
}

export function version(): string {
  try {
    return (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/**
 * Write the report. Every diagnostic, file name and scenario text passes the one cleaner first,
 * whatever the format (text, JSON, JUnit, GitHub annotations): control characters from the input
 * appear as \uXXXX, never raw.
 */
export async function emit(
  s: Session,
  format: Format,
  diagnostics: readonly Diagnostic[],
  ctx: Omit<FormatContext, 'color' | 'tool' | 'words'>,
): Promise<void> {
  const formatter = await formatters[format]();
  const w = words(s.lang);
  const v = (x: string) => clean(x, 'visible');
  const safe: Omit<FormatContext, 'color' | 'tool' | 'words'> = {
    ...ctx,
    files: ctx.files.map(v),
    ...(ctx.scenarios
      ? {
          scenarios: ctx.scenarios.map((r) => ({
            ...r,
            id: v(r.id),
            file: v(r.file),
            ...(r.title !== undefined ? { title: v(r.title) } : {}),
            problems: r.problems.map((p) => p.split('\n').map(v).join('\n')),
          })),
        }
      : {}),
    ...(ctx.coverage ? { coverage: { ...ctx.coverage, missing: ctx.coverage.missing.map(v) } } : {}),
  };
  s.io.stdout.write(
    formatter(
      diagnostics.map((d) => cleanDiagnostic(wordDiagnostic(d, w))),
      {
        ...safe,
        words: w,
        color: format === 'text' && useColor(s.io, 'stdout'),
        tool: { name: 'tiltakskort', version: version() },
      },
    ),
  );
}
