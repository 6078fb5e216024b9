// In-memory decks for core unit tests: no files, no YAML, just the card model.

import type {
  Card,
  ContactCard,
  Deck,
  DeckMeta,
  DutyCard,
  QuestionCard,
  SharingCard,
  StepCard,
} from '../../src/core/types.js';

export function makeDeck(meta: Partial<DeckMeta> & { start: string }, cards: Card[]): Deck {
  return {
    meta: {
      kind: 'deck',
      id: 'test.unit',
      version: '2.0.0',
      title: { nb: 'Testkortstokk', en: 'Test deck' },
      languages: ['nb', 'en'],
      reviewed: '2026-11-01',
      file: 'deck.yaml',
      ...meta,
    },
    cards: new Map(cards.map((c) => [c.id, c])),
    localIds: new Set(),
  };
}

const BASIS = [{ law: 'barnevernsloven', section: '§ 13-2', url: 'https://lovdata.no/lov/2021-06-18-97/§13-2' }];

export function q(id: string, options: QuestionCard['options'], extra: Partial<QuestionCard> = {}): QuestionCard {
  return {
    kind: 'question',
    id,
    text: { nb: `Spørsmål ${id}?`, en: `Question ${id}?` },
    why: `Fordi ${id}.`,
    options,
    ...extra,
  };
}

export function duty(id: string, extra: Partial<DutyCard> = {}): DutyCard {
  return {
    kind: 'duty',
    id,
    title: { nb: `Plikt ${id}`, en: `Duty ${id}` },
    summary: `Sammendrag ${id}.`,
    meaning: `Betydning ${id}.`,
    basis: BASIS,
    reviewed: '2026-11-01',
    ...extra,
  };
}

export function sharing(id: string, extra: Partial<SharingCard> = {}): SharingCard {
  return {
    kind: 'sharing',
    id,
    title: `Deling ${id}`,
    share: 'Hva.',
    with: 'Hvem.',
    why: 'Hvorfor.',
    basis: BASIS,
    reviewed: '2026-11-01',
    ...extra,
  };
}

export function contact(id: string, extra: Partial<ContactCard> = {}): ContactCard {
  return { kind: 'contact', id, name: `Kontakt ${id}`, when: `Når ${id}.`, reviewed: '2026-11-01', ...extra };
}

export function step(id: string, urgency: StepCard['urgency'], extra: Partial<StepCard> = {}): StepCard {
  return { kind: 'step', id, title: `Steg ${id}`, urgency, ...extra };
}
