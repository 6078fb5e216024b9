// `tiltakskort deck`: the whole deck as a printable booklet (HTML with A4 print CSS, or Markdown),
// with the municipality's contacts when --local is given.

import { booklet, bookletHtml, bookletMarkdown } from '../../workshop/booklet.js';
import { safeMarkdown } from '../../render/safe-markdown.js';
import { EXIT, UsageError } from '../errors.js';
import { today, type CliIO } from '../io.js';
import { loadForCommand } from '../load.js';
import type { DeckOptions } from '../options.js';
import { writeOutput } from '../save.js';
import { quote } from '../../core/clean.js';

export interface DeckCommandOptions extends DeckOptions {
  format?: 'html' | 'md';
  out?: string;
  force?: boolean;
}

export async function deck(io: CliIO, opts: DeckCommandOptions): Promise<number> {
  let format = opts.format;
  if (!format && opts.out) {
    const ext = (/\.[^./\\]+$/.exec(opts.out)?.[0] ?? '').toLowerCase();
    format = ext === '.html' || ext === '.htm' ? 'html' : ext === '.md' || ext === '.markdown' ? 'md' : undefined;
    if (!format) throw new UsageError(`Cannot tell the booklet format of ${quote(opts.out)} from its extension.`, 'Use .html or .md, or give --format.');
  }
  const d = await loadForCommand(io, opts);
  const b = booklet(d, opts.lang, today(io));
  writeOutput(io, (format ?? 'md') === 'html' ? bookletHtml(d, b) : safeMarkdown(bookletMarkdown(d, b)), opts.out, opts.force);
  return EXIT.ok;
}
