// The summary model: what a path adds up to, why each item is there, and in which order.

import { describe, expect, it } from 'vitest';
import { walk } from '../../src/core/engine.js';
import { applyOverlay } from '../../src/core/deck.js';
import { buildSummary, type Summary } from '../../src/core/summary.js';
import { FALLBACK_MARKER } from '../../src/core/text.js';
import type { Deck } from '../../src/core/types.js';
import { contact, duty, makeDeck, q, sharing, step } from '../helpers/deck.js';

function build(): Deck {
  return makeDeck(
    {
      start: 'sektor',
      always: ['anonym', 'alarm'],
      texts: { actNow: { nb: 'Bli hos barnet.', en: 'Stay with the child.' }, record: 'Skriv ned.' },
    },
    [
      q(
        'sektor',
        [
          { id: 'skole', label: { nb: 'Skole', en: 'School' } },
          { id: 'helse', label: 'Helse' },
        ],
        { next: 'bekymring' },
      ),
      q(
        'bekymring',
        [
          { id: 'akutt', label: 'Akutt', urgent: true, adds: ['politi', 'ambulanse', 'ring-nå'], next: 'end' },
          {
            id: 'vold',
            label: 'Vold',
            adds: ['meldeplikt', 'barnevernvakt', 'lokal-bv', 'skriv-ned', 'ring-nå'],
            next: 'mistenkt',
          },
          {
            id: 'omsorg',
            label: 'Omsorgssvikt',
            adds: ['meldeplikt', 'lokal-bv', 'snakk', 'skriv-ned', { card: 'helseplikt', if: { sektor: 'helse' } }],
          },
        ],
        { multiple: true, next: 'leder' },
      ),
      q('mistenkt', [
        { id: 'ja', label: 'Ja', adds: ['meldeplikt', 'ikke-foreldre'] },
        { id: 'nei', label: 'Nei' },
      ]),
      q('leder', [
        { id: 'ja', label: 'Ja', adds: ['personlig'] },
        { id: 'nei', label: 'Nei' },
      ]),
      duty('meldeplikt'),
      duty('personlig', { title: 'Plikten er personlig' }),
      duty('helseplikt'),
      sharing('anonym', { title: { nb: 'Anonym drøfting', en: 'Anonymous consultation' }, share: 'Uten navn.' }),
      contact('alarm', { name: 'Alarmtelefonen', phone: '116 111', order: 20 }),
      contact('lokal-bv', { name: 'Barnevernstjenesten', local: true, order: 10 }),
      contact('barnevernvakt', { name: 'Barnevernvakten', local: true, phone: '00 00 00 00', order: 5 }),
      contact('politi', { name: 'Politi', phone: '112', emergency: true, order: 1 }),
      contact('ambulanse', { name: 'Ambulanse', phone: '113', emergency: true, order: 2 }),
      step('snakk', 'later', { order: 1 }),
      step('skriv-ned', 'today', { order: 5 }),
      step('ring-nå', 'now', { order: 9 }),
      step('ikke-foreldre', 'now', { order: 1 }),
    ],
  );
}

function summarize(deck: Deck, answers: Record<string, string | string[]>, lang: 'nb' | 'en' = 'nb'): Summary {
  const w = walk(deck, new Map(Object.entries(answers).map(([k, v]) => [k, [v].flat()])));
  expect(w.complete, `incomplete, next: ${w.next?.id}`).toBe(true);
  return buildSummary(deck, w.path, { lang, generated: '2026-11-23', urgent: w.urgent });
}

const ALL = { sektor: 'skole', bekymring: ['vold', 'omsorg'], mistenkt: 'ja', leder: 'ja' };

describe('because', () => {
  it('lists every answer that added an item, once per item, merged across branches', () => {
    const s = summarize(build(), ALL);
    const meldeplikt = s.duties.filter((d) => d.id === 'meldeplikt');
    expect(meldeplikt).toHaveLength(1);
    expect(meldeplikt[0]!.because).toEqual([
      { question: 'bekymring', option: 'vold' },
      { question: 'bekymring', option: 'omsorg' },
      { question: 'mistenkt', option: 'ja' },
    ]);
    expect(s.steps.filter((x) => x.id === 'skriv-ned')).toHaveLength(1);
    expect(s.duties.find((d) => d.id === 'personlig')!.because).toEqual([{ question: 'leder', option: 'ja' }]);
  });

  it('gives always-included cards an empty because', () => {
    const s = summarize(build(), ALL);
    expect(s.sharing.find((x) => x.id === 'anonym')!.because).toEqual([]);
    expect(s.contacts.find((x) => x.id === 'alarm')!.because).toEqual([]);
  });

  it('adds a conditional card only when its condition holds on the path', () => {
    expect(summarize(build(), { ...ALL, sektor: 'helse' }).duties.map((d) => d.id)).toContain('helseplikt');
    expect(summarize(build(), ALL).duties.map((d) => d.id)).not.toContain('helseplikt');
  });

  it('leaves out what an unchosen answer would have added', () => {
    const s = summarize(build(), { sektor: 'skole', bekymring: 'omsorg', leder: 'nei' });
    expect(s.duties.map((d) => d.id)).toEqual(['meldeplikt']);
    expect(s.steps.map((x) => x.id)).not.toContain('ikke-foreldre');
  });
});

