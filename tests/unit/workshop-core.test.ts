// The workshop's pure parts on in-memory decks: cases, route comparison, search, graph, booklet.

import { describe, expect, it } from 'vitest';
import { checkCase, parseCase } from '../../src/workshop/cases.js';
import { compareRoutes } from '../../src/workshop/compare.js';
import { search } from '../../src/workshop/search.js';
import { buildGraph, toDot, toMermaid } from '../../src/workshop/graph.js';
import { booklet, bookletHtml, bookletMarkdown } from '../../src/workshop/booklet.js';
import { contact, duty, makeDeck, q, sharing, step } from '../helpers/deck.js';

const deck = makeDeck({ start: 'sektor', always: ['anonym'] }, [
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
      {
        id: 'vold',
        label: { nb: 'Vold', en: 'Violence' },
        adds: ['meldeplikt', { card: 'skoleplikt', if: { sektor: 'skole' } }],
        next: 'mistenkt',
      },
      { id: 'uklar', label: 'Uklar', adds: ['terskel', 'snakk'] },
    ],
    { multiple: true },
  ),
  q('mistenkt', [
    { id: 'ja', label: 'Ja', adds: ['ikke-foreldre', 'politi'] },
    { id: 'nei', label: 'Nei' },
  ]),
  duty('meldeplikt', { title: { nb: 'Opplysningsplikt til barnevernet', en: 'Duty to inform' } }),
  duty('skoleplikt'),
  duty('terskel', { title: 'Under terskelen' }),
  sharing('anonym', { title: 'Anonym drøfting' }),
  contact('politi', { phone: '02800', name: 'Politiet' }),
  step('ikke-foreldre', 'now', {
    title: { nb: 'Ikke snakk med foreldrene først', en: 'Do not talk to the parents first' },
  }),
  step('snakk', 'soon'),
]);

const route = (...a: [string, string[]][]) => a.map(([question, options]) => ({ question, options }));

describe('cases', () => {
  const good = {
    kind: 'case',
    id: 'c1',
    title: 'T',
    sector: 'skole',
    story: 'S.',
    recommended: { bekymring: ['vold'], mistenkt: 'ja' },
    debrief: 'D.',
  };

  it('accepts a well-formed case whose id is its file name', () => {
    expect(parseCase(good, 'cases/c1.yaml', 'c1').problems).toEqual([]);
  });

  it('reports every problem of a malformed case', () => {
    const r = parseCase({ ...good, id: 'other', story: { en: 'x' }, extra: 1 }, 'cases/c1.yaml', 'c1');
    expect(r.case).toBeUndefined();
    expect(r.problems.join('\n')).toMatch(/file is named "c1"/);
    expect(r.problems.join('\n')).toMatch(/"story" must be a text/);
    expect(r.problems.join('\n')).toMatch(/Unknown field "extra"/);
  });

  it('checks the recommended route against the deck', () => {
    const c = parseCase(good, 'c1.yaml').case!;
    expect(checkCase(deck, c)).toEqual([]);
    expect(checkCase(deck, { ...c, sector: 'sykehus' }).join('\n')).toMatch(/Unknown sector "sykehus"/);
    expect(checkCase(deck, { ...c, recommended: { bekymring: 'vold' } }).join('\n')).toMatch(/stop before the end/);
  });
});

describe('compareRoutes', () => {
  const rec = route(['sektor', ['skole']], ['bekymring', ['vold']], ['mistenkt', ['ja']]);

  it('matches identical routes', () => {
    const c = compareRoutes(deck, rec, rec, 'nb');
    expect(c.match).toBe(true);
    expect(c.sameAnswers).toBe(true);
    expect(c.parting).toBeUndefined();
  });

  it('finds where the routes part and what each has that the other lacks, with the basis', () => {
    const mine = route(['sektor', ['skole']], ['bekymring', ['uklar']]);
    const c = compareRoutes(deck, mine, rec, 'nb');
    expect(c.match).toBe(false);
    expect(c.parting?.question).toBe('bekymring');
    expect(c.rows.map((r) => [r.question, r.same])).toEqual([
      ['sektor', true],
      ['bekymring', false],
      ['mistenkt', false],
    ]);
    expect(c.rows[2]!.participant).toBeUndefined();
    expect(c.onlyRecommended.map((x) => x.id)).toEqual(['meldeplikt', 'skoleplikt', 'politi', 'ikke-foreldre']);
    expect(c.onlyRecommended[0]!.basis[0]!.section).toBe('§ 13-2');
    expect(c.onlyRecommended[0]!.because[0]).toMatchObject({
      question: 'bekymring',
      option: 'vold',
      optionLabel: 'Vold',
    });
    expect(c.onlyParticipant.map((x) => x.id)).toEqual(['terskel', 'snakk']);
    expect(c.common.map((x) => x.id)).toEqual(['anonym']);
  });

  it('counts different answers with the same outcome as a match', () => {
    const a = route(['sektor', ['skole']], ['bekymring', ['vold']], ['mistenkt', ['ja']]);
    const b = route(['sektor', ['barnehage']], ['bekymring', ['vold']], ['mistenkt', ['ja']]);
    const c = compareRoutes(deck, a, b, 'nb');
    expect(c.sameAnswers).toBe(false);
    expect(c.match).toBe(false); // skoleplikt is added only for skole
    const d = compareRoutes(deck, b, b, 'en');
    expect(d.match).toBe(true);
  });
});

