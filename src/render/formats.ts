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
 * the file and the extensions to use (`exts`).
 */
export function formatFromExtension<F>(file: string, table: Readonly<Record<string, F>>, exts: string): F {
  const f = byExtension(file, table);
  if (f === undefined) throw new UsageError((w) => w.errors.formatFromName(quote(file), exts));
  return f;
}
