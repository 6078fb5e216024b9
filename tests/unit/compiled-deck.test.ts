// The compiled deck (scripts/compile-deck.mjs → dist/deck.json) carries every card field the YAML
// gives, the advice fields included (duty status/condition, card-level if, pickup), so a run on
// the compiled bundled deck gives the same summary as one on its YAML.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DIR, fromCompiled, loadYamlDeck, readCompiled, type CompiledDeck } from '../../src/io/load-deck.js';
import { walk } from '../../src/core/engine.js';
import { buildSummary } from '../../src/core/summary.js';
import type { Deck } from '../../src/core/types.js';
import { ROOT } from '../helpers/cli.js';

const strip = (deck: Deck) => [...deck.cards.values()].map(({ file: _f, ...card }) => card);

describe('compiled deck', () => {
  it('a JSON round trip of a deck that uses every advice field gives the same cards and summary', async () => {
    const loaded = await loadYamlDeck(join(ROOT, 'tests', 'fixtures', 'advice'));
    const deck = loaded.deck!;
    const compiled = JSON.parse(
      JSON.stringify({ meta: deck.meta, cards: [...deck.cards.values()], stamp: {} }),
    ) as CompiledDeck;
    const again = fromCompiled(compiled);
    expect(strip(again)).toEqual(strip(deck));
    const answers = new Map([
      ['rolle', ['laerer']],
      ['bekymring', ['vold']],
    ]);
    const summary = (d: Deck) =>
      buildSummary(d, walk(d, answers).path, { lang: 'nb', generated: '2026-11-27', urgent: false });
    const s = summary(again);
    expect(s).toEqual(summary(deck));
    expect(s.duties.map((d) => d.status)).toEqual(['applies', 'conditional']);
    expect(s.steps.map((x) => x.urgency)).toEqual(['pickup']);
  });

  it('dist/deck.json holds the bundled cards exactly as the YAML gives them (run `npm run build` first)', async () => {
    const compiled = readCompiled();
    expect(compiled, 'dist/deck.json is missing or older than cards/: run npm run build').toBeDefined();
    const yaml = await loadYamlDeck(BUNDLED_DIR);
    expect(yaml.deck, JSON.stringify(yaml.diagnostics.slice(0, 3))).toBeDefined();
    expect(strip(fromCompiled(compiled!))).toEqual(strip(yaml.deck!));
  });
});
