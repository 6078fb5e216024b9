#!/usr/bin/env node
// Tiny on purpose: everything lives in dist/cli/main.js, which returns an exit code.
let main;
try {
  ({ main } = await import('../dist/cli/main.js'));
} catch (err) {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli/main.js')) {
    process.stderr.write('tiltakskort is not built yet. Run `npm install` (or `npm run build`) first.\n');
    process.exit(2);
  }
  throw err;
}
process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
