// schema/cards.schema.json (for editors) and checkShape (what the tool enforces) must agree:
// every document the one accepts the other accepts, and every mistake the one rejects the other
// rejects. Besides the hand-picked cases, every valid fixture document is mutated field by field
// (removed, set empty, renamed, given a wrong type) and both must give the same verdict.

import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkShape } from '../../src/core/checks/shape.js';
import { checkScenarioShape } from '../../src/lint/scenarios.js';
import { checkCases } from '../../src/lint/cases.js';
import { ROOT } from '../helpers/cli.js';
import { yamlFiles } from '../helpers/yaml-files.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'cards.schema.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

function docsOf(file: string): unknown[] {
  return parseAllDocuments(readFileSync(file, 'utf8'))
    .filter((d) => d.contents !== null)
    .map((d) => d.toJS() as unknown);
}
/** The tool's verdict: checkShape for cards and overlays, the scenario check for scenarios. */
function toolAccepts(doc: unknown): boolean {
  const kind = (doc as { kind?: unknown } | null)?.kind;
  return (kind === 'scenario' ? checkScenarioShape(doc, 'x.yaml') : checkShape(doc, 'x.yaml')).length === 0;
}
const schemaAccepts = (doc: unknown) => validate(doc) === true;

const mini = yamlFiles(join(ROOT, 'tests', 'fixtures', 'mini'));
const base = yamlFiles(join(ROOT, 'tests', 'fixtures', 'rules', 'base'));
/** Uses every advice field: duty status/condition, card-level if, pickup, scenario guards. */
const advice = yamlFiles(join(ROOT, 'tests', 'fixtures', 'advice'));
const overlay = {
  kind: 'local',
  municipality: 'Eksempel kommune',
  reviewed: '2026-11-01',
  contacts: [
    { id: 'lokal-barnevern', phone: '12 34 56 78' },
    { id: 'ny', name: 'Familiesenteret', when: 'Råd.', reviewed: '2026-11-01', phone: '12345679' },
  ],
};

