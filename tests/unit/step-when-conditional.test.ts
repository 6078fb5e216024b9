// A step worded for a duty that only may apply (`whenConditional`, revs S5): "report yourself" stays
// firm where the duty applies, and becomes "if you conclude the duty applies, you report yourself"
// where it comes out conditional. The shape and reference checks know the field.

import { describe, expect, it } from 'vitest';
import { walk } from '../../src/core/engine.js';
import { buildSummary, type Summary } from '../../src/core/summary.js';
import { checkShape } from '../../src/core/checks/shape.js';
import { checkReferences } from '../../src/core/checks/references.js';
import type { Deck, StepCard } from '../../src/core/types.js';
import { duty, makeDeck, q, step } from '../helpers/deck.js';

const VARIANT = {
  duties: ['personlig', 'annen'],
  title: {
    nb: 'Kommer du til at du har meldeplikt, melder du selv',
    en: 'If you conclude the duty applies, report yourself',
  },
  text: 'Meldeplikten gjelder bare på vilkår.',
};

function build(whenConditional: StepCard['whenConditional'] = VARIANT): Deck {
  return makeDeck({ start: 'bekymring' }, [
    q(
      'bekymring',
      [
        { id: 'annen', label: 'Annen', adds: ['annen'] },
        { id: 'ingen', label: 'Ingen plikt' },
        { id: 'vold', label: 'Vold', adds: ['personlig'] },
        {
          id: 'usikker',
          label: 'Usikker',
          adds: [{ card: 'personlig', status: 'conditional', condition: 'Hvis det er alvorlig.' }],
        },
      ],
      { multiple: true, next: 'leder' },
    ),
    q('leder', [{ id: 'uenig', label: 'Uenig', adds: ['meld-selv'] }]),
    duty('personlig', { title: 'Plikten er personlig' }),
    duty('annen', { title: 'En annen plikt' }),
    step('meld-selv', 'today', {
      title: { nb: 'Meld selv når lederen er uenig', en: 'Report yourself when your leader disagrees' },
      text: 'Meld så selv.',
      whenConditional,
    }),
  ]);
}

function summarize(deck: Deck, answers: Record<string, string | string[]>, lang: 'nb' | 'en' = 'nb'): Summary {
  const w = walk(deck, new Map(Object.entries(answers).map(([k, v]) => [k, [v].flat()])));
  expect(w.complete).toBe(true);
  return buildSummary(deck, w.path, { lang, generated: '2026-11-27', urgent: w.urgent });
}

describe('whenConditional on a step', () => {
  it('keeps the firm wording where the duty applies', () => {
    const s = summarize(build(), { bekymring: 'vold', leder: 'uenig' });
    expect(s.duties[0]?.status).toBe('applies');
    expect(s.steps[0]).toMatchObject({
      id: 'meld-selv',
      title: 'Meld selv når lederen er uenig',
      text: 'Meld så selv.',
    });
  });

  it('uses the conditional wording where the duty only may apply, in both languages', () => {
    const s = summarize(build(), { bekymring: 'usikker', leder: 'uenig' });
    expect(s.duties[0]?.status).toBe('conditional');
    expect(s.steps[0]).toMatchObject({
      id: 'meld-selv',
      title: 'Kommer du til at du har meldeplikt, melder du selv',
      text: 'Meldeplikten gjelder bare på vilkår.',
    });
    const en = summarize(build(), { bekymring: 'usikker', leder: 'uenig' }, 'en');
    expect(en.steps[0]?.title).toBe('If you conclude the duty applies, report yourself');
  });

  it('the strongest status wins: one answer that makes the duty apply keeps the firm wording', () => {
    const s = summarize(build(), { bekymring: ['vold', 'usikker'], leder: 'uenig' });
    expect(s.steps[0]?.title).toBe('Meld selv når lederen er uenig');
  });

  it('several named duties: the strongest status among them decides; none of them in the summary: firm', () => {
    const mixed = summarize(build(), { bekymring: ['annen', 'usikker'], leder: 'uenig' });
    expect(mixed.duties.map((d) => [d.id, d.status])).toEqual([
      ['annen', 'applies'],
      ['personlig', 'conditional'],
    ]);
    expect(mixed.steps[0]?.title).toBe('Meld selv når lederen er uenig');
    const none = summarize(build(), { bekymring: 'ingen', leder: 'uenig' });
    expect(none.duties).toEqual([]);
    expect(none.steps[0]?.title).toBe('Meld selv når lederen er uenig');
  });

  it('replaces only what it gives: a variant with a text only keeps the title', () => {
    const s = summarize(build({ duties: ['personlig'], text: 'Bare på vilkår.' }), {
      bekymring: 'usikker',
      leder: 'uenig',
    });
    expect(s.steps[0]).toMatchObject({ title: 'Meld selv når lederen er uenig', text: 'Bare på vilkår.' });
  });

  it('validate: an unknown key in it is a shape error, and its duty must be a duty card', () => {
    const bad = checkShape(
      { kind: 'step', id: 'x', title: 'X', urgency: 'today', whenConditional: { duties: ['personlig'], tittel: 'X' } },
      'x.yaml',
    );
    expect(bad.map((f) => f.path)).toContain('whenConditional/tittel');
    expect(
      checkShape({ kind: 'step', id: 'x', title: 'X', urgency: 'today', whenConditional: 'personlig' }, 'x.yaml'),
    ).toHaveLength(1);
    expect(checkReferences(build())).toEqual([]);
    const refs = checkReferences(build({ duties: ['personlig', 'meld-selv'], text: 'X' }));
    expect(refs.map((f) => [f.rule, f.card, f.path])).toEqual([['reference', 'meld-selv', 'whenConditional/duties/1']]);
  });
});
