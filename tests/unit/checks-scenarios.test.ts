// The scenario runner (pure): expectations, readable diffs, findings for bad scenario files, and
// option coverage. The deck is tests/fixtures/rules/base, assembled in memory.

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHere, readDeckDir } from '../../src/lint/files.js';
import { pathStats, runScenarios, summaryHits } from '../../src/lint/scenarios.js';
import { buildSummary, type Summary } from '../../src/core/summary.js';
import { runScripted } from '../../src/core/scripted.js';
import { assemble } from '../../src/core/deck.js';
import type { Deck } from '../../src/core/types.js';
import { ROOT } from '../helpers/cli.js';

const BASE = join(ROOT, 'tests', 'fixtures', 'rules', 'base');
let deck: Deck;

beforeAll(async () => {
  const files = await parseHere(readDeckDir(BASE));
  const assembled = assemble(files.flatMap((f) => f.docs));
  expect(assembled.findings).toEqual([]);
  deck = assembled.deck!;
});

async function run(yaml: string) {
  const [parsed] = await parseHere([{ file: 'scenarios/s.yaml', text: yaml }]);
  return runScenarios(deck, parsed!.docs, { today: '2026-11-23' });
}

describe('scenarios', () => {
  it('the fixture scenarios pass and reach every option', async () => {
    const files = await parseHere(readDeckDir(join(BASE, 'scenarios')));
    const r = runScenarios(
      deck,
      files.flatMap((f) => f.docs),
      { today: '2026-11-23' },
    );
    expect(r.results.map((x) => [x.id, x.status])).toEqual([
      ['skole-vold', 'pass'],
      ['barnehage-akutt', 'pass'],
      ['halvveis', 'pass'],
    ]);
    expect(r.coverage).toEqual({ reached: 4, total: 4, percent: 100, missing: [] });
    expect(r.findings).toEqual([]);
  });

  it('a failure says which ids were missing or unexpected, with the actual list', async () => {
    const r = await run(
      'kind: scenario\nid: feil\nanswers: { sektor: skole, bekymring: vold }\nexpect:\n  duties: { exclude: [meldeplikt] }\n  contacts: { include: [politi] }\n',
    );
    const [res] = r.results;
    expect(res!.status).toBe('fail');
    expect(res!.problems).toEqual([
      'duties: unexpected meldeplikt\n    actual duties: [meldeplikt]',
      'contacts: missing politi\n    actual contacts: []',
    ]);
    expect(r.findings.map((f) => [f.rule, f.path])).toEqual([['scenario-failed', 'expect/duties/exclude']]);
  });

  it('status, urgent and next are compared', async () => {
    const r = await run(
      'kind: scenario\nid: s\nanswers: { sektor: skole }\nexpect: { status: complete, urgent: true, next: sektor }\n',
    );
    expect(r.results[0]!.problems).toEqual([
      'status: expected complete, got incomplete (the flow stops at question "bekymring", which has no answer)',
      'urgent: expected true, got false',
      'next: expected "sektor", got "bekymring"',
    ]);
  });

  it('unknown questions, options and cards are findings with the nearest ids', async () => {
    const r = await run(
      'kind: scenario\nid: s\nanswers: { sektr: skole, bekymring: [vold, volld] }\nexpect:\n  duties: { include: [meldeplkt, anonym] }\n',
    );
    expect(r.results[0]!.status).toBe('error');
    expect(r.findings.map((f) => [f.rule, f.path, f.hint])).toEqual([
      ['scenario-reference', 'answers/sektr', 'Did you mean "sektor"?'],
      ['scenario-reference', 'answers/bekymring/1', 'Did you mean "vold"?'],
      ['scenario-reference', 'expect/duties/include/0', 'Did you mean "meldeplikt"?'],
      ['scenario-reference', 'expect/duties/include/1', 'Known: meldeplikt.'],
    ]);
  });

  it('a badly shaped scenario is a finding, and the others still run', async () => {
    const r = await run(
      'kind: scenario\nid: a\nanswers: { sektor: skole }\nexpect: { stauts: incomplete }\n---\nkind: scenario\nid: b\nanswers: { sektor: skole }\nexpect: { status: incomplete }\n',
    );
    expect(r.results.map((x) => x.status)).toEqual(['error', 'pass']);
    expect(r.findings.map((f) => [f.rule, f.path, f.hint])).toEqual([
      ['scenario-schema', 'expect/stauts', 'Did you mean "status" or "steps"?'],
    ]);
  });

  it('answers the path never reaches fail the scenario', async () => {
    const r = await run(
      'kind: scenario\nid: s\nanswers: { sektor: skole, bekymring: akutt, sektorx: [] }\nexpect: {}\n',
    );
    expect(r.results[0]!.status).toBe('error');
  });

  it('coverage lists the options no scenario reached', async () => {
    const r = await run('kind: scenario\nid: s\nanswers: { sektor: skole, bekymring: vold }\nexpect: {}\n');
    expect(r.coverage).toEqual({ reached: 2, total: 4, percent: 50, missing: ['sektor/barnehage', 'bekymring/akutt'] });
  });

  it('dutyStatus fails when the duty is missing or has another status, and says which', async () => {
    const r = await run(
      'kind: scenario\nid: s\nanswers: { sektor: skole, bekymring: vold }\nexpect:\n  dutyStatus: { meldeplikt: conditional }\n---\nkind: scenario\nid: t\nanswers: { sektor: skole, bekymring: akutt }\nexpect:\n  dutyStatus: { meldeplikt: applies }\n',
    );
    expect(r.results.map((x) => x.problems)).toEqual([
      ['dutyStatus: "meldeplikt" should be conditional, got applies\n    because: sektor=skole, bekymring=vold'],
      [],
    ]);
    expect(r.results[0]!.actual!.dutyStatus).toEqual({ meldeplikt: 'applies' });
    const missing = await run(
      'kind: scenario\nid: s\nanswers: { sektor: skole, bekymring: akutt }\nexpect:\n  dutyStatus: { meldeplikt: applies }\n',
    );
    expect(missing.results[0]!.status).toBe('pass');
  });

  it('absentText fails, case-insensitively, when a text appears anywhere in the summary, and says where', async () => {
    const r = await run(
      'kind: scenario\nid: s\nanswers: { sektor: skole, bekymring: [akutt] }\nexpect:\n  absentText: ["AKUTT FARE", "112", "hemmelig"]\n',
    );
    expect(r.results[0]!.problems).toEqual([
      'absentText: "AKUTT FARE" appears in the summary at actNow/contacts/politi/when, contacts/politi/when\n    actNow/contacts/politi/when: "Akutt fare."',
      'absentText: "112" appears in the summary at actNow/contacts/politi/phone, contacts/politi/phone\n    actNow/contacts/politi/phone: "112"',
    ]);
    expect(r.findings.map((f) => f.path)).toEqual(['expect/absentText/0']);
    // The user's own answers ("Barnet er i fare nå") are not advice: not searched.
    expect(
      (
        await run(
          'kind: scenario\nid: s\nanswers: { sektor: skole, bekymring: [akutt] }\nexpect: { absentText: ["i fare nå"] }\n',
        )
      ).results[0]!.status,
    ).toBe('pass');
  });

  it('questions.max fails when the path is longer, and lists the path', async () => {
    const r = await run(
      'kind: scenario\nid: s\nanswers: { sektor: skole, bekymring: vold }\nexpect: { questions: { max: 1 } }\n',
    );
    expect(r.results[0]!.problems).toEqual([
      'questions: the path asks 2 questions, more than max 1\n    path: sektor → bekymring',
    ]);
    expect(r.results[0]!.actual!.questions).toBe(2);
  });

  it('bad guard fields are findings, and dutyStatus names duty cards', async () => {
    const r = await run(
      'kind: scenario\nid: s\nanswers: { sektor: skole }\nexpect: { status: incomplete, dutyStatus: { meldeplikt: aplies }, absentText: [""], questions: { max: 0, min: 1 } }\n',
    );
    expect(r.findings.map((f) => [f.path, f.message])).toEqual([
      ['expect/dutyStatus/meldeplikt', 'Expected applies, conditional, not-applicable for "meldeplikt", got "aplies".'],
      ['expect/absentText/0', 'Expected a non-empty text, got "".'],
      ['expect/questions/min', 'Unknown field "min".'],
      ['expect/questions/max', 'Expected max: a whole number of questions (1 or more), got 0.'],
    ]);
    const ref = await run(
      'kind: scenario\nid: s\nanswers: { sektor: skole }\nexpect: { status: incomplete, dutyStatus: { meldeplik: applies, politi: applies } }\n',
    );
    expect(ref.findings.map((f) => [f.path, f.message, f.hint])).toEqual([
      ['expect/dutyStatus/meldeplik', 'Unknown duty card "meldeplik".', 'Did you mean "meldeplikt"?'],
      ['expect/dutyStatus/politi', '"politi" is a contact card, not a duty card.', 'Known: meldeplikt.'],
    ]);
  });

  it('counts guarded scenarios and reports path lengths of complete flows: median and the worst', async () => {
    const r = await run(
      [
        'kind: scenario\nid: kort\nanswers: { sektor: skole }\nexpect: { status: incomplete, steps: { exclude: [] } }',
        'kind: scenario\nid: lang\nanswers: { sektor: skole, bekymring: vold }\nexpect: { duties: { exclude: [] }, absentText: [xyz] }',
        'kind: scenario\nid: midt\nanswers: { sektor: barnehage, bekymring: akutt }\nexpect: { steps: { exclude: [skriv-ned] } }',
        'kind: scenario\nid: status\nanswers: { sektor: barnehage, bekymring: akutt }\nexpect: { dutyStatus: { meldeplikt: applies } }',
      ].join('\n---\n') + '\n',
    );
    expect(r.results.map((x) => [x.id, x.status, x.guarded])).toEqual([
      ['kort', 'pass', false],
      ['lang', 'pass', true],
      ['midt', 'pass', true],
      ['status', 'pass', true],
    ]);
    // The partial scenario (kort, 1 question) is not measured: it would pull the median down.
    expect(r.paths).toEqual({ scenarios: 3, median: 2, worst: { id: 'lang', questions: 2 }, guarded: 3 });
  });
});

