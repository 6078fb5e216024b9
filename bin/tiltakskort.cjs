#!/usr/bin/env node
// Tiny on purpose, and CommonJS: the whole command line is one bundled CommonJS file
// (scripts/bundle.mjs), so starting it never pays for Node's ESM loader.
'use strict';
const Module = require('node:module');
let main;
try {
  main = load(require.resolve('../dist/tiltakskort.cjs'));
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('tiltakskort.cjs')) {
    process.stderr.write('tiltakskort is not built yet. Run `npm install` (or `npm run build`) first.\n');
    process.exit(2);
  }
  throw err;
}

/**
 * The bundle's main(), compiled from V8's code cache when there is one. Node 22.1+ keeps its own
 * (module.enableCompileCache), in NODE_COMPILE_CACHE or else in the user's own cache folder – not
 * Node's default os.tmpdir()/node-compile-cache, which on a shared machine another user could
 * create first and fill. Node 20 has no such API, so the build writes one for it,
 * dist/tiltakskort.cjs.v8cache (bundle.mjs): with it V8 neither parses the ~360 KB bundle nor
 * compiles the functions a run uses, about 8 ms of
 * each start. V8 checks the cache against its own version, its flags and the source's length,
 * and compiles from source when it does not fit; the build id in the bundle's last line (also at
 * the head of the cache) tells a cache from another build of the same length apart.
 */
function load(file) {
  if (Module.enableCompileCache) {
    const path = require('node:path');
    const env = process.env;
    let dir = env.NODE_COMPILE_CACHE;
    if (!dir) {
      try {
        dir = path.join(env.XDG_CACHE_HOME || path.join(require('node:os').homedir(), '.cache'), 'tiltakskort', 'node');
      } catch {
        // No home folder: run without a compile cache rather than in a shared one.
      }
    }
    if (dir) Module.enableCompileCache(dir);
    return require(file).main;
  }
  const fs = require('node:fs');
  const vm = require('node:vm');
  const source = fs.readFileSync(file, 'utf8');
  const id = source.slice(source.lastIndexOf('\n', source.length - 2) + 1).trim();
  const cacheFile = `${file}.v8cache`;
  let cache;
  try {
    cache = fs.readFileSync(cacheFile);
  } catch {
    // none: compile from source
  }
  const head = Buffer.from(`${id}\n`);
  const fits = cache !== undefined && id.startsWith('//# build ') && cache.subarray(0, head.length).equals(head);
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname, __tkImport) {${source}\n})`,
    {
      filename: file,
      cachedData: fits ? cache.subarray(head.length) : undefined,
    },
  );
  if (process.env.TILTAKSKORT_DEBUG && (!fits || script.cachedDataRejected)) {
    const why = cache === undefined ? 'none' : fits ? 'rejected by V8' : 'from another build';
    process.stderr.write(`tiltakskort: compiled without the code cache (${why})\n`);
  }
  const mod = { exports: {} };
  // import() cannot run inside a vm.Script on Node 20 (it needs --experimental-vm-modules): the
  // bundle's few dynamic imports of ESM modules (workshop, yaml, Viz.js) come here.
  const dynamicImport = (url) => import(url);
  script.runInThisContext()(
    mod.exports,
    Module.createRequire(file),
    mod,
    file,
    require('node:path').dirname(file),
    dynamicImport,
  );
  // The build makes the cache: TILTAKSKORT_WRITE_V8CACHE names the file, written when the run ends
  // (with every function the run compiled; a run from an older cache adds to it).
  const out = process.env.TILTAKSKORT_WRITE_V8CACHE;
  if (out)
    process.on('exit', () => {
      try {
        fs.writeFileSync(out, Buffer.concat([head, script.createCachedData()]));
      } catch (err) {
        process.stderr.write(`tiltakskort: the code cache was not written (${err.message})\n`);
      }
    });
  return mod.exports.main;
}

// A reader that stops early (`tiltakskort list | head`) closes the pipe: that is no error of ours,
// so the rest of the output is dropped quietly and the command still ends with its own exit code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code !== 'EPIPE') throw err;
  });
}
main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  // A getter: process.stdin builds its stream on first use (about 2 ms), and only the guide and
  // the other prompts read it; `run` never does.
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
}).then((code) => {
  process.exitCode = code;
});
