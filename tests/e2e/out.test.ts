// Saving with --out: the file is the user's own, readable by the owner only, written whole or
// not at all, and never over an existing file unless --force.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINI, MINI_COMPLETE, STACK_LINE, cli, tempDir } from '../helpers/cli.js';

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.cleanup());

const runOut = (file: string, ...extra: string[]) =>
  cli(['run', '--cards', MINI, ...MINI_COMPLETE, '--out', file, ...extra], { cwd: t.dir });

describe('run --out FILE', () => {
  it.each([
    ['oppsummering.md', (s: string) => expect(s).toMatch(/^# Oppsummering: hva du gjør nå\n/)],
    ['oppsummering.html', (s: string) => expect(s).toMatch(/^<!doctype html>/)],
    ['oppsummering.txt', (s: string) => expect(s).toMatch(/^OPPSUMMERING: HVA DU GJØR NÅ\n=+\n/)],
    [
      'oppsummering.json',
      (s: string) => expect(JSON.parse(s)).toMatchObject({ status: 'complete', deck: { id: 'test.mini' } }),
    ],
  ])('writes %s in the format its extension names, owner-only, nothing on stdout', async (file, check) => {
    const r = await runOut(file);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const path = join(t.dir, file);
    check(readFileSync(path, 'utf8'));
    expect(readFileSync(path, 'utf8')).toContain('Opplysningsplikt til barnevernet');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(t.dir)).toEqual([file]); // no temp file left behind
  });

  it('--format wins over the extension', async () => {
    const r = await runOut('svar.txt', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(t.dir, 'svar.txt'), 'utf8')).status).toBe('complete');
  });

  it('refuses to overwrite an existing file: exit 2, the original untouched', async () => {
    writeFileSync(join(t.dir, 'oppsummering.md'), 'mine notater\n');
    const r = await runOut('oppsummering.md');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('finnes allerede');
    expect(r.stderr).toContain('--force');
    expect(readFileSync(join(t.dir, 'oppsummering.md'), 'utf8')).toBe('mine notater\n');
    expect(readdirSync(t.dir)).toEqual(['oppsummering.md']);
  });

  it('--force overwrites, and the new file is owner-only', async () => {
    writeFileSync(join(t.dir, 'oppsummering.md'), 'mine notater\n', { mode: 0o644 });
    const r = await runOut('oppsummering.md', '--force');
    expect(r.code).toBe(0);
    const content = readFileSync(join(t.dir, 'oppsummering.md'), 'utf8');
    expect(content).toContain('Opplysningsplikt til barnevernet');
    expect(statSync(join(t.dir, 'oppsummering.md')).mode & 0o777).toBe(0o600);
    expect(readdirSync(t.dir)).toEqual(['oppsummering.md']);
  });

  it('an unknown extension is a usage error and writes nothing', async () => {
    const r = await runOut('oppsummering.pdf');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.md, .html, .txt, .json');
    expect(readdirSync(t.dir)).toEqual([]);
  });

  it('an incomplete run writes no file', async () => {
    const r = await cli(['run', '--cards', MINI, '--answer', 'sektor=skole', '--out', 'oppsummering.md'], {
      cwd: t.dir,
    });
    expect(r.code).toBe(3);
    expect(readdirSync(t.dir)).toEqual([]);
  });

  it('wrong answers write no file', async () => {
    const r = await cli(['run', '--cards', MINI, '--answer', 'sektor=helse', '--out', 'oppsummering.md'], {
      cwd: t.dir,
    });
    expect(r.code).toBe(2);
    expect(readdirSync(t.dir)).toEqual([]);
  });
});
