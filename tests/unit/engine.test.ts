// The flow engine, pure: which question comes next for a set of answers, in which order, and
// what "back" remembers. No files, no terminal.

import { describe, expect, it } from 'vitest';
import { answer, back, current, defaults, newSession, walk, type AnswerMap } from '../../src/core/engine.js';
import { buildSummary } from '../../src/core/summary.js';
import { renderJson } from '../../src/render/json.js';
import { contact, duty, makeDeck, q, step } from '../helpers/deck.js';

/**
 * start ─▶ skolefolk (only if start=s1) ─▶ worry (multiple)
 *   worry options, in card order: stop (next: end), p (▶ p-follow), q (▶ q-follow), r
 *   p-follow and q-follow both lead to `shared`; worry's own next is `final`
 *   final ─▶ [if worry=r: r-extra] else end
 */
const deck = makeDeck({ start: 'start', always: ['alltid'] }, [
  q(
    'start',
    [
      { id: 's1', label: 'Skole' },
      { id: 's2', label: 'Helse' },
    ],
    { next: 'skolefolk' },
  ),
  q(
    'skolefolk',
    [
      { id: 'ja', label: 'Ja' },
      { id: 'nei', label: 'Nei' },
    ],
    { if: { start: 's1' }, next: 'worry' },
  ),
  q(
    'worry',
    [
      { id: 'stop', label: 'Akutt', urgent: true, next: 'end', adds: ['nod'] },
      { id: 'p', label: 'P', next: 'p-follow', adds: ['plikt', { card: 'skoleplikt', if: { start: 's1' } }] },
      { id: 'q', label: 'Q', next: 'q-follow', adds: ['plikt'] },
      { id: 'r', label: 'R' },
    ],
    { multiple: true, next: 'final' },
  ),
  q(
    'p-follow',
    [
      { id: 'ja', label: 'Ja', adds: ['plikt'] },
      { id: 'nei', label: 'Nei' },
    ],
    { next: 'shared' },
  ),
  q(
    'q-follow',
    [
      { id: 'ja', label: 'Ja', adds: ['plikt'] },
      { id: 'nei', label: 'Nei' },
    ],
    { next: 'shared' },
  ),
  q('shared', [{ id: 'ok', label: 'OK' }]),
  q('final', [{ id: 'ferdig', label: 'Ferdig' }], { next: [{ if: { worry: 'r' }, goto: 'r-extra' }, { goto: 'end' }] }),
  q('r-extra', [{ id: 'ok', label: 'OK' }]),
  duty('plikt'),
  duty('skoleplikt'),
  duty('alltid'),
  contact('nod', { emergency: true, phone: '112', order: 1 }),
  step('s', 'now'),
]);

const m = (o: Record<string, string | string[]>): AnswerMap =>
  new Map(Object.entries(o).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]));

/** Answer whatever the engine asks next from `script`, until complete; the order asked. */
function asked(script: Record<string, string | string[]>): string[] {
  const order: string[] = [];
  let answers = m({});
  for (let i = 0; i < 50; i++) {
    const w = walk(deck, answers);
    if (w.complete) return order;
    const id = w.next!.id;
    if (!(id in script))
      throw new Error(`Asked "${id}", which the script does not answer (asked so far: ${order.join(', ')}).`);
    order.push(id);
    answers = new Map([...answers, [id, [script[id]!].flat()]]);
  }
  throw new Error('The flow did not finish.');
}

