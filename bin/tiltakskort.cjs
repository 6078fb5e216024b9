#!/usr/bin/env node
// Tiny on purpose, and CommonJS: the whole command line is one bundled CommonJS file
// (scripts/bundle.mjs), so starting it never pays for Node's ESM loader.
'use strict';
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
main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
}).then((code) => {
  process.exitCode = code;
});