describe('search', () => {
  it('ranks title matches above text matches and needs every word', () => {
    const hits = search(deck, 'opplysningsplikt', 'nb');
    expect(hits[0]!.id).toBe('meldeplikt');
    expect(search(deck, 'opplysningsplikt politiet', 'nb')).toEqual([]);
  });

  it('searches English text too, and finds a phone number with or without spaces', () => {
    expect(search(deck, 'parents first', 'en')[0]!.id).toBe('ikke-foreldre');
    expect(search(deck, '02800', 'nb')[0]!.id).toBe('politi');
  });
});

describe('graph', () => {
  it('has questions, options and the cards options add, with conditions on the edges', () => {
    const g = buildGraph(deck, 'nb', { detail: 'cards' });
    expect(g.nodes.filter((n) => n.kind === 'question').map((n) => n.key)).toEqual([
      'q:sektor',
      'q:bekymring',
      'q:mistenkt',
    ]);
    expect(g.edges).toContainEqual({
      from: 'o:bekymring/vold',
      to: 'c:skoleplikt',
      kind: 'adds',
      label: 'hvis sektor = skole',
      on: false,
    });
    expect(toMermaid(g)).not.toMatch(/★|linkStyle/);
  });

  it('marks a route with a star and thick lines', () => {
    const g = buildGraph(deck, 'nb', {
      detail: 'cards',
      route: route(['sektor', ['barnehage']], ['bekymring', ['vold']], ['mistenkt', ['nei']]),
    });
    const on = g.nodes.filter((n) => n.on).map((n) => n.key);
    expect(on).toEqual(
      expect.arrayContaining([
        'q:sektor',
        'o:sektor/barnehage',
        'o:bekymring/vold',
        'c:meldeplikt',
        'o:mistenkt/nei',
        'c:anonym',
      ]),
    );
    expect(on).not.toContain('c:skoleplikt'); // its condition does not hold
    expect(on).not.toContain('o:bekymring/uklar');
    const dot = toDot(g, 'Test "deck"');
    expect(dot).toMatch(/label="Test \\"deck\\""/);
    expect(dot).toMatch(/label="★ Vold", .*penwidth=4/);
  });
});

describe('graph filters', () => {
  it('folds reference cards into one box per kind by default, with the answers on the arrows', () => {
    const g = buildGraph(deck, 'nb');
    expect(g.nodes.some((n) => n.kind === 'option')).toBe(false);
    const kinds = g.nodes.filter((n) => n.key.startsWith('k:'));
    expect(kinds.map((n) => n.kind).sort()).toEqual([...new Set(kinds.map((n) => n.kind))].sort()); // one per kind
    expect(kinds.find((n) => n.kind === 'duty')?.label).toMatch(/^Plikter: \d+ kort$/);
    expect(g.edges.some((e) => e.from === 'q:bekymring' && e.label?.includes('Vold'))).toBe(true);
    expect(buildGraph(deck, 'nb', { detail: 'questions' }).nodes.filter((n) => n.key.startsWith('k:'))).toEqual([]);
  });

  it('--sector keeps that answer and drops what its conditions rule out', () => {
    const full = buildGraph(deck, 'nb', { detail: 'cards' });
    const g = buildGraph(deck, 'nb', { detail: 'cards', sector: 'barnehage' });
    expect(full.nodes.some((n) => n.key === 'c:skoleplikt')).toBe(true);
    expect(g.nodes.some((n) => n.key === 'c:skoleplikt')).toBe(false); // added only if sektor = skole
    expect(g.nodes.filter((n) => n.key.startsWith('o:sektor/')).map((n) => n.key)).toEqual(['o:sektor/barnehage']);
  });

  it('--from and --depth cut the flow, with a marker where it goes on', () => {
    const g = buildGraph(deck, 'nb', { from: 'bekymring', depth: 0, detail: 'questions' });
    expect(g.nodes.filter((n) => n.kind === 'question').map((n) => n.key)).toEqual(['q:bekymring']);
    expect(g.nodes.some((n) => n.kind === 'more')).toBe(true);
  });

  it('Mermaid runs left to right', () => {
    expect(toMermaid(buildGraph(deck, 'nb'))).toMatch(/^flowchart LR/);
  });
});

describe('booklet', () => {
  it('puts the national numbers first and includes every reference card', () => {
    const b = booklet(deck, 'nb', '2026-11-23');
    expect(b.numbers.map((c) => c.id)).toEqual(['politi']);
    const md = bookletMarkdown(deck, b);
    expect(md.indexOf('02800')).toBeLessThan(md.indexOf('## Plikter'));
    for (const t of [
      'Opplysningsplikt til barnevernet',
      'Under terskelen',
      'Anonym drøfting',
      'Ikke snakk med foreldrene først',
    ])
      expect(md).toContain(t);
    const html = bookletHtml(deck, b);
    expect(html).toMatch(/class="cover"/);
    expect(html).not.toMatch(/<script/);
  });

  it('escapes HTML in card text', () => {
    const d = makeDeck({ start: 'sektor' }, [
      q('sektor', [{ id: 'a', label: 'A' }]),
      duty('x', { title: '<img src=x onerror=alert(1)>' }),
    ]);
    expect(bookletHtml(d, booklet(d, 'nb', '2026-11-23'))).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
