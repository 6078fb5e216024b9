// The package as npm ships it: `npm pack`, unpacked into a folder of its own (no src/, no tests/),
// must start and run from there, the way `npx tiltakskort` runs it after an install. The
// dependencies come from this checkout's node_modules, so the test needs no network.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EPOCH_DATE, NATIONAL_URGENT, STACK_LINE, tempDir, testEnv } from '../helpers/cli.js';
import { packed } from '../helpers/packed.js';

const tmp = tempDir('tiltakskort-pack-');
afterAll(() => tmp.cleanup());
let pkg: string;

beforeAll(async () => {
  ({ pkg } = await packed());
}, 60_000);

const tiltakskort = (args: string[]) =>
  spawnSync(process.execPath, [join(pkg, 'bin', 'tiltakskort.cjs'), ...args], {
    cwd: tmp.dir,
    env: testEnv({ TILTAKSKORT_CACHE_DIR: '' }),
    encoding: 'utf8',
  });

describe('the packed package', () => {
  it('holds the bin, the bundle, the compiled deck, the cards and the schema, and no sources or tests', () => {
    for (const f of [
      'bin/tiltakskort.cjs',
      'dist/tiltakskort.cjs',
      'dist/deck.json',
      'cards/deck.yaml',
      'schema/cards.schema.json',
      'README.md',
    ]) {
      expect(existsSync(join(pkg, f)), f).toBe(true);
    }
    for (const f of ['src', 'tests', 'bench', '.ci']) expect(existsSync(join(pkg, f)), f).toBe(false);
  });

  it('runs the scripted flow to a summary on the bundled deck', () => {
    const r = tiltakskort(['run', '--format', 'json', ...NATIONAL_URGENT]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout) as {
      status: string;
      urgent: boolean;
      generated: string;
      contacts: { phone?: string }[];
    };
    expect(summary).toMatchObject({ status: 'complete', urgent: true, generated: EPOCH_DATE });
    expect(summary.contacts.map((c) => c.phone)).toContain('112');
  });

  it('validates its own deck and prints the version and the schema', () => {
    const v = tiltakskort(['validate']);
    expect(v.status, v.stdout + v.stderr).toBe(0);
    expect(v.stderr).not.toMatch(STACK_LINE);
    expect(tiltakskort(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(JSON.parse(tiltakskort(['schema']).stdout)).toHaveProperty('$schema');
  });
});
