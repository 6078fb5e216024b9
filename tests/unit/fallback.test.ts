// A local placeholder's `fallback` names a national contact that has a phone number; the summary
// then carries that number for the person to call meanwhile.

import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/core/checks/references.js';
import { checkShape } from '../../src/core/checks/shape.js';
import { buildSummary } from '../../src/core/summary.js';
import { contact, makeDeck, q } from '../helpers/deck.js';

const deckWith = (fallback: string) =>
  makeDeck({ start: 's' }, [
    q('s', [{ id: 'a', label: 'A', adds: ['lokal'] }]),
    contact('lokal', { name: 'Barnevernvakten', local: true, fallback }),
    contact('alarm', { name: 'Alarmtelefonen', phone: '116 111' }),
    contact('nett', { name: 'Et skjema', url: 'https://example.org' }),
    contact('annen-lokal', { name: 'Helsesykepleier', local: true }),
  ]);

describe('fallback on a local contact', () => {
  it('is a known field of a contact card', () => {
    expect(
      checkShape(
        { kind: 'contact', id: 'x', name: 'X', when: 'Y', reviewed: '2026-11-23', local: true, fallback: 'alarm' },
        'x.yaml',
      ),
    ).toEqual([]);
  });

  it('must name a national contact with a phone number', () => {
    expect(checkReferences(deckWith('alarm'))).toEqual([]);
    expect(checkReferences(deckWith('alram'))[0]).toMatchObject({
      rule: 'reference',
      path: 'fallback',
      hint: expect.stringContaining('alarm'),
    });
    expect(checkReferences(deckWith('nett'))[0]?.message).toMatch(/national contact with a phone number/);
    expect(checkReferences(deckWith('annen-lokal'))[0]?.message).toMatch(/national contact with a phone number/);
  });

  it('gives the summary the number to call while the local one is missing', () => {
    const s = buildSummary(deckWith('alarm'), [{ question: 's', options: ['a'] }], {
      lang: 'nb',
      generated: '2026-11-27',
      urgent: false,
    });
    expect(s.contacts[0]).toMatchObject({
      id: 'lokal',
      missing: true,
      fallback: { id: 'alarm', title: 'Alarmtelefonen', phone: '116 111' },
    });
    expect(s.duties.every((d) => d.status === 'applies')).toBe(true);
  });
});
