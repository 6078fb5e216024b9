// A sharing card worded for a duty that only may apply (`whenConditional`, revt C3): "you do not need
// consent" stays where the duty to report applies, and becomes "if the duty applies …; otherwise with
// consent, or discuss anonymously" where it comes out conditional. Same field and rule as on a step.

import { describe, expect, it } from 'vitest';
import { walk } from '../../src/core/engine.js';
import { buildSummary, type Summary } from '../../src/core/summary.js';
import { checkShape } from '../../src/core/checks/shape.js';
import { checkReferences } from '../../src/core/checks/references.js';
import type { Deck, SharingCard } from '../../src/core/types.js';
import { duty, makeDeck, q, sharing } from '../helpers/deck.js';

const VARIANT: NonNullable<SharingCard['whenConditional']> = {
  duties: ['meldeplikt'],
  title: {
    nb: 'Melding – uten samtykke bare hvis plikten gjelder',
    en: 'Report – without consent only if the duty applies',
  },
  why: 'Hvis meldeplikten gjelder, trenger du ikke samtykke. Ellers med samtykke, eller anonym drøfting.',
};

function build(whenConditional: NonNullable<SharingCard['whenConditional']> = VARIANT): Deck {
  return makeDeck({ start: 'bekymring' }, [
    q(
      'bekymring',
      [
        { id: 'vold', label: 'Vold', adds: ['meldeplikt', 'melding'] },
        {
          id: 'usikker',
          label: 'Usikker',
          adds: [{ card: 'meldeplikt', status: 'conditional', condition: 'Hvis det er alvorlig.' }, 'melding'],
        },
        { id: 'frivillig', label: 'Frivillig', adds: ['melding'] },
      ],
      { multiple: true },
    ),
    duty('meldeplikt', { title: 'Meldeplikt' }),
    sharing('melding', {
      title: { nb: 'Melding til barnevernet', en: 'Reporting to the child welfare service' },
      why: 'Du trenger ikke samtykke.',
      whenConditional,
    }),
  ]);
}

function summarize(deck: Deck, answers: Record<string, string | string[]>, lang: 'nb' | 'en' = 'nb'): Summary {
  const w = walk(deck, new Map(Object.entries(answers).map(([k, v]) => [k, [v].flat()])));
  expect(w.complete).toBe(true);
  return buildSummary(deck, w.path, { lang, generated: '2026-11-27', urgent: w.urgent });
}

describe('whenConditional on a sharing card', () => {
  it('keeps "no consent needed" where the duty applies', () => {
    const s = summarize(build(), { bekymring: 'vold' });
    expect(s.sharing.find((x) => x.id === 'melding')).toMatchObject({
      title: 'Melding til barnevernet',
      why: 'Du trenger ikke samtykke.',
    });
  });

  it('is worded on the condition where the duty only may apply, in both languages; what it does not give stays', () => {
    const s = summarize(build(), { bekymring: 'usikker' });
    const m = s.sharing.find((x) => x.id === 'melding');
    expect(m?.title).toBe('Melding – uten samtykke bare hvis plikten gjelder');
    expect(m?.why).toMatch(/^Hvis meldeplikten gjelder/);
    expect(m?.share).toBe('Hva.');
    const en = summarize(build(), { bekymring: 'usikker' }, 'en');
    expect(en.sharing.find((x) => x.id === 'melding')?.title).toBe('Report – without consent only if the duty applies');
  });

  it('the strongest status wins; none of the named duties in the summary keeps the card as it is', () => {
    expect(summarize(build(), { bekymring: ['vold', 'usikker'] }).sharing[0]?.why).toBe('Du trenger ikke samtykke.');
    expect(summarize(build(), { bekymring: 'frivillig' }).sharing[0]?.why).toBe('Du trenger ikke samtykke.');
  });

  it('validate: an unknown key in it is a shape error, and its duties must be duty cards', () => {
    const base = sharing('x');
    expect(checkShape(base, 'x.yaml')).toEqual([]);
    const bad = checkShape({ ...base, whenConditional: { duties: ['meldeplikt'], text: 'X' } }, 'x.yaml');
    expect(bad.map((f) => f.path)).toContain('whenConditional/text');
    expect(checkShape({ ...base, whenConditional: { duties: ['meldeplikt'], why: 'Y' } }, 'x.yaml')).toEqual([]);
    expect(checkReferences(build())).toEqual([]);
    const refs = checkReferences(build({ duties: ['meldeplikt', 'melding'], why: 'X' }));
    expect(refs.map((f) => [f.rule, f.card, f.path])).toEqual([['reference', 'melding', 'whenConditional/duties/1']]);
  });
});
