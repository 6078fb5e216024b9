#!/usr/bin/env node
// Tiny on purpose, and CommonJS: the whole command line is one bundled CommonJS file
// (scripts/bundle.mjs), so starting it never pays for Node's ESM loader.
'use strict';
// Node 22.1+ keeps the compiled bundle in its code cache (os.tmpdir()/node-compile-cache, or
// NODE_COMPILE_CACHE): `run` used ~8 ms less CPU on Node 22. Node 20 has no such API.
require('node:module').enableCompileCache?.();
let main;
try {
  ({ main } = require('../dist/tiltakskort.cjs'));
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('tiltakskort.cjs')) {
    process.stderr.write('tiltakskort is not built yet. Run `npm install` (or `npm run build`) first.\n');
    process.exit(2);
  }
  throw err;
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
