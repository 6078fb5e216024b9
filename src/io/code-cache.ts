// V8's code cache for the code `validate` and `test` run: the checks bundle and js-yaml. On Node 20
// (no module.enableCompileCache) a cold `validate` of the national deck spent about 40 ms of CPU
// compiling them, parsing the source and then every function on its first call. The build
// (scripts/bundle.mjs) runs both commands once on the national deck and stores what V8 compiled,
// after the run, so the functions compiled lazily are in it too: dist/code-cache/<file>.bin, headed
// by the SHA-1 of the source it was made from. Here a file is compiled with that data when the
// hash matches; V8 itself rejects data from another V8 version or other flags, and then compiles as
// usual. A file loaded this way has no import() (Node 20 gives it no loader): the build checks
// that dist/checks.cjs holds none. Node 22+ keeps its own compile cache (bin/tiltakskort.cjs), so
// there this is a plain require, and so it is for tsc's unbundled dist/ and the tests (no cache
// files next to them).
// The main bundle itself is loaded the same way by bin/tiltakskort.cjs (load()), which cannot use
// this module (it is inside that bundle) and ties its cache to a build id instead of a SHA-1:
// requiring node:crypto costs every `run` about 3.5 ms on Node 20, the checks only once.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Script } from 'node:vm';

// node:vm and node:crypto are required when first used: the main bundle holds this module too
// (through yaml-fast.ts) and must not load them for `run`.
const builtin = createRequire(import.meta.url);
const sha1 = (text: string): string =>
  (builtin('node:crypto') as typeof import('node:crypto')).createHash('sha1').update(text).digest('hex');

const HERE = dirname(fileURLToPath(import.meta.url));
/** Where the build puts the data: dist/code-cache/, next to the bundle that holds this module. */
export const CODE_CACHE_DIR = join(HERE, 'code-cache');
/** Set by the build's run that makes the data: every file loaded here is written at exit. */
const WRITE = process.env.TILTAKSKORT_WRITE_CODE_CACHE === '1';
const HASH_LEN = 40;

const native = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function';
const made: { script: Script; source: string; out: string }[] = [];

/** A file next to the bundle that holds this module (`checks.cjs`, from dist/tiltakskort.cjs). */
export function requireBundled(name: string): unknown {
  return requireCached(join(HERE, name));
}

/**
 * `require(file)` (an absolute path to a CommonJS file), through the code cache when there is one
 * made from this very source.
 */
export function requireCached(path: string): unknown {
  const req = createRequire(path);
  // As Node's own loader names it (its real path), which also keeps it in traces of what is loaded.
  const file = req.resolve(path);
  const out = join(CODE_CACHE_DIR, `${basename(file)}.bin`);
  const cached = Module as unknown as { _cache: Record<string, { exports: unknown }> };
  if (native || cached._cache[file]) return req(file);
  let data: Buffer | undefined;
  if (!WRITE) {
    try {
      data = readFileSync(out);
    } catch {
      return req(file); // no cache: the ordinary way
    }
  }
  const source = readFileSync(file, 'utf8');
  if (data && data.toString('latin1', 0, HASH_LEN) !== sha1(source)) return req(file);
  const { Script } = builtin('node:vm') as typeof import('node:vm');
  const script = new Script((Module as unknown as { wrap: (s: string) => string }).wrap(source), {
    filename: file,
    ...(data ? { cachedData: data.subarray(HASH_LEN) } : {}),
  });
  if (WRITE) made.push({ script, source, out });
  // The module as Node's own loader would set it up, registered first (so a cycle finds it).
  const M = Module as unknown as new (
    id: string,
  ) => {
    id: string;
    filename: string;
    paths: string[];
    exports: unknown;
    loaded: boolean;
  };
  const mod = new M(file);
  mod.filename = file;
  mod.paths = (Module as unknown as { _nodeModulePaths: (d: string) => string[] })._nodeModulePaths(dirname(file));
  cached._cache[file] = mod;
  try {
    const fn = script.runInThisContext() as (...a: unknown[]) => void;
    fn.call(mod.exports, mod.exports, req, mod, file, dirname(file));
  } catch (err) {
    delete cached._cache[file];
    throw err;
  }
  mod.loaded = true;
  return mod.exports;
}

if (WRITE)
  process.on('exit', () => {
    // Set by the build only, which reads the exit code (scripts/bundle.mjs): a folder it cannot
    // write ends the run with 2 and the library's own message, never a stack trace.
    try {
      mkdirSync(CODE_CACHE_DIR, { recursive: true });
      for (const { script, source, out } of made)
        writeFileSync(out, Buffer.concat([Buffer.from(sha1(source), 'latin1'), script.createCachedData()]));
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n`);
      process.exitCode = 2;
    }
  });
