// Advice that fits the case: duty status (applies / conditional / not-applicable) and card-level
// conditions on reference cards, through the summary model and the deck checks.

import { describe, expect, it } from 'vitest';
import { walk } from '../../src/core/engine.js';
import { checkReferences } from '../../src/core/checks/references.js';
import { checkShape } from '../../src/core/checks/shape.js';
import { buildSummary, type Summary } from '../../src/core/summary.js';
import { summaryJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import type { Deck } from '../../src/core/types.js';
import { showCard } from '../../src/workshop/browse.js';
import { compareRoutes } from '../../src/workshop/compare.js';
import { contact, duty, makeDeck, q, sharing, step } from '../helpers/deck.js';

const ENDRING = { nb: 'Gjelder hvis barnet bor hjemme.', en: 'Applies if the child lives at home.' };

function build(): Deck {
  return makeDeck({ start: 'rolle', always: ['legevakt'] }, [
    q(
      'rolle',
      [
        { id: 'laerer', label: 'Lærer' },
        { id: 'lege', label: 'Legevaktlege' },
        { id: 'politi', label: 'Politi' },
      ],
      { next: 'bekymring' },
    ),
    q(
      'bekymring',
      [
        {
          id: 'vold',
          label: 'Vold',
          adds: [
            'meldeplikt',
            { card: 'avverge', status: 'conditional', condition: ENDRING },
            'politilov',
            'hent',
            'ring',
          ],
        },
        {
          id: 'usikker',
          label: 'Usikker',
          adds: [{ card: 'meldeplikt', status: 'not-applicable' }, 'avverge', 'nav-plikt'],
        },
        { id: 'rus', label: 'Rus', adds: [{ card: 'meldeplikt', status: 'conditional' }] },
      ],
      { multiple: true },
    ),
    duty('meldeplikt', {
      condition: {
        nb: 'Når det er grunn til å tro at barnet blir mishandlet.',
        en: 'When there is reason to believe the child is mistreated.',
      },
    }),
    duty('avverge', { status: 'not-applicable' }),
    duty('nav-plikt'),
    duty('politilov', { if: { rolle: 'politi' } }),
    contact('legevakt', { name: 'Legevakten', phone: '116 117', if: { not: { rolle: 'lege' } } }),
    step('hent', 'pickup'),
    step('ring', 'now'),
    sharing('unused'),
  ]);
}

function summarize(deck: Deck, answers: Record<string, string | string[]>, lang: 'nb' | 'en' = 'nb'): Summary {
  const w = walk(deck, new Map(Object.entries(answers).map(([k, v]) => [k, [v].flat()])));
  expect(w.complete).toBe(true);
  return buildSummary(deck, w.path, { lang, generated: '2026-11-27', urgent: w.urgent });
}

const statuses = (s: Summary) => s.duties.map((d) => [d.id, d.status, d.condition]);

describe('duty status', () => {
  it('defaults to applies; a ref overrides the card default, with its own condition text', () => {
    const s = summarize(build(), { rolle: 'laerer', bekymring: 'vold' });
    expect(statuses(s)).toEqual([
      ['meldeplikt', 'applies', undefined],
      ['avverge', 'conditional', 'Gjelder hvis barnet bor hjemme.'],
    ]);
  });

  it('the card default holds when the ref says nothing, and not-applicable duties come last', () => {
    const s = summarize(build(), { rolle: 'laerer', bekymring: 'usikker' });
    expect(statuses(s)).toEqual([
      ['nav-plikt', 'applies', undefined],
      ['meldeplikt', 'not-applicable', undefined],
      ['avverge', 'not-applicable', undefined],
    ]);
  });

  it('the strongest status wins when a duty is added several times, and its condition goes with it', () => {
    const s = summarize(build(), { rolle: 'laerer', bekymring: ['usikker', 'rus'] }, 'en');
    // meldeplikt: not-applicable (usikker) < conditional (rus, the card's condition text).
    expect(s.duties.find((d) => d.id === 'meldeplikt')).toMatchObject({
      status: 'conditional',
      condition: 'When there is reason to believe the child is mistreated.',
    });
    const both = summarize(build(), { rolle: 'laerer', bekymring: ['vold', 'usikker', 'rus'] });
    expect(statuses(both).slice(0, 3)).toEqual([
      ['meldeplikt', 'applies', undefined],
      ['nav-plikt', 'applies', undefined],
      ['avverge', 'conditional', 'Gjelder hvis barnet bor hjemme.'],
    ]);
    // Because names the answers behind the status shown, not those that said it does not apply.
    expect(both.duties.find((d) => d.id === 'meldeplikt')!.because).toEqual([
      { question: 'bekymring', option: 'vold' },
    ]);
    expect(both.duties.find((d) => d.id === 'avverge')!.because).toEqual([{ question: 'bekymring', option: 'vold' }]);
  });

  it('JSON carries status on every duty and condition only when conditional', () => {
    const j = JSON.parse(JSON.stringify(summaryJson(summarize(build(), { rolle: 'laerer', bekymring: ['vold'] }))));
    expect(j.duties.map((d: Record<string, unknown>) => [d.status, 'condition' in d])).toEqual([
      ['applies', false],
      ['conditional', true],
    ]);
  });

  it('markdown and text show the status label per duty', () => {
    const s = summarize(build(), { rolle: 'laerer', bekymring: ['vold', 'usikker'] });
    const md = renderMarkdown(s);
    expect(md).toContain('### Kan gjelde – hvis …');
    expect(md).toContain('*Gjelder hvis barnet bor hjemme.*');
    expect(md).toContain('### Gjelder for deg\n');
    expect(renderText(s)).toContain('Kan gjelde – hvis …');
    const en = renderMarkdown(summarize(build(), { rolle: 'laerer', bekymring: 'usikker' }, 'en'));
    expect(en).toContain('### Does not apply to you – but …');
  });
});

describe('card-level if', () => {
  it('leaves a card out when its own condition does not hold, whoever added it (also always)', () => {
    const lege = summarize(build(), { rolle: 'lege', bekymring: 'vold' });
    expect(lege.contacts.map((c) => c.id)).toEqual([]);
    expect(lege.duties.map((d) => d.id)).not.toContain('politilov');
    const laerer = summarize(build(), { rolle: 'laerer', bekymring: 'vold' });
    expect(laerer.contacts.map((c) => c.id)).toEqual(['legevakt']);
    const politi = summarize(build(), { rolle: 'politi', bekymring: 'vold' });
    expect(politi.duties.map((d) => d.id)).toContain('politilov');
  });
});

describe('pickup urgency', () => {
  it('sorts between now and today and has its own label', () => {
    const deck = build();
    deck.cards.set('idag', step('idag', 'today'));
    (deck.cards.get('bekymring') as { options: { adds?: unknown[] }[] }).options[0]!.adds!.unshift('idag');
    const s = summarize(deck, { rolle: 'laerer', bekymring: 'vold' });
    expect(s.steps.map((x) => [x.id, x.urgency])).toEqual([
      ['ring', 'now'],
      ['hent', 'pickup'],
      ['idag', 'today'],
    ]);
    expect(renderMarkdown(s)).toContain('(før henting)');
    expect(renderMarkdown(summarize(deck, { rolle: 'laerer', bekymring: 'vold' }, 'en'))).toContain('(before pick-up)');
  });
});

describe('checks', () => {
  const messages = (deck: Deck) => checkReferences(deck).map((f) => `${f.rule} ${f.card}:${f.path} ${f.message}`);

  it('a conditional duty without a condition anywhere is an error, at the entry', () => {
    const deck = build();
    deck.cards.set('meldeplikt', duty('meldeplikt'));
    expect(messages(deck)).toEqual([
      'duty-status bekymring:options/2/adds/0/status "meldeplikt" is added as conditional, but neither this entry nor the duty card says the condition.',
    ]);
    deck.cards.set('avverge', duty('avverge', { status: 'conditional' }));
    expect(messages(deck)).toContain(
      'duty-status avverge:status Duty "avverge" is conditional by default but says no condition.',
    );
  });

  it('status and condition are only for duty cards', () => {
    const deck = build();
    (deck.cards.get('bekymring') as { options: { adds?: unknown[] }[] }).options[2]!.adds!.push({
      card: 'hent',
      status: 'applies',
    });
    expect(messages(deck)).toEqual([
      'duty-status bekymring:options/2/adds/1/status "status" is for duty cards; "hent" is a step card.',
    ]);
  });

  it('card-level conditions are checked like option conditions, with did-you-mean', () => {
    const deck = build();
    deck.cards.set('legevakt', contact('legevakt', { if: { not: { rolle: 'leeg' } } }));
    deck.cards.set('hent', step('hent', 'pickup', { if: { rolel: 'lege' } }));
    const found = checkReferences(deck);
    expect(found.map((f) => [f.card, f.path, f.message, f.hint])).toEqual([
      ['legevakt', 'if/not/rolle', 'Unknown option of "rolle" "leeg".', 'Did you mean "lege"?'],
      ['hent', 'if/rolel', 'Unknown question "rolel".', 'Did you mean "rolle"?'],
    ]);
  });

  it('the shape check knows the new fields and rejects wrong values', () => {
    const ok = {
      kind: 'duty',
      id: 'd',
      title: 'T',
      summary: 'S',
      meaning: 'M',
      basis: [{ law: 'l', section: '§ 1', url: 'https://lovdata.no/x' }],
      reviewed: '2026-11-01',
      status: 'conditional',
      condition: { nb: 'Hvis.', en: 'If.' },
      if: { rolle: 'lege' },
    };
    expect(checkShape(ok, 'd.yaml')).toEqual([]);
    expect(checkShape({ ...ok, status: 'conditonal' }, 'd.yaml').map((f) => [f.path, f.hint])).toEqual([
      ['status', 'Did you mean "conditional"?'],
    ]);
    expect(checkShape({ kind: 'step', id: 's', title: 'T', urgency: 'pickup', if: { a: 'b' } }, 's.yaml')).toEqual([]);
    expect(
      checkShape({ kind: 'step', id: 's', title: 'T', urgency: 'pick-up' }, 's.yaml').map((f) => f.message),
    ).toEqual(['Expected one of now, pickup, today, soon, later, got "pick-up".']);
    expect(
      checkShape(
        { kind: 'source', id: 's', title: 'T', url: 'https://x.no', reviewed: '2026-11-01', if: { a: 'b' } },
        's.yaml',
      ).map((f) => f.message),
    ).toEqual(['Unknown field "if".']);
    const question = {
      kind: 'question',
      id: 'q',
      text: 'T',
      why: 'W',
      options: [{ id: 'a', label: 'A', adds: [{ card: 'd', status: 'applies', condition: 'Hvis.', unless: {} }] }],
    };
    expect(checkShape(question, 'q.yaml').map((f) => f.path)).toEqual(['options/0/adds/0/unless']);
  });
});

describe('workshop', () => {
  const route = (answers: Record<string, string[]>) =>
    Object.entries(answers).map(([question, options]) => ({ question, options }));

  it('train: the same duty with another status is a difference, with the status after the title', () => {
    const deck = build();
    const c = compareRoutes(
      deck,
      route({ rolle: ['laerer'], bekymring: ['usikker'] }),
      route({ rolle: ['laerer'], bekymring: ['vold'] }),
      'nb',
    );
    expect(c.match).toBe(false);
    expect(c.onlyParticipant.map((x) => [x.id, x.status, x.title])).toEqual([
      ['nav-plikt', 'applies', 'Plikt nav-plikt'],
      ['meldeplikt', 'not-applicable', 'Plikt meldeplikt (Gjelder ikke her)'],
      ['avverge', 'not-applicable', 'Plikt avverge (Gjelder ikke her)'],
    ]);
    expect(c.onlyRecommended.filter((x) => x.kind === 'duties').map((x) => [x.id, x.status])).toEqual([
      ['meldeplikt', 'applies'],
      ['avverge', 'conditional'],
    ]);
    expect(
      compareRoutes(
        deck,
        route({ rolle: ['laerer'], bekymring: ['vold'] }),
        route({ rolle: ['laerer'], bekymring: ['vold'] }),
        'nb',
      ).match,
    ).toBe(true);
  });

  it('show: a duty card says its default status and condition; a reference card its own condition', () => {
    const deck = build();
    const avverge = showCard(deck, deck.cards.get('avverge')!, 'nb', 100);
    expect(avverge).toContain('Status:\n  Gjelder ikke her');
    const legevakt = showCard(deck, deck.cards.get('legevakt')!, 'en', 100);
    expect(legevakt).toMatch(/In the summary only when:\n  .*rolle/);
    const q = showCard(deck, deck.cards.get('bekymring')!, 'nb', 200);
    expect(q).toContain(
      '+ meldeplikt, avverge [Gjelder på vilkår: Gjelder hvis barnet bor hjemme.], politilov, hent, ring',
    );
  });
});
