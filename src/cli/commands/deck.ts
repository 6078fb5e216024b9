// `tiltakskort deck`: the whole deck as a printable booklet (HTML with A4 print CSS, or Markdown),
// with the municipality's contacts when --local is given.

import { question } from '../../core/engine.js';
import { booklet, bookletHtml, bookletMarkdown, pocketHtml } from '../../workshop/booklet.js';
import { safeMarkdown } from '../../render/safe-markdown.js';
import { EXIT, nearText, UsageError } from '../../core/errors.js';
import { today, type CliIO } from '../../io/cli-io.js';
import { loadForCommand } from '../load.js';
import type { DeckOptions } from '../options.js';
import { writeOutput } from '../save.js';
import { formatFromExtension } from '../../render/formats.js';
import { clean, quote } from '../../core/clean.js';
import { fill } from '../../core/labels.js';

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
    format = formatFromExtension(opts.out, BOOKLET_EXTENSIONS, '.html, .md');
  }
  if (opts.pocket && format === 'md')
    throw new UsageError(
      (w) => w.usage.pocketHtml,
      (w) => w.usage.pocketHint,
    );
  const d = await loadForCommand(io, opts);
  if (opts.sector !== undefined) {
    const start = question(d, d.meta.start);
    const valid = start?.options.map((o) => o.id) ?? [];
    if (!valid.includes(opts.sector))
      throw new UsageError(
        (w) => fill(w.guide.unknownSector, { sector: clean(opts.sector!, 'visible') }),
        (w) => `${nearText(opts.sector!, valid, w)}${w.usage.sectors(quote(d.meta.start), valid.join(', '))}`,
      );
  }
  const b = booklet(d, opts.lang, today(io), opts.sector !== undefined ? { sector: opts.sector } : {});
  const content = opts.pocket
    ? pocketHtml(d, b)
    : (format ?? 'md') === 'html'
      ? bookletHtml(d, b)
      : safeMarkdown(bookletMarkdown(d, b));
  writeOutput(io, content, opts.out, opts.force, opts.lang);
  return EXIT.ok;
}
