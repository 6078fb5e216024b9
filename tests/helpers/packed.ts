// The package as `npm pack` makes it, packed once per test run and shared by the test files that
// need it (package.test.ts and both docs halves): `npm pack` and unpacking cost seconds of CPU.
// tests/helpers/pack-setup.ts (a vitest globalSetup) gives every worker the same folder and
// removes it at the end; the first file to ask packs, under a lock, and the others wait for it.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { ROOT } from './cli.js';

declare module 'vitest' {
  export interface ProvidedContext {
    packDir: string;
  }
}

export interface Packed {
  /** The .tgz npm pack wrote. */
  tarball: string;
  /** The unpacked package (its node_modules a link to this checkout's); read it, never write. */
  pkg: string;
}

export async function packed(): Promise<Packed> {
  const dir = inject('packDir');
  const done = join(dir, 'packed.json');
  try {
    mkdirSync(join(dir, 'lock')); // atomic: only one file packs
  } catch {
    const until = Date.now() + 60_000;
    while (!existsSync(done)) {
      if (Date.now() > until) throw new Error(`npm pack into ${dir} did not finish`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return JSON.parse(readFileSync(done, 'utf8')) as Packed;
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // --ignore-scripts: the suite has just built dist/; `prepare` would build it again.
  const out = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const tarball = join(dir, (JSON.parse(out) as { filename: string }[])[0]!.filename);
  const unpacked = join(dir, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  const pkg = join(unpacked, 'package');
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  const result: Packed = { tarball, pkg };
  writeFileSync(`${done}.tmp`, JSON.stringify(result));
  renameSync(`${done}.tmp`, done); // whole, or not there: a waiting file never reads half of it
  return result;
}
