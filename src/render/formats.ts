// The summary's output formats, and the one way of telling a format from a file name's extension
// (--out FILE without --format): the summary (run, the guide), the booklet (deck) and the diagram
// (graph) each pass their own table.

import { quote } from '../core/clean.js';
import { UsageError } from '../core/errors.js';

export type Format = 'md' | 'text' | 'html' | 'json';
export const FORMATS: readonly Format[] = ['md', 'text', 'html', 'json'];

export const SUMMARY_EXTENSIONS: Readonly<Record<string, Format>> = {
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
};

/** The format `table` gives the file name's extension (any case), or undefined. */
export function byExtension<F>(file: string, table: Readonly<Record<string, F>>): F | undefined {
  const ext = (/\.[^./\\]+$/.exec(file)?.[0] ?? '').toLowerCase();
  return Object.hasOwn(table, ext) ? table[ext] : undefined;
}

/**
 * The format for `--out FILE`: the file's extension through `table`, else a usage error naming
 * the file. `what` names the kind of output in the message ("booklet", "diagram"), `hint` the
 * extensions to use.
 */
export function formatFromExtension<F>(
  file: string,
  table: Readonly<Record<string, F>>,
  hint: string,
  what?: string,
): F {
  const f = byExtension(file, table);
  if (f === undefined)
    throw new UsageError(`Cannot tell the ${what ? `${what} ` : ''}format of ${quote(file)} from its extension.`, hint);
  return f;
}