describe('schema/cards.schema.json', () => {
  it('has its hover texts and the case kind applied (scripts/describe-schema.mjs --check)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'describe-schema.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const s = schema as {
      $id: string;
      definitions: Record<string, { properties?: Record<string, { description?: string }> }>;
    };
    expect(s.$id).toBe('cards.schema.json');
    expect(s.definitions.duty!.properties!.basis!.description).toMatch(/Hjemmelen.* \/ The legal basis/);
    expect(s.definitions.case!.properties!.recommended!.description).toMatch(/anbefalte ruten/);
  });

  it('agrees with validate on training cases (kind: case)', () => {
    const good = {
      kind: 'case',
      id: 'c',
      title: 'T',
      sector: 'skole',
      story: { nb: 'S', en: 'S' },
      recommended: { bekymring: ['vold'], mistenkt: 'ja' },
      debrief: 'D',
      reviewed: '2026-11-01',
    };
    const tool = (doc: object) => checkCases(undefined, [{ file: 'cases/c.yaml', raw: doc }]).length === 0;
    const bad: object[] = [
      { ...good, debrief: undefined },
      { ...good, notes: 'x' },
      { ...good, recommended: { bekymring: [] } },
      { ...good, title: { en: 'only English' } },
      { ...good, reviewed: 'last week' },
      { ...good, sector: 3 },
    ].map((d) => JSON.parse(JSON.stringify(d)) as object);
    expect([tool(good), schemaAccepts(good)]).toEqual([true, true]);
    for (const d of bad) expect([tool(d), schemaAccepts(d)], JSON.stringify(d)).toEqual([false, false]);
  });

  it('compiles with ajv in strict mode', () => {
    expect(typeof validate).toBe('function');
  });

  it.each(mini.map((f) => [f.slice(ROOT.length + 1)]))('accepts every document in %s', (rel) => {
    for (const doc of docsOf(join(ROOT, rel))) {
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
      expect(checkShape(doc, rel)).toEqual([]);
    }
  });

  it('accepts the rule fixtures, their scenarios and a local overlay', () => {
    for (const doc of [...base.flatMap(docsOf), ...advice.flatMap(docsOf), overlay]) {
      expect(schemaAccepts(doc), JSON.stringify(validate.errors)).toBe(true);
      expect(toolAccepts(doc)).toBe(true);
    }
  });

  const duty = docsOf(mini.find((f) => f.endsWith('cards.yaml'))!)[0] as Record<string, unknown>;
  const cases: [string, unknown][] = [
    ['a typo in a key', { ...duty, sumary: duty.summary }],
    ['a missing required field', { ...duty, meaning: undefined }],
    ['a bad kind', { ...duty, kind: 'dutty' }],
    ['no kind', { ...duty, kind: undefined }],
    ['a bad id', { ...duty, id: 'Meldeplikt' }],
    ['a bad date', { ...duty, reviewed: '23.11.2026' }],
    ['an impossible date', { ...duty, reviewed: '2026-13-01' }],
    ['an empty basis', { ...duty, basis: [] }],
    ['a basis without url', { ...duty, basis: [{ law: 'x', section: '§ 1' }] }],
    ['a text without nb', { ...duty, title: { en: 'Duty' } }],
    ['an unknown language', { ...duty, title: { nb: 'Plikt', de: 'Pflicht' } }],
    ['a list where text belongs', { ...duty, summary: ['a'] }],
    ['a string where a list belongs', { ...duty, sources: 'kilde' }],
    ['a scenario with a typo', { kind: 'scenario', id: 's', answers: { a: 'b' }, expect: { stauts: 'complete' } }],
    ['a scenario without answers', { kind: 'scenario', id: 's', expect: {} }],
    ['a scenario with a bad status', { kind: 'scenario', id: 's', answers: {}, expect: { status: 'done' } }],
    ['a duty with an unknown status', { ...duty, status: 'maybe' }],
    ['a duty with unless', { ...duty, unless: { a: 'b' } }],
    ['a step with urgency pick-up', { kind: 'step', id: 's', title: 'T', urgency: 'pick-up' }],
    [
      'a scenario with a bad dutyStatus',
      { kind: 'scenario', id: 's', answers: {}, expect: { dutyStatus: { meldeplikt: 'yes' } } },
    ],
    [
      'a scenario with absentText as a string',
      { kind: 'scenario', id: 's', answers: {}, expect: { absentText: '116 117' } },
    ],
    ['a scenario with questions: 5', { kind: 'scenario', id: 's', answers: {}, expect: { questions: 5 } }],
    ['a scenario with questions.max 0', { kind: 'scenario', id: 's', answers: {}, expect: { questions: { max: 0 } } }],
    [
      'a scenario with questions.max 2.5',
      { kind: 'scenario', id: 's', answers: {}, expect: { questions: { max: 2.5 } } },
    ],
    ['a scenario with questions {}', { kind: 'scenario', id: 's', answers: {}, expect: { questions: {} } }],
    ['an overlay contact without id', { ...overlay, contacts: [{ name: 'x' }] }],
    ['a list as document', [duty]],
  ];
  it.each(cases)('rejects %s, in the schema and in checkShape', (_name, doc) => {
    const clean = JSON.parse(JSON.stringify(doc)) as unknown; // drops the undefined keys
    expect(schemaAccepts(clean)).toBe(false);
    expect(toolAccepts(clean)).toBe(false);
  });

  it('gives the same verdict as the tool for every single-field mutation of every fixture document', () => {
    const wrong: unknown[] = [
      null,
      '',
      '   ',
      42,
      true,
      [],
      ['x'],
      {},
      { nb: 'x' },
      'Not An Id',
      'ok-id',
      '2026-02-30',
      'http://x',
      'https://x',
    ];
    const documents = [...mini.flatMap(docsOf), ...base.flatMap(docsOf), ...advice.flatMap(docsOf), overlay];
    let compared = 0;
    const disagreements: string[] = [];
    const check = (doc: unknown, what: string) => {
      compared++;
      if (schemaAccepts(doc) !== toolAccepts(doc))
        disagreements.push(`${what}: schema ${schemaAccepts(doc)}, tool ${toolAccepts(doc)}`);
    };
    // Every path in a document (objects and lists), mutated in place on a deep copy.
    const paths = (v: unknown, base: (string | number)[] = []): (string | number)[][] => {
      if (Array.isArray(v)) return v.flatMap((x, i) => [[...base, i], ...paths(x, [...base, i])]);
      if (v && typeof v === 'object')
        return Object.entries(v).flatMap(([k, x]) => [[...base, k], ...paths(x, [...base, k])]);
      return [];
    };
    for (const doc of documents) {
      for (const path of paths(doc)) {
        const set = (value: unknown, remove = false, rename?: string) => {
          const copy = JSON.parse(JSON.stringify(doc)) as Record<string | number, unknown>;
          let parent: Record<string | number, unknown> = copy;
          for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
          const last = path[path.length - 1]!;
          if (remove) {
            if (Array.isArray(parent)) parent.splice(last as number, 1);
            else delete parent[last];
          } else if (rename !== undefined) {
            parent[rename] = parent[last];
            delete parent[last];
          } else parent[last] = value;
          return copy;
        };
        const at = `${JSON.stringify((doc as { id?: string }).id)} ${path.join('/')}`;
        check(set(undefined, true), `${at} removed`);
        if (typeof path[path.length - 1] === 'string')
          check(set(undefined, false, `${String(path[path.length - 1])}x`), `${at} renamed`);
        wrong.forEach((w) => check(set(w), `${at} = ${JSON.stringify(w)}`));
      }
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBeGreaterThan(1000);
  });
});