describe('order', () => {
  it('sorts contacts by their order field', () => {
    const s = summarize(build(), ALL);
    expect(s.contacts.map((c) => c.id)).toEqual(['barnevernvakt', 'lokal-bv', 'alarm']);
  });

  it('sorts steps by urgency (now, today, soon, later), then by order', () => {
    const s = summarize(build(), ALL);
    expect(s.steps.map((x) => [x.id, x.urgency])).toEqual([
      ['ikke-foreldre', 'now'],
      ['ring-nå', 'now'],
      ['skriv-ned', 'today'],
      ['snakk', 'later'],
    ]);
  });
});

describe('urgent', () => {
  it('an urgent answer puts act-now first, with the emergency contacts and the deck text', () => {
    const s = summarize(build(), { sektor: 'skole', bekymring: ['akutt', 'vold'] });
    expect(s.urgent).toBe(true);
    expect(s.actNow).toBeDefined();
    expect(s.actNow!.contacts.map((c) => [c.id, c.phone])).toEqual([
      ['politi', '112'],
      ['ambulanse', '113'],
    ]);
    expect(s.actNow!.text).toBe('Bli hos barnet.');
    // `end` on akutt: the vold branch (mistenkt) and leder are never asked.
    expect(s.answers.map((a) => a.question)).toEqual(['sektor', 'bekymring']);
  });

  it('"who to contact" lists 113 above 112 when the 113 step comes first, as act-now does (revp D5)', () => {
    const deck = makeDeck({ start: 'fare' }, [
      q(
        'fare',
        [
          { id: 'helse', label: 'Helse', urgent: true, adds: ['nod-112', 'amk-113', 'alarm', 'ring-113'] },
          { id: 'vold', label: 'Vold', urgent: true, adds: ['nod-112', 'amk-113', 'alarm', 'ring-112'] },
        ],
        { next: 'end' },
      ),
      contact('alarm', { name: 'Alarmtelefonen', phone: '116 111', order: 20 }),
      contact('nod-112', { name: 'Politi', phone: '112', emergency: true, order: 1 }),
      contact('amk-113', { name: 'Ambulanse', phone: '113', emergency: true, order: 2 }),
      step('ring-113', 'now', { order: 1 }),
      step('ring-112', 'now', { order: 1 }),
    ]);
    const health = summarize(deck, { fare: 'helse' });
    expect(health.contacts.map((c) => c.id)).toEqual(['amk-113', 'nod-112', 'alarm']);
    expect(health.actNow!.contacts.map((c) => c.id)).toEqual(['amk-113', 'nod-112']);
    expect(summarize(deck, { fare: 'vold' }).contacts.map((c) => c.id)).toEqual(['nod-112', 'amk-113', 'alarm']);
  });

  it('a case without urgent answers has no act-now part', () => {
    const s = summarize(build(), ALL);
    expect(s.urgent).toBe(false);
    expect(s.actNow).toBeUndefined();
  });
});

describe('local contacts', () => {
  it('marks a local placeholder without an overlay entry as missing, inventing no number', () => {
    const c = summarize(build(), ALL).contacts.find((x) => x.id === 'lokal-bv')!;
    expect(c.missing).toBe(true);
    expect(c.phone).toBeUndefined();
  });

  it("fills it from the municipality's overlay: the phone is shown and it is no longer missing", () => {
    const deck = build();
    const findings = applyOverlay(deck, {
      file: 'tiltakskort.local.yaml',
      raw: {
        kind: 'local',
        municipality: 'Eksempel kommune',
        reviewed: '2026-11-01',
        contacts: [{ id: 'lokal-bv', phone: '22 33 44 55' }],
      },
    });
    expect(findings).toEqual([]);
    const s = summarize(deck, ALL);
    const c = s.contacts.find((x) => x.id === 'lokal-bv')!;
    expect(c).toMatchObject({ phone: '22 33 44 55', missing: false, local: true, title: 'Barnevernstjenesten' });
    expect(s.municipality).toBe('Eksempel kommune');
    // Overridden by nobody, still a placeholder: barnevernvakt keeps its own state.
    expect(s.contacts.find((x) => x.id === 'barnevernvakt')!.missing).toBe(true);
  });
});

describe('languages', () => {
  it('uses English where the card has it and marks bokmål fallbacks with "[nb] "', () => {
    const s = summarize(build(), ALL, 'en');
    expect(FALLBACK_MARKER).toBe('[nb] ');
    expect(s.lang).toBe('en');
    expect(s.deck.title).toBe('Test deck');
    expect(s.sharing.find((x) => x.id === 'anonym')!.title).toBe('Anonymous consultation');
    expect(s.sharing.find((x) => x.id === 'anonym')!.share).toBe('[nb] Uten navn.');
    expect(s.duties.find((d) => d.id === 'personlig')!.title).toBe('[nb] Plikten er personlig');
    expect(s.answers[0]!.options[0]!.label).toBe('School');
    expect(s.answers[1]!.options[0]!.label).toBe('[nb] Vold');
  });

  it('bokmål never shows the marker', () => {
    const s = summarize(build(), ALL, 'nb');
    expect(JSON.stringify(s)).not.toContain('[nb]');
  });
});
