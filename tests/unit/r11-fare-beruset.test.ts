// revv C1 (round 10): the acute `fare` option for an intoxicated adult covers one who is too intoxicated to look
// after the child at home (a home visit), not only one about to drive or take the child. A scenario cannot see an
// option's label (the echo of the answers is not searched), so this checks the bundled deck's card text,
// as the guide reads it: dist/deck.json, which compiled-deck.test.ts holds equal to cards/ (parsing the
// YAML here again cost ~0.8 s of CPU).

import { describe, expect, it } from 'vitest';
import { fromCompiled, readCompiled } from '../../src/io/load-deck.js';

describe('fare: beruset', () => {
  it('names a parent too intoxicated to look after the child, in nb and en', () => {
    const compiled = readCompiled();
    expect(compiled, 'dist/deck.json is missing or older than cards/: run npm run build').toBeDefined();
    const fare = fromCompiled(compiled!).cards.get('fare');
    if (fare?.kind !== 'question') throw new Error('no question fare');
    const beruset = fare.options.find((o) => o.id === 'beruset')!;
    const label = beruset.label as { nb: string; en: string };
    expect(label.nb).toContain('ikke kan passe barnet');
    expect(label.en).toContain('cannot look after the child');
    expect(label.nb).toMatch(/ring 112$/);
  });
});
