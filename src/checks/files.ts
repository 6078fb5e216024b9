// Reading a deck folder for `validate` and `test`: every card file parsed with positions, through
// a content-hash cache. yaml@2 parses about 1 MB/s, so a large deck re-parses only the files that
// changed. A cache entry is keyed by the file's path and the SHA-1 of its bytes, and the whole
// cache by the tool version, the yaml version and the parser module itself: a stale entry can
// never change a result, it is simply not used. A broken or unwritable cache is ignored.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { cardFiles } from '../io/load-deck.js';
import type { ParsedFile } from './validate.js';

export interface ReadOptions {
  /** A cache folder, or false for none. */
  cacheDir: string | false;
  /** Parse cold files on worker threads when there are at least this many (0: never). */
  workerThreshold?: number;
}

/** Where the cache lives: TILTAKSKORT_CACHE_DIR, node_modules/.cache in cwd, XDG_CACHE_HOME, ~/.cache. */
export function defaultCacheDir(env: NodeJS.ProcessEnv, cwd: string): string | false {
  if (env.TILTAKSKORT_CACHE_DIR !== undefined) return env.TILTAKSKORT_CACHE_DIR === '' ? false : resolve(cwd, env.TILTAKSKORT_CACHE_DIR);
  if (existsSync(join(cwd, 'node_modules'))) return join(cwd, 'node_modules', '.cache', 'tiltakskort');
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'tiltakskort');
  try {
    return join(homedir(), '.cache', 'tiltakskort');
  } catch {
    return false;
  }
}

let cacheKey: string | undefined;
/** Changes whenever the parser or its output could change. */
function cacheVersion(): string {
  if (cacheKey) return cacheKey;
  const h = createHash('sha1');
  const req = createRequire(import.meta.url);
  for (const f of ['../../package.json', '../io/yaml-cards.js']) {
    try {
      h.update(readFileSync(new URL(f, import.meta.url)));
    } catch {
      h.update(f);
    }
  }
  try {
    h.update(readFileSync(req.resolve('yaml/package.json')));
  } catch {
    h.update('yaml?');
  }
  h.update('format 1');
  return (cacheKey = h.digest('hex'));
}

interface CacheFile {
  version: string;
  entries: Record<string, { hash: string; parsed: Omit<ParsedFile, 'file'> }>;
}

export interface Source {
  file: string;
  text: string;
}

export function hashOf(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Parse card files, using and refreshing the cache. */
export async function parseSources(key: string, sources: readonly Source[], opts: ReadOptions): Promise<ParsedFile[]> {
  const cachePath = opts.cacheDir ? join(opts.cacheDir, `${hashOf(resolve(key)).slice(0, 16)}.json`) : undefined;
  const version = opts.cacheDir ? cacheVersion() : '';
  let cache: CacheFile | undefined;
  if (cachePath) {
    try {
      const c = JSON.parse(readFileSync(cachePath, 'utf8')) as CacheFile;
      if (c.version === version && c.entries && typeof c.entries === 'object') cache = c;
    } catch {
      cache = undefined;
    }
  }
  const hashes = cachePath ? sources.map((s) => hashOf(s.text)) : [];
  const out: (ParsedFile | undefined)[] = sources.map((s, i) => {
    const hit = cache?.entries[s.file];
    return hit && hit.hash === hashes[i] ? { file: s.file, ...hit.parsed } : undefined;
  });
  const missing = sources.map((s, i) => (out[i] ? -1 : i)).filter((i) => i >= 0);
  if (missing.length > 0) {
    const todo = missing.map((i) => sources[i]!);
    const parsed = opts.workerThreshold && todo.length >= opts.workerThreshold ? await parseOnWorkers(todo) : await parseHere(todo);
    missing.forEach((i, k) => (out[i] = parsed[k]!));
  }
  if (cachePath && (missing.length > 0 || !cache || Object.keys(cache.entries).length !== sources.length)) {
    const entries: CacheFile['entries'] = {};
    sources.forEach((s, i) => {
      const { file: _file, ...parsed } = out[i]!;
      entries[s.file] = { hash: hashes[i]!, parsed };
    });
    try {
      mkdirSync(opts.cacheDir as string, { recursive: true });
      const tmp = `${cachePath}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ version, entries } satisfies CacheFile));
      renameSync(tmp, cachePath);
    } catch {
      // A read-only or full disk: run without a cache.
    }
  }
  return out as ParsedFile[];
}

export async function parseHere(sources: readonly Source[]): Promise<ParsedFile[]> {
  const { parseCardFile } = await import('../io/yaml-cards.js');
  return sources.map(({ file, text }) => {
    const positions = {};
    const { docs, findings } = parseCardFile(file, text, positions);
    return { file, docs, positions, findings };
  });
}

/** Split the work over the machine's cores (the main thread takes a share too). */
async function parseOnWorkers(sources: readonly Source[]): Promise<ParsedFile[]> {
  const { Worker } = await import('node:worker_threads');
  const { availableParallelism } = await import('node:os');
  const n = Math.max(1, Math.min(availableParallelism(), 8));
  if (n === 1) return parseHere(sources);
  const size = Math.ceil(sources.length / n);
  const chunks = Array.from({ length: n }, (_, i) => sources.slice(i * size, (i + 1) * size));
  const workerUrl = new URL('./parse-worker.js', import.meta.url);
  const [mine, ...theirs] = chunks;
  const others = theirs.map((chunk) => new Promise<ParsedFile[]>((res, rej) => {
    const w = new Worker(workerUrl, { workerData: chunk });
    w.once('message', (m: ParsedFile[]) => {
      res(m);
      void w.terminate();
    });
    w.once('error', rej);
  }));
  const local = await parseHere(mine!);
  return [local, ...(await Promise.all(others))].flat();
}

/** Read every card file of a deck folder (relative paths, stable order). */
export function readDeckDir(dir: string): Source[] {
  return cardFiles(dir).map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}
