// Every validate rule, each with a failing ("bad") and a passing ("good") deck. The decks are the
// clean fixture tests/fixtures/rules/base with one edit each, parsed in memory (no CLI, no cache).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyConfig, defaultConfig } from '../../src/lint/config.js';
import { parseHere, readDeckDir, type Source } from '../../src/lint/files.js';
import { validateDeck } from '../../src/lint/validate.js';
import { VALIDATE_RULES } from '../../src/lint/rules.js';
import type { Diagnostic } from '../../src/core/types.js';
import { ROOT } from '../helpers/cli.js';

const BASE = join(ROOT, 'tests', 'fixtures', 'rules', 'base');
const TODAY = '2026-11-23';

type Edit = (files: Map<string, string>) => void;
const replace =
  (file: string, from: string, to: string): Edit =>
  (m) => {
    const text = m.get(file)!;
    if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not in ${file}`);
    m.set(file, text.replace(from, to));
  };
const add =
  (file: string, text: string): Edit =>
  (m) =>
    void m.set(file, text);
const remove =
  (file: string): Edit =>
  (m) =>
    void m.delete(file);

interface Run {
  edits?: Edit[];
  overlay?: string;
  strict?: boolean;
  config?: unknown;
}

async function check({ edits = [], overlay, strict = false, config }: Run = {}): Promise<Diagnostic[]> {
  const files = new Map(readDeckDir(BASE).map((s) => [s.file, s.text]));
  for (const e of edits) e(files);
  const sources: Source[] = [...files]
    .map(([file, text]) => ({ file, text }))
    .sort((a, b) => a.file.localeCompare(b.file));
  const parsed = await parseHere(sources);
  const over = overlay ? (await parseHere([{ file: 'local.yaml', text: overlay }]))[0] : undefined;
  return validateDeck({
    files: parsed,
    ...(over ? { overlay: over } : {}),
    config: config ? applyConfig(config) : defaultConfig(),
    today: TODAY,
    strict,
  }).diagnostics;
}

const at = (ds: Diagnostic[], rule: string) =>
  ds.filter((d) => d.rule === rule).map((d) => `${d.file}:${d.line}:${d.col} ${d.severity}`);

const OVERLAY_DUTY = 'kind: local\nmunicipality: Eksempel\ncontacts:\n  - id: meldeplikt\n    name: Ikke en kontakt\n';
const LOCAL_CONTACT =
  '---\nkind: contact\nid: lokal-barnevern\nname: Barnevernstjenesten\nwhen: Melding.\nlocal: true\nreviewed: 2026-11-01\n';
const WITH_LOCAL = [
  add('local.yaml', LOCAL_CONTACT.slice(4)),
  replace('questions.yaml', 'adds: [meldeplikt, skriv-ned]', 'adds: [meldeplikt, skriv-ned, lokal-barnevern]'),
];

/** rule → [bad deck, where it is reported, good deck (besides the clean base)]. */
const CASES: Record<string, { bad: Run; where: string[]; good?: Run }> = {
  yaml: {
    bad: { edits: [add('broken.yaml', 'kind: step\nid: x\ntitle: Tekst: med kolon: feil\n')] },
    where: ['broken.yaml:3:8 error'],
  },
  schema: {
    bad: { edits: [replace('cards.yaml', 'summary: Du skal', 'sumary: Du skal')] },
    where: ['cards.yaml:1:1 error', 'cards.yaml:4:1 error'],
  },
  deck: { bad: { edits: [remove('deck.yaml')] }, where: ['cards.yaml:1:1 error'] },
  'duplicate-id': {
    bad: { edits: [replace('cards.yaml', 'id: skriv-ned', 'id: meldeplikt')] },
    where: ['cards.yaml:34:5 error'],
  },
  reference: {
    bad: { edits: [replace('questions.yaml', 'adds: [meldeplikt, skriv-ned]', 'adds: [meldeplkt, skriv-ned]')] },
    where: ['questions.yaml:27:12 error'],
  },
  'duty-status': {
    bad: {
      edits: [
        replace(
          'questions.yaml',
          'adds: [meldeplikt, skriv-ned]',
          'adds: [{ card: meldeplikt, status: conditional }, skriv-ned]',
        ),
      ],
    },
    where: ['questions.yaml:27:40 error'],
    good: {
      edits: [
        replace(
          'questions.yaml',
          'adds: [meldeplikt, skriv-ned]',
          'adds: [{ card: meldeplikt, status: conditional, condition: Hvis barnet bor hjemme. }, skriv-ned]',
        ),
      ],
    },
  },
  local: {
    bad: { overlay: OVERLAY_DUTY },
    where: ['local.yaml:4:9 error'],
    good: {
      overlay:
        'kind: local\nmunicipality: Eksempel\nreviewed: 2026-11-01\ncontacts:\n  - id: familiesenter\n    name: Familiesenteret\n    when: Råd.\n    phone: "22 33 44 55"\n',
    },
  },
  'unreachable-question': {
    bad: {
      edits: [
        add(
          'extra.yaml',
          'kind: question\nid: ekstra\ntext: Ekstra?\nwhy: Fordi.\noptions:\n  - id: ja\n    label: Ja\n',
        ),
      ],
    },
    where: ['extra.yaml:2:5 error'],
  },
  'unused-card': {
    bad: { edits: [add('extra.yaml', 'kind: step\nid: ubrukt\ntitle: Ubrukt\nurgency: later\n')] },
    where: ['extra.yaml:2:5 warning'],
  },
  'no-end': {
    bad: {
      edits: [
        replace(
          'questions.yaml',
          '    adds: [meldeplikt, skriv-ned]',
          '    adds: [meldeplikt, skriv-ned]\nnext: sektor',
        ),
      ],
    },
    where: ['questions.yaml:12:7 error', 'questions.yaml:28:7 error'],
  },
  cycle: {
    bad: {
      edits: [
        replace(
          'questions.yaml',
          '    adds: [meldeplikt, skriv-ned]',
          '    adds: [meldeplikt, skriv-ned]\n    next: sektor',
        ),
      ],
    },
    where: ['questions.yaml:28:11 error'],
  },
  'no-outcome': {
    bad: { edits: [replace('questions.yaml', '  - id: vold', '  - id: annet\n    label: Annet\n  - id: vold')] },
    where: ['questions.yaml:25:5 warning'],
    good: {
      edits: [
        replace('questions.yaml', '  - id: vold', '  - id: annet\n    label: Annet\n  - id: vold'),
        add('extra.yaml', 'kind: step\nid: annet-steg\ntitle: Annet\nurgency: later\n'),
        replace(
          'questions.yaml',
          'adds: [meldeplikt, skriv-ned]',
          'adds: [meldeplikt, skriv-ned, { card: annet-steg, if: { bekymring: annet } }]',
        ),
      ],
    },
  },
  basis: {
    bad: { edits: [replace('cards.yaml', 'url: https://lovdata.no/lov/2021', 'url: http://lovdata.no/lov/2021')] },
    where: ['cards.yaml:9:10 error'],
  },
  'review-age': {
    bad: { edits: [replace('cards.yaml', 'reviewed: 2026-11-01\nsources', 'reviewed: 2025-11-22\nsources')] },
    where: ['cards.yaml:10:11 warning'],
    good: { edits: [replace('cards.yaml', 'reviewed: 2026-11-01\nsources', 'reviewed: 2025-11-23\nsources')] },
  },
  phone: {
    bad: { edits: [replace('cards.yaml', 'phone: "112"', 'phone: "22-33-44-55"')] },
    where: ['cards.yaml:28:8 error'],
    good: { edits: [replace('cards.yaml', 'phone: "112"', 'phone: "+47 22 33 44 55"')] },
  },
  'control-chars': {
    bad: {
      edits: [
        replace(
          'cards.yaml',
          'meaning: Meld fra skriftlig, uten ugrunnet opphold.',
          'meaning: "\\e[31mMeld fra skriftlig."',
        ),
      ],
    },
    where: ['cards.yaml:5:10 error'],
  },
  markdown: {
    bad: {
      edits: [
        replace(
          'questions.yaml',
          'Se [veilederen](https://www.bufdir.no/veileder)',
          'Se [veilederen(https://www.bufdir.no/veileder)',
        ),
      ],
    },
    where: ['questions.yaml:17:6 error'],
  },
  repealed: {
    bad: { edits: [replace('cards.yaml', 'section: § 13-2', 'section: § 6-4')] },
    where: ['cards.yaml:8:14 error'],
    good: {
      edits: [
        replace('cards.yaml', 'law: barnevernsloven', 'law: straffeloven'),
        replace('cards.yaml', 'section: § 13-2', 'section: § 196'),
      ],
    },
  },
  translation: {
    bad: {
      edits: [
        replace('deck.yaml', 'languages: [nb]', 'languages: [nb, en]'),
        replace('deck.yaml', 'title: Regeltest', 'title: { nb: Regeltest, en: Rule test }'),
      ],
    },
    where: ['deck.yaml:12:11 warning', 'cards.yaml:3:8 warning'],
  },
  'local-missing': {
    bad: {
      edits: WITH_LOCAL,
      overlay: 'kind: local\nmunicipality: Eksempel\ncontacts:\n  - id: politi\n    phone: "112"\n',
      strict: true,
    },
    where: ['local.yaml:5:8 error'],
    good: {
      edits: WITH_LOCAL,
      overlay: 'kind: local\nmunicipality: Eksempel\ncontacts:\n  - id: lokal-barnevern\n    phone: "22 33 44 55"\n',
      strict: true,
    },
  },
};

describe('validate rules', () => {
  it('the base fixture is clean', async () => {
    expect(await check()).toEqual([]);
  });

  it('every validate rule has a case here', () => {
    // `case` checks cases/*.yaml, which the command reads: tests/e2e/workshop-content.test.ts.
    expect(Object.keys(CASES).sort()).toEqual(VALIDATE_RULES.filter((r) => r !== 'case').sort());
  });

  it("repealed: a provision named in any text (a duty's meaning, a step, a question's help), at the field", async () => {
    const ds = await check({
      edits: [
        replace(
          'cards.yaml',
          'meaning: Meld fra skriftlig, uten ugrunnet opphold.',
          'meaning: Meld fra etter barnevernloven § 6-4, uten ugrunnet opphold.',
        ),
        replace('questions.yaml', '    label: Barnehage', '    label: Barnehage\n    help: Se IS-1742.'),
      ],
    });
    expect(at(ds, 'repealed')).toEqual(expect.arrayContaining(['cards.yaml:5:10 error', 'questions.yaml:11:11 error']));
    expect(ds.find((d) => d.rule === 'repealed' && d.file === 'cards.yaml')!.message).toMatch(/"barnevernloven § 6-4"/);
    expect(ds.find((d) => d.rule === 'repealed' && d.file === 'cards.yaml')!.hint).toMatch(/§ 13-2/);
  });

  it("repealed: the config's own entries apply to text too", async () => {
    const edits = [
      replace(
        'cards.yaml',
        'meaning: Meld fra skriftlig, uten ugrunnet opphold.',
        'meaning: Se forvaltningsloven § 13 a og Udir-1-2015.',
      ),
    ];
    expect(at(await check({ edits }), 'repealed')).toEqual([]);
    const config = { repealed: [{ law: 'forvaltningsloven', section: '§ 13 a', now: 'the new forvaltningslov' }] };
    expect(at(await check({ edits, config }), 'repealed')).toContain('cards.yaml:5:10 error');
    const byText = await check({
      edits: [replace('cards.yaml', 'meaning: Meld fra skriftlig, uten ugrunnet opphold.', 'meaning: Se Udir-1-2015.')],
      config: { repealed: [{ text: 'Udir-1-2015', now: 'the current circular' }] },
    });
    expect(at(byText, 'repealed')).toEqual(['cards.yaml:5:10 error']);
  });

  for (const [rule, c] of Object.entries(CASES)) {
    it(`${rule}: reported for the bad deck at file:line:col`, async () => {
      const ds = await check(c.bad);
      expect(
        ds.some((d) => d.rule === rule),
        JSON.stringify(ds, null, 1),
      ).toBe(true);
      for (const w of c.where) expect(at(ds, rule)).toContain(w);
      for (const d of ds.filter((x) => x.rule === rule)) {
        expect(d.message.length).toBeGreaterThan(10);
        expect(d.line).toBeGreaterThan(0);
      }
    });
    it(`${rule}: not reported for the good deck`, async () => {
      const ds = await check(c.good ?? {});
      expect(at(ds, rule)).toEqual([]);
    });
  }
});

describe('rule details', () => {
  it('reports every problem in one run, not just the first', async () => {
    const ds = await check({
      edits: [
        ...CASES.phone!.bad.edits!,
        ...CASES.basis!.bad.edits!,
        ...CASES.markdown!.bad.edits!,
        ...CASES.reference!.bad.edits!,
      ],
    });
    expect(new Set(ds.map((d) => d.rule))).toEqual(new Set(['phone', 'basis', 'markdown', 'reference']));
  });

  it('a reference to a card with a shape error is reported once, at that card', async () => {
    const ds = await check({ edits: [replace('cards.yaml', 'title: Skriv ned', 'titel: Skriv ned')] });
    expect(ds.map((d) => d.rule)).toEqual(['schema', 'schema']);
  });

  it('nearest valid ids in the hint of a missing reference', async () => {
    const ds = await check(CASES.reference!.bad);
    expect(ds.find((d) => d.rule === 'reference')?.hint).toContain('"meldeplikt"');
  });

  it('control characters: names the escape character, at the field', async () => {
    const ds = await check({
      edits: [
        replace('cards.yaml', 'meaning: Meld fra skriftlig, uten ugrunnet opphold.', 'meaning: "\\e[2JMeld fra"'),
      ],
    });
    const d = ds.find((x) => x.rule === 'control-chars')!;
    expect(d.message).toContain('U+001B');
    expect(`${d.file}:${d.line}`).toBe('cards.yaml:5');
  });

  it('control characters and a repealed provision in the same text: both found, each at the field', async () => {
    const ds = await check({
      edits: [
        replace(
          'cards.yaml',
          'meaning: Meld fra skriftlig, uten ugrunnet opphold.',
          'meaning: "\\e[2JMeld fra etter barnevernloven § 6-4"',
        ),
      ],
    });
    expect(
      ds.filter((d) => d.rule === 'control-chars' || d.rule === 'repealed').map((d) => `${d.rule} ${d.file}:${d.line}`),
    ).toEqual(['control-chars cards.yaml:5', 'repealed cards.yaml:5']);
  });

  it('phone numbers: the Norwegian forms pass, others do not', async () => {
    const { phoneProblem } = await import('../../src/lint/content.js');
    for (const ok of [
      '22 33 44 55',
      '+47 22 33 44 55',
      '004722334455',
      '112',
      '110',
      '113',
      '02800',
      '116 111',
      '116 006',
      '800 30 196',
    ])
      expect(phoneProblem(ok), ok).toBeUndefined();
    for (const bad of [
      '1234',
      '+47 112',
      '12 34 56 78',
      '22-33-44-55',
      '911',
      '12345',
      '117111',
      '223344556',
      '+46 22 33 44 55',
    ])
      expect(phoneProblem(bad), bad).toBeDefined();
  });

  it('markdown: what renders passes, what shows stray characters does not', async () => {
    const { markdownProblem } = await import('../../src/lint/content.js');
    for (const ok of [
      '**fet** og `kode`',
      'Se [lenke](https://a.no/(x)) her',
      'pil -> og 3 < 4',
      'Ring <https://116111.no>',
      '[nb] merket',
      '`<b>` er kode',
    ])
      expect(markdownProblem(ok), ok).toBeUndefined();
    for (const bad of [
      '**fet',
      'en ` alene',
      '[lenke](https://a.no',
      '[lenke] (https://a.no)',
      'lenke]',
      '[lenke',
      '<b>fet</b>',
      'a<br/>b',
      '[tom]()',
    ])
      expect(markdownProblem(bad), bad).toBeDefined();
  });

  it('review age: configurable, and measured against today', async () => {
    const old = CASES['review-age']!.bad;
    expect(at(await check({ ...old, config: { reviewMaxAgeMonths: 24 } }), 'review-age')).toEqual([]);
    expect(at(await check({ config: { reviewMaxAgeMonths: 1 } }), 'review-age')).toEqual([]);
  });

  it('config: severities per rule, off drops the rule', async () => {
    const bad = CASES.phone!.bad;
    expect(at(await check({ ...bad, config: { rules: { phone: 'warning' } } }), 'phone')).toEqual([
      'cards.yaml:28:8 warning',
    ]);
    expect(at(await check({ ...bad, config: { rules: { phone: 'off' } } }), 'phone')).toEqual([]);
  });

  it('config: extra repealed provisions', async () => {
    const config = { repealed: [{ law: 'forvaltningsloven', section: '§ 13 a', now: 'the new forvaltningslov' }] };
    const ds = await check({ config });
    expect(ds.map((d) => `${d.rule} ${d.file}:${d.line}`)).toEqual(['repealed cards.yaml:21']);
    expect(ds[0]!.hint).toContain('the new forvaltningslov');
  });

  it('repealed: by law and section, and by the URL of a repealed act', async () => {
    const url = await check({
      edits: [
        replace(
          'cards.yaml',
          'https://lovdata.no/lov/2021-06-18-97/§13-2',
          'https://lovdata.no/lov/1992-07-17-100/§6-4',
        ),
      ],
    });
    expect(at(url, 'repealed')).toEqual(['cards.yaml:9:10 error']);
    const school = await check({
      edits: [
        replace(
          'cards.yaml',
          'law: barnevernsloven\n    section: § 13-2',
          'law: opplæringsloven\n    section: § 15-3 første ledd',
        ),
      ],
    });
    expect(at(school, 'repealed')).toEqual(['cards.yaml:8:14 error']);
  });

  it('local-missing: a warning without an overlay, an error with --local and --strict', async () => {
    expect(at(await check({ edits: WITH_LOCAL }), 'local-missing')).toEqual(['local.yaml:5:8 warning']);
    expect(at(await check({ edits: WITH_LOCAL, strict: true }), 'local-missing')).toEqual(['local.yaml:5:8 error']);
  });

  it('bad config values are refused with a hint', () => {
    expect(() => applyConfig({ rules: { phnoe: 'off' } })).toThrow(/Unknown rule "phnoe"/);
    expect(() => applyConfig({ rules: { phone: 'loud' } })).toThrow(/error, warning, info or off/);
    expect(() => applyConfig({ reviewMaxAgeMonths: 'twelve' })).toThrow(/whole number/);
    expect(() => applyConfig({ repealed: [{ law: 'x' }] })).toThrow(/"now"/);
    expect(() => applyConfig({ extra: 1 })).toThrow(/Unknown config key/);
  });
});

it('reads the fixture the tests start from', () => {
  expect(readFileSync(join(BASE, 'deck.yaml'), 'utf8')).toContain('kind: deck');
});
