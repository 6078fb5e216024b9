// Reading a deck folder for `validate` and `test`: every card file parsed (js-yaml first, see
// io/yaml-cards.ts; positions only for the files findings point into), through a content-hash
// cache, so a large deck re-parses only the files that changed. A cache entry is keyed by the
// file's path and the SHA-1 of its bytes, and the whole cache by the tool version, the yaml and
// js-yaml versions and the parser modules themselves: a stale entry can never change a result,
// it is simply not used. A broken or unwritable cache is ignored.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardFiles, ioFinding, readCardFile } from '../io/load-deck.js';
import { readInputFile, type InputProblem } from '../io/read-file.js';
import { PACKAGE_JSON } from '../io/paths.js';
import type { ParsedFile } from './validate.js';
import type { Finding } from '../core/checks/finding.js';
import type { PositionTable } from '../core/types.js';

export interface ReadOptions {
  /** A cache folder, or false for none. */
  cacheDir: string | false;
  /** Parse cold files on worker threads when there are at least this many (0: never). */
  workerThreshold?: number;
}

/** Where the cache lives: TILTAKSKORT_CACHE_DIR, node_modules/.cache in cwd, XDG_CACHE_HOME, ~/.cache. */
export function defaultCacheDir(env: NodeJS.ProcessEnv, cwd: string): string | false {
  if (env.TILTAKSKORT_CACHE_DIR !== undefined)
    return env.TILTAKSKORT_CACHE_DIR === '' ? false : resolve(cwd, env.TILTAKSKORT_CACHE_DIR);
  if (existsSync(join(cwd, 'node_modules'))) return join(cwd, 'node_modules', '.cache', 'tiltakskort');
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'tiltakskort');
  try {
    return join(homedir(), '.cache', 'tiltakskort');
  } catch {
    return false;
  }
}

let cacheKey: string | undefined;
/**
 * The cached entries' format. 2: findings hold their sentence as a phrase (key and values, worded
 * when printed, in either language), not as finished English text.
 */
const FORMAT = 2;
/** Changes whenever the parser or its output could change. */
function cacheVersion(): string {
  if (cacheKey) return cacheKey;
  const h = createHash('sha1');
  h.update(`format ${FORMAT}\n`);
  const req = createRequire(import.meta.url);
  // This module's own file: in the bundle (dist/tiltakskort.cjs) that holds every check below.
  for (const f of [PACKAGE_JSON, fileURLToPath(import.meta.url)]) {
    try {
      h.update(readFileSync(f));
    } catch {
      h.update(f);
    }
  }
  // The checks' own files, where they are separate modules (tsc's dist/, not the bundle).
  for (const f of [
    '../io/yaml-cards.js',
    '../io/yaml-fast.js',
    '../io/yaml-positions.js',
    '../core/checks/shape.js',
    '../core/checks/finding.js',
    './content.js',
    './repealed.js',
    './rules.js',
  ]) {
    try {
      h.update(readFileSync(new URL(f, import.meta.url)));
    } catch {
      h.update(f);
    }
  }
  for (const lib of ['yaml', 'js-yaml']) {
    try {
      h.update(readFileSync(req.resolve(`${lib}/package.json`)));
    } catch {
      h.update(`${lib}?`);
    }
  }
  h.update('format 2');
  cacheKey = h.digest('hex');
  return cacheKey;
}

/**
 * One cache entry: the file's size, mtime and SHA-1, its documents (the raw values), the parser's
 * findings, and a position table only when one was collected and is small enough to be worth it
 * (a file with YAML errors, or `full` reads). `part` marks a table that holds only the YAML
 * errors' positions; such a file is re-parsed for positions when a finding points into it.
 */
interface Entry {
  s: number;
  m: number;
  h: string;
  d: unknown[];
  f: Finding[];
  p?: PositionTable;
  part?: 1;
  /** checkShape's and checkContent's findings per document (validate.ts). */
  sh?: Finding[][];
  ct?: { key: string; f: Finding[][] };
}

