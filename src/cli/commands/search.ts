// `tiltakskort search WORDS`: find cards by their text in bokmål and English. Like grep, exit 1
// when nothing matches ("no matches" on stderr), so scripts can test for it.

import { search } from '../../workshop/search.js';
import { workshopLabels } from '../../workshop/labels.js';
import { EXIT, UsageError } from '../../core/errors.js';
import type { CliIO } from '../../io/cli-io.js';
import { loadForCommand } from '../load.js';
import type { DeckOptions } from '../options.js';
import { clean, quote } from '../../core/clean.js';
import { words as wordsIn } from '../../core/words/index.js';
import { fill } from '../../core/labels.js';

export async function searchCommand(
  io: CliIO,
  words: string[],
  opts: DeckOptions & { format: 'text' | 'json'; limit: string },
): Promise<number> {
  const limit = Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError((w) => w.usage.limit(quote(opts.limit)));
  // The query is echoed (JSON, "no matches"): through the one cleaner first.
  const query = clean(words.join(' '), 'line');
  if (query.trim() === '') throw new UsageError((w) => w.usage.noWords);
  const deck = await loadForCommand(io, opts);
  const hits = search(deck, query, opts.lang);
  if (opts.format === 'json') {
    io.stdout.write(JSON.stringify({ query, total: hits.length, hits: hits.slice(0, limit) }, null, 2) + '\n');
    return hits.length ? EXIT.ok : EXIT.findings;
  }
  if (hits.length === 0) {
    io.stderr.write(`${workshopLabels(opts.lang).noMatches}: ${quote(query)}.\n`);
    return EXIT.findings;
  }
  const out: string[] = [];
  for (const h of hits.slice(0, limit)) {
    out.push(`${h.id}  (${h.kind})  ${h.title}`);
    if (h.snippet && h.snippet !== h.title && h.field !== 'id') out.push(`    ${h.field}: ${h.snippet}`);
  }
  if (hits.length > limit) out.push(fill(wordsIn(opts.lang).search.more, { n: hits.length - limit }));
  io.stdout.write(out.join('\n') + '\n');
  return EXIT.ok;
}
