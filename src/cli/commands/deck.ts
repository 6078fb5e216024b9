// `tiltakskort deck`: the whole deck as a printable booklet (HTML with A4 print CSS, or Markdown),
// with the municipality's contacts when --local is given.

import { question } from '../../core/engine.js';
import { didYouMean } from '../../core/checks/finding.js';
import { booklet, bookletHtml, bookletMarkdown, pocketHtml } from '../../workshop/booklet.js';
import { safeMarkdown } from '../../render/safe-markdown.js';
import { EXIT, UsageError } from '../../core/errors.js';
import { today, type CliIO } from '../../io/cli-io.js';
import { loadForCommand } from '../load.js';
import type { DeckOptions } from '../options.js';
import { writeOutput } from '../save.js';
import { formatFromExtension } from '../../render/formats.js';
import { quote } from '../../core/clean.js';

export interface DeckCommandOptions extends DeckOptions {
  format?: 'html' | 'md';
  sector?: string;
  pocket?: boolean;
  out?: string;
  force?: boolean;
}

const BOOKLET_EXTENSIONS = { '.html': 'html', '.htm': 'html', '.md': 'md', '.markdown': 'md' } as const;

export async function deck(io: CliIO, opts: DeckCommandOptions): Promise<number> {
  let format = opts.format;
  if (!format && opts.out) {
    format = formatFromExtension(opts.out, BOOKLET_EXTENSIONS, 'Use .html or .md, or give --format.', 'booklet');
  }
  if (opts.pocket && format === 'md')
    throw new UsageError(
      'The pocket card is an HTML page (A5, to print).',
      'Leave out --format md, or write to a .html file.',
    );
  const d = await loadForCommand(io, opts);
  if (opts.sector !== undefined) {
    const start = question(d, d.meta.start);
    const valid = start?.options.map((o) => o.id) ?? [];
    if (!valid.includes(opts.sector))
      throw new UsageError(
        `Unknown sector ${quote(opts.sector)}.`,
        `${didYouMean(opts.sector, valid) ?? ''} Sectors (answers to "${d.meta.start}"): ${valid.join(', ')}.`.trim(),
      );
  }
  const b = booklet(d, opts.lang, today(io), opts.sector !== undefined ? { sector: opts.sector } : {});
  const content = opts.pocket
    ? pocketHtml(d, b)
    : (format ?? 'md') === 'html'
      ? bookletHtml(d, b)
      : safeMarkdown(bookletMarkdown(d, b));
  writeOutput(io, content, opts.out, opts.force);
  return EXIT.ok;
}