interface CacheFile {
  version: string;
  /** When the cache was written (ms); a file changed less than RACY ms before that is hashed. */
  at: number;
  entries: Record<string, Entry>;
}

/** Files modified this close to the cache's writing are checked by content, not by size and mtime. */
const RACY = 3000;

export interface Source {
  file: string;
  text: string;
}

export function hashOf(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function cachePathOf(key: string, opts: ReadOptions): string | undefined {
  return opts.cacheDir ? join(opts.cacheDir, `${hashOf(resolve(key)).slice(0, 16)}.json`) : undefined;
}

function readCache(cachePath: string | undefined): CacheFile | undefined {
  if (!cachePath) return undefined;
  try {
    const c = JSON.parse(readFileSync(cachePath, 'utf8')) as CacheFile;
    if (c.version === cacheVersion() && typeof c.at === 'number' && c.entries && typeof c.entries === 'object')
      return c;
  } catch {
    // No cache, or a broken one.
  }
  return undefined;
}

function writeCache(cachePath: string, dir: string, entries: Record<string, Entry>): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${cachePath}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ version: cacheVersion(), at: Date.now(), entries } satisfies CacheFile));
    renameSync(tmp, cachePath);
  } catch {
    // A read-only or full disk: run without a cache.
  }
}

function fromEntry(file: string, e: Entry): ParsedFile {
  const out: ParsedFile = { file, docs: e.d.map((raw) => ({ file, raw })), positions: e.p ?? {}, findings: e.f };
  if (e.part) out.partial = true;
  if (e.sh) out.shape = e.sh;
  if (e.ct) out.content = e.ct;
  return out;
}

function toEntry(p: ParsedFile, size: number, mtime: number, hash: string): Entry {
  const e: Entry = { s: size, m: mtime, h: hash, d: p.docs.map((d) => d.raw), f: p.findings };
  let hasPositions = false;
  for (const _ in p.positions) {
    hasPositions = true;
    break;
  }
  if (hasPositions) e.p = p.positions;
  if (p.partial) e.part = 1;
  if (p.shape) e.sh = p.shape;
  if (p.content) e.ct = p.content;
  return e;
}

async function parseMissing(todo: readonly Source[], opts: ReadOptions, withPositions: boolean): Promise<ParsedFile[]> {
  return opts.workerThreshold && todo.length >= opts.workerThreshold
    ? parseOnWorkers(todo, withPositions)
    : parseHere(todo, withPositions);
}

/**
 * Parse card files given as text, using and refreshing the cache. As in parseDeckDir, positions
 * are collected only for YAML errors; `ensurePositions` fills them in for the files findings point
 * into (a failing scenario), mostly from js-yaml's events, so a clean deck never loads `yaml`.
 */
export async function parseSources(key: string, sources: readonly Source[], opts: ReadOptions): Promise<ParsedFile[]> {
  const cachePath = cachePathOf(key, opts);
  const cache = readCache(cachePath);
  const hashes = cachePath ? sources.map((s) => hashOf(s.text)) : [];
  const out: (ParsedFile | undefined)[] = sources.map((s, i) => {
    const hit = cache?.entries[s.file];
    return hit && hit.h === hashes[i] ? fromEntry(s.file, hit) : undefined;
  });
  const missing = sources.map((_s, i) => (out[i] ? -1 : i)).filter((i) => i >= 0);
  if (missing.length > 0) {
    const parsed = await parseMissing(
      missing.map((i) => sources[i]!),
      opts,
      false,
    );
    missing.forEach((i, k) => (out[i] = parsed[k]!));
  }
  if (cachePath && (missing.length > 0 || !cache || Object.keys(cache.entries).length !== sources.length)) {
    const entries: Record<string, Entry> = {};
    sources.forEach((s, i) => (entries[s.file] = toEntry(out[i]!, -1, -1, hashes[i]!)));
    writeCache(cachePath, opts.cacheDir as string, entries);
  }
  return out as ParsedFile[];
}

