// Saving a summary: atomically (temp file + rename, so Ctrl+C never leaves half a file), readable
// by the owner only, and never over an existing file unless asked.

import { closeSync, existsSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './errors.js';

export type Format = 'md' | 'text' | 'html' | 'json';
export const FORMATS: readonly Format[] = ['md', 'text', 'html', 'json'];

const BY_EXTENSION: Record<string, Format> = {
  '.md': 'md', '.markdown': 'md', '.txt': 'text', '.text': 'text', '.html': 'html', '.htm': 'html', '.json': 'json',
};

/** The format for --out FILE: --format when given, else the file's extension. */
export function formatFor(file: string, explicit?: string): Format {
  if (explicit) return explicit as Format;
  const ext = (/\.[^./\\]+$/.exec(file)?.[0] ?? '').toLowerCase();
  const f = BY_EXTENSION[ext];
  if (!f) throw new UsageError(`Cannot tell the format of "${file}" from its extension.`, 'Use .md, .html, .txt or .json, or give --format.');
  return f;
}

export function writeAtomic(cwd: string, file: string, content: string, force: boolean): string {
  const target = resolve(cwd, file);
  if (existsSync(target) && !force) {
    throw new UsageError(`"${file}" already exists; nothing was written.`, 'Choose another name, or add --force to overwrite it.');
  }
  if (!existsSync(dirname(target))) throw new UsageError(`The folder for "${file}" does not exist.`);
  // Unique enough with 'wx' (which fails rather than reuse a name); node:crypto would cost
  // start-up time for nothing.
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o600);
    writeSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(temp, 0o600);
    renameSync(temp, target);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      /* already gone */
    }
    if (err instanceof UsageError) throw err;
    throw new UsageError(`Could not write "${file}": ${(err as Error).message}`);
  }
  return target;
}

/** A command's output: to --out (atomically, owner-only, no overwrite without --force) or stdout. */
export function writeOutput(io: { cwd: string; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }, content: string, out?: string, force?: boolean): void {
  if (!out) {
    io.stdout.write(content);
    return;
  }
  const path = writeAtomic(io.cwd, out, content, Boolean(force));
  io.stderr.write(`Saved ${path}\n`);
}
