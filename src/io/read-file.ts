// Reading one input file (a card file, the overlay, an answers file, a case) safely: only a
// regular file is ever opened. A FIFO would block the read forever, a device could be endless, a
// socket cannot be read at all; a folder is a mistake. Every such case is an InputFileError with
// a clear reason, which callers turn into a diagnostic (card files) or a usage error (exit 2).

import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';

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

export function describeInputProblem(problem: InputProblem, size?: number): string {
  switch (problem) {
    case 'missing':
      return 'The file does not exist.';
    case 'directory':
      return 'This is a folder; a file was expected.';
    case 'special':
      return 'This is not a regular file (a pipe, socket or device); it was not opened.';
    case 'too-large':
      return `The file is too large (${size ?? '?'} bytes; the limit is ${MAX_INPUT_BYTES} bytes).`;
    case 'unreadable':
      return 'The file cannot be read (check its permissions).';
  }
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
 * The text of a regular file. Checked before opening (stat) and again on the open descriptor
 * (fstat), opened non-blocking, so a file swapped for a FIFO in between cannot hang the read.
 */
export function readInputFile(path: string, maxBytes = MAX_INPUT_BYTES): string {
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
