// Saving a summary: owner-only file, atomic, never over an existing file unless forced.

import { describe, expect, it, afterEach } from 'vitest';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatFor, writeAtomic } from '../../src/cli/save.js';
import { UsageError } from '../../src/core/errors.js';
import { tempDir } from '../helpers/cli.js';

let t: ReturnType<typeof tempDir> | undefined;
afterEach(() => t?.cleanup());

describe('formatFor', () => {
  it.each([
    ['a.md', 'md'],
    ['a.MARKDOWN', 'md'],
    ['a.txt', 'text'],
    ['a.html', 'html'],
    ['a.htm', 'html'],
    ['a.json', 'json'],
    ['dir.v2/oppsummering.md', 'md'],
  ])('%s → %s', (file, format) => {
    expect(formatFor(file)).toBe(format);
  });

  it('lets --format win over the extension', () => {
    expect(formatFor('a.md', 'json')).toBe('json');
  });

  it.each(['a.pdf', 'oppsummering', 'dir.md/fil'])('refuses %s with a hint naming the extensions', (file) => {
    expect(() => formatFor(file)).toThrow(UsageError);
    try {
      formatFor(file);
    } catch (err) {
      expect((err as UsageError).message).toContain('.md, .html, .txt, .json');
    }
  });
});

describe('writeAtomic', () => {
  it('writes the file readable by the owner only, and leaves no temp file', () => {
    t = tempDir();
    const path = writeAtomic(t.dir, 'oppsummering.md', '# Hei\n', false);
    expect(path).toBe(join(t.dir, 'oppsummering.md'));
    expect(readFileSync(path, 'utf8')).toBe('# Hei\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(t.dir)).toEqual(['oppsummering.md']);
  });

  it('is owner-only even with a permissive umask', () => {
    t = tempDir();
    const old = process.umask(0);
    try {
      expect(statSync(writeAtomic(t.dir, 'a.txt', 'x', false)).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(old);
    }
  });

  it('refuses to overwrite an existing file, leaving it untouched', () => {
    t = tempDir();
    writeFileSync(join(t.dir, 'a.md'), 'original');
    expect(() => writeAtomic(t!.dir, 'a.md', 'new', false)).toThrow(/finnes allerede/);
    expect(readFileSync(join(t.dir, 'a.md'), 'utf8')).toBe('original');
    expect(readdirSync(t.dir)).toEqual(['a.md']);
  });

  it('overwrites with force, and the result is owner-only', () => {
    t = tempDir();
    writeFileSync(join(t.dir, 'a.md'), 'original', { mode: 0o644 });
    writeAtomic(t.dir, 'a.md', 'new', true);
    expect(readFileSync(join(t.dir, 'a.md'), 'utf8')).toBe('new');
    expect(statSync(join(t.dir, 'a.md')).mode & 0o777).toBe(0o600);
    expect(readdirSync(t.dir)).toEqual(['a.md']);
  });

  it('reports a missing folder as a usage error and writes nothing', () => {
    t = tempDir();
    expect(() => writeAtomic(t!.dir, 'nope/a.md', 'x', false)).toThrow(UsageError);
    expect(readdirSync(t.dir)).toEqual([]);
  });

  it('cleans up its temp file when the rename fails', () => {
    t = tempDir();
    mkdirSync(join(t.dir, 'a.md')); // a folder where the file should go: rename fails
    expect(() => writeAtomic(t!.dir, 'a.md', 'x', true)).toThrow(UsageError);
    expect(readdirSync(t.dir)).toEqual(['a.md']);
  });
});

describe('checkTarget and expandHome (the guide checks --out before the first question)', async () => {
  const { checkTarget, expandHome } = await import('../../src/cli/save.js');
  const { mkdtempSync, writeFileSync, mkdirSync, chmodSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'tiltakskort-check-'));
  writeFileSync(join(dir, 'finnes.html'), 'x');
  mkdirSync(join(dir, 'mappe.html'));
  mkdirSync(join(dir, 'låst'));
  chmodSync(join(dir, 'låst'), 0o500);
  const root = process.getuid?.() === 0;

  it('names each problem, and passes a free name in a folder that exists', () => {
    expect(checkTarget(dir, 'ny.html')).toBeUndefined();
    expect(checkTarget(dir, 'ny.pdf')?.kind).toBe('format');
    expect(checkTarget(dir, 'ny.pdf', { format: 'html' })).toBeUndefined();
    expect(checkTarget(dir, 'finnes.html')?.kind).toBe('exists');
    expect(checkTarget(dir, 'finnes.html', { force: true })).toBeUndefined();
    expect(checkTarget(dir, 'mangler/ny.html')?.kind).toBe('no-folder');
    expect(checkTarget(dir, 'mappe.html')?.kind).toBe('is-folder');
    if (!root) expect(checkTarget(dir, 'låst/ny.html')?.kind).toBe('not-writable'); // root may write anywhere
    rmSync(dir, { recursive: true, force: true });
  });

  it('expands ~ and ~/ to the home folder, and nothing else', () => {
    expect(expandHome('~/a.html', '/home/x')).toBe('/home/x/a.html');
    expect(expandHome('~', '/home/x')).toBe('/home/x');
    expect(expandHome('a~/b.html', '/home/x')).toBe('a~/b.html');
    expect(expandHome('~/a.html', undefined)).toBe('~/a.html');
  });
});

describe('the save dialog shows the name the person typed only through the cleaner', () => {
  it('an escape sequence or a bidi override in the typed name reaches the screen as visible text', async () => {
    const { problemText } = await import('../../src/cli/commands/guide.js');
    const { labels } = await import('../../src/core/labels.js');
    const file = 'ut\u001b]0;pwned\u0007\u202e.md';
    for (const kind of ['format', 'exists', 'is-folder', 'no-folder'] as const) {
      const text = problemText({ kind, file, dir: '/tmp' }, labels('nb'), false);
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
    expect(problemText({ kind: 'exists', file, dir: '/tmp' }, labels('nb'), false)).toContain('\\u001b');
  });
});