describe('walk: order of questions', () => {
  it('starts with the deck start question and nothing answered', () => {
    const w = walk(deck, m({}));
    expect(w.complete).toBe(false);
    expect(w.next?.id).toBe('start');
    expect(w.path).toEqual([]);
  });

  it("follows each chosen branch in card order, then the question's own next", () => {
    // Chosen as [q, p]: the branches still run p first, because p comes first on the card.
    const order = asked({
      start: 's2',
      worry: ['q', 'p'],
      'p-follow': 'nei',
      'q-follow': 'nei',
      shared: 'ok',
      final: 'ferdig',
    });
    expect(order).toEqual(['start', 'worry', 'p-follow', 'shared', 'q-follow', 'final']);
  });

  it('asks a question shared by two branches once only', () => {
    const order = asked({
      start: 's2',
      worry: ['p', 'q'],
      'p-follow': 'ja',
      'q-follow': 'ja',
      shared: 'ok',
      final: 'ferdig',
    });
    expect(order.filter((id) => id === 'shared')).toHaveLength(1);
    const w = walk(
      deck,
      m({ start: 's2', worry: ['p', 'q'], 'p-follow': 'ja', 'q-follow': 'ja', shared: 'ok', final: 'ferdig' }),
    );
    expect(w.complete).toBe(true);
    expect(w.path.map((a) => a.question)).toEqual(['start', 'worry', 'p-follow', 'shared', 'q-follow', 'final']);
  });

  it('`next: end` finishes the whole flow at once, skipping pending branches and the continuation', () => {
    const w = walk(deck, m({ start: 's2', worry: ['stop', 'p'] }));
    expect(w.complete).toBe(true);
    expect(w.urgent).toBe(true);
    expect(w.path.map((a) => a.question)).toEqual(['start', 'worry']);
  });

  it('a question without next ends only its branch', () => {
    // r has no branch; worry continues with `final`; shared (no next) returned to worry's pending next.
    expect(asked({ start: 's2', worry: ['p'], 'p-follow': 'nei', shared: 'ok', final: 'ferdig' })).toEqual([
      'start',
      'worry',
      'p-follow',
      'shared',
      'final',
    ]);
  });

  it('asks a question with `if` only when the condition holds', () => {
    expect(asked({ start: 's1', skolefolk: 'ja', worry: 'r', final: 'ferdig', 'r-extra': 'ok' })[1]).toBe('skolefolk');
    expect(asked({ start: 's2', worry: 'r', final: 'ferdig', 'r-extra': 'ok' })[1]).toBe('worry');
  });

  it('`if` on next rules picks the first rule that holds, else the fallback', () => {
    expect(asked({ start: 's2', worry: 'r', final: 'ferdig', 'r-extra': 'ok' }).at(-1)).toBe('r-extra');
    expect(asked({ start: 's2', worry: ['p'], 'p-follow': 'nei', shared: 'ok', final: 'ferdig' }).at(-1)).toBe('final');
  });

  it('counts only answers earlier on the path in conditions', () => {
    // An answer to `skolefolk` is given, but with start=s2 the question is skipped: not on the path.
    const w = walk(deck, m({ start: 's2', skolefolk: 'ja', worry: 'r', final: 'ferdig', 'r-extra': 'ok' }));
    expect(w.complete).toBe(true);
    expect(w.path.map((a) => a.question)).not.toContain('skolefolk');
    expect(w.unused).toEqual(['skolefolk']);
  });

  it('records chosen options in card order whatever order they were given in', () => {
    const w = walk(deck, m({ start: 's2', worry: ['q', 'p'] }));
    expect(w.path[1]).toEqual({ question: 'worry', options: ['p', 'q'] });
  });
});

describe('adds with `if`', () => {
  const full = { 'p-follow': 'nei', shared: 'ok', final: 'ferdig' };
  const dutiesFor = (start: string, extra: Record<string, string | string[]> = {}) => {
    const w = walk(deck, m({ start, ...extra, worry: 'p', ...full }));
    expect(w.complete).toBe(true);
    return buildSummary(deck, w.path, { lang: 'nb', generated: '2026-11-23', urgent: w.urgent }).duties.map(
      (d) => d.id,
    );
  };
  it('adds the conditional card only when the condition holds', () => {
    expect(dutiesFor('s1', { skolefolk: 'nei' })).toContain('skoleplikt');
    expect(dutiesFor('s2')).not.toContain('skoleplikt');
  });
});

describe('session: back', () => {
  it('steps back one question and offers the later answers again as defaults', () => {
    let s = newSession();
    s = answer(s, 'start', ['s2']);
    s = answer(s, 'worry', ['p', 'q']);
    s = answer(s, 'p-follow', ['ja']);
    expect(current(deck, s).next?.id).toBe('shared');

    s = back(s); // back to p-follow
    expect(current(deck, s).next?.id).toBe('p-follow');
    s = back(s); // back to worry
    expect(current(deck, s).next?.id).toBe('worry');
    expect(defaults(s, 'worry')).toEqual(['p', 'q']);
    expect(defaults(s, 'p-follow')).toEqual(['ja']);
    expect(s.answers).toEqual([{ question: 'start', options: ['s2'] }]);

    // Answering differently moves on; the other branch's default stays remembered.
    s = answer(s, 'worry', ['q']);
    expect(current(deck, s).next?.id).toBe('q-follow');
    expect(defaults(s, 'p-follow')).toEqual(['ja']);
  });

  it('back at the first question stays at the first question', () => {
    const s = back(newSession());
    expect(current(deck, s).next?.id).toBe('start');
  });
});

describe('determinism', () => {
  it('the same answers give a byte-identical summary JSON, whatever order they were given in', () => {
    const a = walk(
      deck,
      m({
        start: 's1',
        skolefolk: 'ja',
        worry: ['q', 'p'],
        'p-follow': 'ja',
        'q-follow': 'ja',
        shared: 'ok',
        final: 'ferdig',
      }),
    );
    const b = walk(
      deck,
      m({
        final: 'ferdig',
        shared: 'ok',
        'q-follow': 'ja',
        'p-follow': 'ja',
        worry: ['p', 'q'],
        skolefolk: 'ja',
        start: 's1',
      }),
    );
    const json = (w: typeof a) =>
      renderJson(buildSummary(deck, w.path, { lang: 'nb', generated: '2026-11-23', urgent: w.urgent }));
    const first = json(a);
    expect(json(b)).toBe(first);
    expect(json(a)).toBe(first);
    expect(JSON.parse(first).duties.map((d: { id: string }) => d.id)).toEqual(['plikt', 'skoleplikt', 'alltid']);
  });
});