/**
 * Parse every card file of a deck folder through the cache. A file whose size and mtime match its
 * entry is not read at all; otherwise its bytes are hashed and compared. Positions are collected
 * only for YAML errors: `ensurePositions` fills them in for the files that findings point into.
 */
export async function parseDeckDir(dir: string, opts: ReadOptions): Promise<ParsedFile[]> {
  const skipped: { file: string; problem: InputProblem }[] = [];
  const files = cardFiles(dir, skipped);
  const cachePath = cachePathOf(dir, opts);
  const cache = readCache(cachePath);
  const n = files.length;
  const out: (ParsedFile | undefined)[] = new Array(n);
  const sizes: number[] = new Array(n);
  const mtimes: number[] = new Array(n);
  const hashes: string[] = new Array(n);
  const todo: Source[] = [];
  const todoAt: number[] = [];
  let fresh = 0;
  let unreadable = false;
  for (let i = 0; i < n; i++) {
    const file = files[i]!;
    const path = join(dir, file);
    const hit = cache?.entries[file];
    if (hit) {
      const st = statSync(path);
      sizes[i] = st.size;
      mtimes[i] = st.mtimeMs;
      if (st.isFile() && hit.s === st.size && hit.m === st.mtimeMs && st.mtimeMs < cache!.at - RACY) {
        out[i] = fromEntry(file, hit);
        hashes[i] = hit.h;
        continue;
      }
    }
    // Only a regular file within the size limit is opened (io/read-file.ts); anything else is a finding.
    const read = readCardFile(dir, file);
    if ('finding' in read) {
      out[i] = { file, docs: [], positions: {}, findings: [read.finding] };
      sizes[i] = -1;
      mtimes[i] = -1;
      hashes[i] = '';
      unreadable = true;
      continue;
    }
    const text = read.text;
    // Size and mtime are kept only in the cache.
    if (!hit && cachePath) {
      const st = statSync(path);
      sizes[i] = st.size;
      mtimes[i] = st.mtimeMs;
    }
    const h = cachePath ? hashOf(text) : '';
    hashes[i] = h;
    if (hit && hit.h === h) {
      out[i] = fromEntry(file, hit);
      fresh++;
      continue;
    }
    todo.push({ file, text });
    todoAt.push(i);
  }
  if (todo.length > 0) {
    const parsed = await parseMissing(todo, opts, false);
    todoAt.forEach((i, k) => (out[i] = parsed[k]!));
  }
  // Special files (a FIFO named x.yaml) are reported, never opened.
  for (const s of skipped)
    out.push({ file: s.file, docs: [], positions: {}, findings: [ioFinding(s.file, s.problem)] });
  let stale = todo.length > 0 || fresh > 0 || !cache || unreadable || skipped.length > 0;
  if (!stale && cache) {
    let count = 0;
    for (const _ in cache.entries) count++;
    stale = count !== n;
  }
  const result = out as ParsedFile[];
  if (cachePath) {
    pending.set(result, {
      write: () => {
        let dirty = stale;
        for (let i = 0; i < n && !dirty; i++) {
          const f = result[i]!;
          dirty = f.shape !== loaded[i]!.shape || f.content !== loaded[i]!.content || f.partial !== loaded[i]!.partial;
        }
        if (!dirty) return;
        const entries: Record<string, Entry> = {};
        for (let i = 0; i < n; i++)
          if (sizes[i]! >= 0) entries[files[i]!] = toEntry(result[i]!, sizes[i]!, mtimes[i]!, hashes[i]!);
        writeCache(cachePath, opts.cacheDir as string, entries);
      },
    });
    const loaded = result.map((f) => ({ shape: f.shape, content: f.content, partial: f.partial }));
  }
  return result;
}

