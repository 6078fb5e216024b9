// revv C1 (round 10): the acute `fare` option for an intoxicated adult covers one who is too intoxicated to look
// after the child at home (a home visit), not only one about to drive or take the child. A scenario cannot see an
// option's label (the echo of the answers is not searched), so this checks the bundled deck's card text.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadYamlDeck } from '../../src/io/load-deck.js';
import { ROOT } from '../helpers/cli.js';

describe('fare: beruset', () => {
  it('names a parent too intoxicated to look after the child, in nb and en', async () => {
    const { deck } = await loadYamlDeck(join(ROOT, 'cards'));
    const fare = deck!.cards.get('fare');
    if (fare?.kind !== 'question') throw new Error('no question fare');
    const beruset = fare.options.find((o) => o.id === 'beruset')!;
    const label = beruset.label as { nb: string; en: string };
    expect(label.nb).toContain('ikke kan passe barnet');
    expect(label.en).toContain('cannot look after the child');
    expect(label.nb).toMatch(/ring 112$/);
  });
});
