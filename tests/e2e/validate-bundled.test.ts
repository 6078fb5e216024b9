// The project's own CI gate for content: the bundled national deck validates without errors and
// its scenarios pass with every option covered (the same as `npm run validate` and
// `npm run test:cards`). Warnings (e.g. the local placeholders) are allowed.

import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';

describe('the bundled deck', () => {
  const env = { TILTAKSKORT_CACHE_DIR: '' };

  it('validates: tiltakskort validate exits 0', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const r = await cli(['validate'], { cwd: dir, env });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/ error /);
    } finally {
      cleanup();
    }
  });

  it('passes its scenarios with full option coverage: tiltakskort test --min-coverage 100 exits 0', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const r = await cli(['test', '--min-coverage', '100', '--lang', 'en'], { cwd: dir, env });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toMatch(/\(100%\), minimum 100%/);
    } finally {
      cleanup();
    }
  });
});
