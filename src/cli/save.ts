// Saving a summary: atomically (temp file + rename, so Ctrl+C never leaves half a file), readable
// by the owner only, and never over an existing file unless asked.

import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  lstatSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  chmodSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/types.js';
import { words } from '../core/words/index.js';
import { clean, quote } from '../core/clean.js';
import { byExtension, formatFromExtension, SUMMARY_EXTENSIONS, type Format } from '../render/formats.js';

/** The format for --out FILE: --format when given, else the file's extension. */
export function formatFor(file: string, explicit?: string): Format {
  if (explicit) return explicit as Format;
  return formatFromExtension(file, SUMMARY_EXTENSIONS, '.md, .html, .txt, .json');
}

/** What stands in the way of saving to a file, found before anything is asked or written. */
export type SaveProblem = {
  kind: 'format' | 'exists' | 'no-folder' | 'is-folder' | 'not-writable';
  file: string;
  dir: string;
};

/** "~/x" and "~" as the home folder: a person typing a file name expects the shell's meaning. */
export function expandHome(file: string, home: string | undefined): string {
  if (!home) return file;
  if (file === '~') return home;
  return file.startsWith('~/') ? join(home, file.slice(2)) : file;
}

/** The format from the name (or `format`), a free name unless `force`, a folder that exists and may be written. */
export function checkTarget(
  cwd: string,
  file: string,
  opts: { force?: boolean | undefined; format?: string | undefined } = {},
): SaveProblem | undefined {
  const target = resolve(cwd, file);
  const dir = dirname(target);
  let isDir = false;
  try {
    isDir = statSync(target).isDirectory();
  } catch {
    /* no such file: fine */
  }
  if (isDir) return { kind: 'is-folder', file, dir };
  if (!opts.format && !byExtension(file, SUMMARY_EXTENSIONS)) return { kind: 'format', file, dir };
  if (existsSync(target) && !opts.force) return { kind: 'exists', file, dir };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return { kind: 'no-folder', file, dir };
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    return { kind: 'not-writable', file, dir };
  }
  return undefined;
}

export function writeAtomic(cwd: string, file: string, content: string, force: boolean): string {
  const target = resolve(cwd, file);
  // lstat: a symlink is judged as itself, never followed. Only a regular file is ever replaced,
  // and only with --force; a symlink, folder, device, FIFO or socket never (rename would swap
  // out the link or the special file itself, not write where the user expects).
  const existing = lstatOrUndefined(target);
  if (existing) {
    const what = existing.isSymbolicLink()
      ? 'isSymlink'
      : existing.isDirectory()
        ? 'isFolder'
        : !existing.isFile()
          ? 'isSpecial'
          : undefined;
    if (what)
      throw new UsageError(
        (w) => w.errors.isWhat(quote(file), w.errors[what]),
        (w) => w.errors.newFileName,
      );
    if (!force)
      throw new UsageError(
        (w) => w.errors.exists(quote(file)),
        (w) => w.errors.existsHint,
      );
  }
  const folder = lstatOrUndefined(dirname(target)) && statOrUndefined(dirname(target));
  if (!folder?.isDirectory()) throw new UsageError((w) => w.errors.noFolder(quote(file)));
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
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new UsageError((w) => w.errors.writeFailed(quote(file), reason));
  }
  return target;
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** A command's output: to --out (atomically, owner-only, no overwrite without --force) or stdout. */
export function writeOutput(
  io: { cwd: string; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
  content: string,
  out: string | undefined,
  force: boolean | undefined,
  lang: Lang,
): void {
  if (!out) {
    io.stdout.write(content);
    return;
  }
  const path = writeAtomic(io.cwd, out, content, Boolean(force));
  io.stderr.write(`${words(lang).errors.saved} ${clean(path, 'visible')}\n`);
}