const pending = new WeakMap<readonly ParsedFile[], { write: () => void }>();

/** Write the cache for files from parseDeckDir, with the check results validate.ts added, if anything changed. */
export function saveDeckCache(files: readonly ParsedFile[]): void {
  const p = pending.get(files);
  if (!p) return;
  pending.delete(files);
  p.write();
}

/**
 * Give the files in `needed` their full position tables (re-parsing those that only hold the
 * YAML errors' positions) and merge them into `into`.
 */
export async function ensurePositions(
  dir: string,
  files: readonly ParsedFile[],
  needed: ReadonlySet<string>,
  into: PositionTable,
): Promise<void> {
  const todo = files.filter((f) => f.partial && needed.has(f.file));
  if (todo.length === 0) return;
  const { parseCardFile, withinLimits } = await import('../io/yaml-cards.js');
  const { positionsFromEvents } = await import('../io/yaml-positions.js');
  for (const f of todo) {
    const read = readCardFile(dir, f.file);
    if ('finding' in read) continue;
    // js-yaml's events when they give `yaml`'s very table (a file without YAML errors, read the
    // fast way): the national deck's warnings then never load `yaml`. Otherwise `yaml` itself.
    let positions = isEmpty(f.positions) ? positionsFromEvents(f.file, read.text, withinLimits) : undefined;
    if (!positions) {
      positions = {};
      parseCardFile(f.file, read.text, positions);
    }
    f.positions = positions;
    delete f.partial;
    Object.assign(into, positions);
  }
}

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

export async function parseHere(sources: readonly Source[], withPositions = true): Promise<ParsedFile[]> {
  const { parseCardFile } = await import('../io/yaml-cards.js');
  return sources.map(({ file, text }) => {
    const positions: PositionTable = {};
    const { docs, findings } = withPositions
      ? parseCardFile(file, text, positions)
      : parseCardFile(file, text, undefined, positions);
    return withPositions
      ? { file, docs, positions, findings, text }
      : { file, docs, positions, findings, partial: true, text };
  });
}

/** Split the work over the machine's cores (the main thread takes a share too). */
async function parseOnWorkers(sources: readonly Source[], withPositions: boolean): Promise<ParsedFile[]> {
  // Through require, not import(): dist/checks.cjs runs from V8's code cache (io/code-cache.ts),
  // where Node 20 gives an import() no loader.
  const req = createRequire(import.meta.url);
  const { Worker } = req('node:worker_threads') as typeof import('node:worker_threads');
  const { availableParallelism } = req('node:os') as typeof import('node:os');
  const n = Math.max(1, Math.min(availableParallelism(), 8));
  if (n === 1) return parseHere(sources, withPositions);
  const size = Math.ceil(sources.length / n);
  const chunks = Array.from({ length: n }, (_, i) => sources.slice(i * size, (i + 1) * size));
  // From the bundle (dist/tiltakskort.cjs) the worker is tsc's dist/lint/parse-worker.js.
  const workerUrl = new URL(
    import.meta.url.endsWith('.cjs') ? './lint/parse-worker.js' : './parse-worker.js',
    import.meta.url,
  );
  const [mine, ...theirs] = chunks;
  const others = theirs.map(
    (chunk) =>
      new Promise<ParsedFile[]>((res, rej) => {
        const w = new Worker(workerUrl, { workerData: { sources: chunk, withPositions } });
        w.once('message', (m: ParsedFile[]) => {
          res(m);
          void w.terminate();
        });
        w.once('error', rej);
      }),
  );
  const local = await parseHere(mine!, withPositions);
  return [local, ...(await Promise.all(others))].flat();
}

/** Read every card file of a deck folder (relative paths, stable order). */
export function readDeckDir(dir: string): Source[] {
  return cardFiles(dir).map((file) => ({ file, text: readInputFile(join(dir, file)) }));
}
