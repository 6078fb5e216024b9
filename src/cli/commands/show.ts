// `tiltakskort show ID`: one card in full, localised, with where it is added in the flow.

import { showCard, addedBy } from '../../workshop/browse.js';
import { EXIT, nearText, UsageError } from '../../core/errors.js';
import { width, type CliIO } from '../../io/cli-io.js';
import { loadForCommand } from '../load.js';
import type { DeckOptions } from '../options.js';
import { quote } from '../../core/clean.js';

export async function show(io: CliIO, id: string, opts: DeckOptions & { format: 'text' | 'json' }): Promise<number> {
  const deck = await loadForCommand(io, opts);
  const card = deck.cards.get(id);
  if (!card) {
    throw new UsageError(
      (w) => w.usage.noCard(quote(id)),
      (w) => `${nearText(id, deck.cards.keys(), w)}${w.usage.noCardHint}`,
    );
  }
  if (opts.format === 'json') {
    const { file: _file, ...rest } = card;
    io.stdout.write(
      JSON.stringify(
        {
          ...rest,
          ...(card.kind !== 'question' && card.kind !== 'source' ? { addedBy: addedBy(deck, id) } : {}),
          local: deck.localIds.has(id) || undefined,
        },
        null,
        2,
      ) + '\n',
    );
    return EXIT.ok;
  }
  io.stdout.write(showCard(deck, card, opts.lang, width(io)));
  return EXIT.ok;
}
