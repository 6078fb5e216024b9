// Scripted answers (flags or a file) checked against the deck before anything runs.

import { describe, expect, it } from 'vitest';
import { parseAnswerFlags, runScripted, type ScriptedProblem } from '../../src/core/scripted.js';
import { en } from '../../src/core/words/en.js';
import { nb } from '../../src/core/words/nb.js';

/** A problem as the English user reads it. */
const inEnglish = (ps: ScriptedProblem[]) => ps.map((p) => ({ message: p.said(en), valid: p.valid }));
import { makeDeck, q, duty } from '../helpers/deck.js';

const deck = makeDeck({ start: 'sektor' }, [
  q(
    'sektor',
    [
      { id: 'skole', label: 'Skole' },
      { id: 'barnehage', label: 'Barnehage' },
    ],
    { next: 'bekymring' },
  ),
  q(
    'bekymring',
    [
      { id: 'akutt', label: 'Akutt', urgent: true, next: 'end' },
      { id: 'vold', label: 'Vold', next: 'mistenkt', adds: ['plikt'] },
      { id: 'omsorgssvikt', label: 'Omsorgssvikt', adds: ['plikt'] },
    ],
    { multiple: true, next: 'leder' },
  ),
  q('mistenkt', [
    { id: 'ja', label: 'Ja' },
    { id: 'nei', label: 'Nei' },
  ]),
  q('leder', [
    { id: 'ja', label: 'Ja' },
    { id: 'nei', label: 'Nei' },
  ]),
  duty('plikt'),
]);

describe('runScripted', () => {
  it('is incomplete with no answers, and names the first question', () => {
    const r = runScripted(deck, {});
    expect(r.ok && !r.walk.complete && r.walk.next?.id).toBe('sektor');
  });

  it('completes with answers for the whole path, multiple answers as a list', () => {
    const r = runScripted(deck, { sektor: 'skole', bekymring: ['vold', 'omsorgssvikt'], mistenkt: 'nei', leder: 'ja' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.walk.complete).toBe(true);
    expect(r.walk.path).toEqual([
      { question: 'sektor', options: ['skole'] },
      { question: 'bekymring', options: ['vold', 'omsorgssvikt'] },
      { question: 'mistenkt', options: ['nei'] },
      { question: 'leder', options: ['ja'] },
    ]);
  });

  it('rejects an unknown question and lists the question ids', () => {
    const r = runScripted(deck, { sektor: 'skole', sektr: 'x' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(inEnglish(r.problems)).toEqual([
      { message: 'Unknown question "sektr".', valid: ['sektor', 'bekymring', 'mistenkt', 'leder'] },
    ]);
  });

  it("rejects an unknown option and lists that question's option ids", () => {
    const r = runScripted(deck, { sektor: 'helse' });
    expect(r.ok ? [] : inEnglish(r.problems)).toEqual([
      { message: 'Unknown option "helse" for question "sektor".', valid: ['skole', 'barnehage'] },
    ]);
  });

  it('rejects several answers to a single-choice question', () => {
    const r = runScripted(deck, { sektor: ['skole', 'barnehage'] });
    expect(r.ok ? [] : r.problems.map((p) => p.said(en))).toEqual(['Question "sektor" takes one answer, got 2.']);
    expect(r.ok ? [] : r.problems.map((p) => p.said(nb))).toEqual(['Spørsmålet "sektor" tar ett svar, men fikk 2.']);
  });

  it('reports every problem, not just the first', () => {
    const r = runScripted(deck, { sektor: 'helse', mistenkt: 'kanskje', x: 'y' });
    expect(r.ok ? 0 : r.problems.length).toBe(3);
  });

  it('rejects an answer to a question the path never reaches, listing the questions on the path', () => {
    const r = runScripted(deck, { sektor: 'skole', bekymring: 'akutt', leder: 'ja' });
    expect(r.ok ? [] : inEnglish(r.problems)).toEqual([
      { message: 'Question "leder" is never reached with these answers.', valid: ['sektor', 'bekymring'] },
    ]);
  });

  it('accepts an answer further on while the flow is still incomplete', () => {
    const r = runScripted(deck, { sektor: 'skole', leder: 'ja' });
    expect(r.ok && r.walk.next?.id).toBe('bekymring');
  });
});

describe('parseAnswerFlags', () => {
  it('reads q=a and q=a,b, and merges a repeated question', () => {
    expect(parseAnswerFlags(['sektor=skole', 'bekymring=vold,omsorgssvikt', 'x=a', 'x=b'])).toEqual({
      given: { sektor: 'skole', bekymring: ['vold', 'omsorgssvikt'], x: ['a', 'b'] },
    });
  });

  it.each(['sektor', '=skole', 'sektor='])('rejects the malformed flag %j', (flag) => {
    const r = parseAnswerFlags([flag]);
    expect('error' in r && r.error(en)).toContain('QUESTION=OPTION');
    expect('error' in r && r.error(nb)).toContain('SPØRSMÅL=SVAR');
  });
});
