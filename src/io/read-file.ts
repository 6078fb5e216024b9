// Reading one input file (a card file, the overlay, an answers file, a case) safely: only a
// regular file is ever opened. A FIFO would block the read forever, a device could be endless, a
// socket cannot be read at all; a folder is a mistake. Every such case is an InputFileError with
// a clear reason, which callers turn into a diagnostic (card files) or a usage error (exit 2).

import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { words } from '../core/words/index.js';
import type { Words } from '../core/words/nb.js';

/** Larger than any card file should be (the whole national deck is under 200 kB). */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export type InputProblem = 'missing' | 'directory' | 'special' | 'too-large' | 'unreadable';

export class InputFileError extends Error {
  constructor(
    readonly problem: InputProblem,
    readonly path: string,
    readonly size?: number,
  ) {
    super(describeInputProblem(problem, size));
    this.name = 'InputFileError';
  }
}

/** The problem in the user's words (core/words errors.input). */
export function inputText(problem: string, size: number | undefined, w: Words): string {
  return problem === 'too-large'
    ? w.errors.tooLarge(String(size ?? '?'), String(MAX_INPUT_BYTES))
    : (w.errors.input[problem] ?? problem);
}

/** In English: the Error's own message; users see inputText in the run's words. */
export function describeInputProblem(problem: InputProblem, size?: number): string {
  return inputText(problem, size, words('en'));
}

/** What kind of thing is at `path` (following symlinks), without opening it. */
export function kindOf(path: string): InputProblem | 'file' {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable';
  }
  if (st.isDirectory()) return 'directory';
  if (!st.isFile()) return 'special';
  if (st.size > MAX_INPUT_BYTES) return 'too-large';
  return 'file';
}

/**
 * A file a deck folder's listing showed as a regular file, not a symlink (load-deck.ts
 * cardFiles), in one call: open, read and close without the separate checks of readInputFile,
 * which cost as much again (10,000 card files: ~115 → ~70 ms). What those checks guard against
 * is still refused, in case the file was swapped after the listing: O_NOFOLLOW refuses a symlink,
 * O_NONBLOCK keeps a FIFO from blocking, a folder cannot be read, and the size is checked on the
 * text. Whatever fails here, and an empty text, is read again the careful way, which names the
 * problem (or reads a symlink the listing saw as one).
 */
export function readListedFile(path: string, maxBytes = MAX_INPUT_BYTES): string {
  let text: string;
  try {
    // Node takes open(2)'s numeric flags here too (docs: "File system flags"); the types say string.
    text = readFileSync(path, { encoding: 'utf8', flag: FAST_FLAGS as unknown as string });
  } catch {
    return readInputFile(path, { maxBytes });
  }
  // Nothing read may be a FIFO with no writer (O_NONBLOCK: end of file at once), not an empty file.
  if (text === '') return readInputFile(path, { maxBytes });
  // A UTF-8 text holds at most three bytes per UTF-16 unit: most texts need no count.
  if (text.length * 3 > maxBytes) {
    const size = Buffer.byteLength(text);
    if (size > maxBytes) throw new InputFileError('too-large', path, size);
  }
  return text;
}

const FAST_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/**
 * The text of a regular file. Checked before opening (stat) and again on the open descriptor
 * (fstat), opened non-blocking, so a file swapped for a FIFO in between cannot hang the read.
 */
export function readInputFile(path: string, { maxBytes = MAX_INPUT_BYTES } = {}): string {
  const kind = kindOf(path);
  if (kind !== 'file') throw new InputFileError(kind, path, kind === 'too-large' ? statSync(path).size : undefined);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputFileError(code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'directory' : 'unreadable', path);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new InputFileError('directory', path);
    if (!st.isFile()) throw new InputFileError('special', path);
    if (st.size > maxBytes) throw new InputFileError('too-large', path, st.size);
    try {
      return readFileSync(fd, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EISDIR') throw new InputFileError('directory', path);
      throw new InputFileError('unreadable', path);
    }
  } finally {
    closeSync(fd);
  }
}