describe('path statistics', () => {
  const result = (id: string, questions: number, status: 'complete' | 'incomplete' = 'complete') => ({
    id,
    file: 'x.yaml',
    status: 'pass' as const,
    problems: [],
    actual: { status, urgent: false, questions, dutyStatus: {}, duties: [], sharing: [], contacts: [], steps: [] },
  });
  it('median of an even count is the mean of the middle two; the first longest is the worst', () => {
    expect(
      pathStats([result('a', 3), result('b', 8), result('c', 5), result('d', 8), result('e', 1, 'incomplete')]),
    ).toEqual({ scenarios: 4, median: 6.5, worst: { id: 'b', questions: 8 }, guarded: 0 });
    expect(pathStats([])).toEqual({ scenarios: 0, median: 0, guarded: 0 });
  });

  it('summaryHits finds what a plain search of every text finds, in the same order and places', async () => {
    // The plain search: every text with its place, then a case-insensitive filter per needle.
    const plain = (sum: Summary, needle: string) => {
      const out: { where: string; text: string }[] = [];
      const visit = (v: unknown, where: string) => {
        if (typeof v === 'string') out.push({ where, text: v });
        else if (Array.isArray(v))
          v.forEach((x, i) =>
            visit(x, `${where}/${x && typeof x === 'object' && typeof x.id === 'string' ? x.id : i}`),
          );
        else if (v && typeof v === 'object')
          for (const [k, x] of Object.entries(v))
            if (k !== 'because' && k !== 'id') visit(x, where ? `${where}/${k}` : k);
      };
      const { answers: _a, ...rest } = sum;
      visit(rest, '');
      return out.filter((x) => x.text.toLowerCase().includes(needle));
    };
    const files = await parseHere(readDeckDir(join(BASE, 'scenarios')));
    const needles = ['a', 'ring', '1', 'e ', 'zzz'];
    let hits = 0;
    for (const { raw } of files.flatMap((f) => f.docs)) {
      const r = runScripted(deck, (raw as { answers: Record<string, string | string[]> }).answers);
      if (!r.ok) continue;
      const w = r.walk;
      const sum = buildSummary(deck, w.path, { lang: 'nb', generated: '2026-11-23', urgent: w.urgent });
      const got = summaryHits(sum, needles);
      needles.forEach((n, i) => expect(got[i]).toEqual(plain(sum, n)));
      hits += got.flat().length;
    }
    expect(hits).toBeGreaterThan(50);
  });
});
