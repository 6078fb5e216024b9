// Scenario tests for a deck: each scenario file gives answers and what the flow should produce.
// Pure: takes a deck and parsed scenario documents, runs them through the engine (runScripted)
// and the summary model (buildSummary), and reports results, findings and option coverage.

import { didYouMean, type Finding } from '../core/checks/finding.js';
import { ID_PATTERN } from '../core/checks/shape.js';
import type { RawDoc } from '../core/deck.js';
import { runScripted, type GivenAnswers } from '../core/scripted.js';
import { buildSummary } from '../core/summary.js';
import type { Deck, Lang } from '../core/types.js';

export const GROUPS = ['duties', 'sharing', 'contacts', 'steps'] as const;
export type Group = (typeof GROUPS)[number];
const GROUP_KIND: Record<Group, string> = { duties: 'duty', sharing: 'sharing', contacts: 'contact', steps: 'step' };

export interface Scenario {
  kind: 'scenario';
  id: string;
  title?: string | { nb: string; en?: string };
  answers: GivenAnswers;
  expect: {
    status?: 'complete' | 'incomplete';
    urgent?: boolean;
    next?: string;
  } & Partial<Record<Group, { include?: string[]; exclude?: string[] }>>;
}

export interface ScenarioResult {
  id: string;
  title?: string;
  file: string;
  /** The scenario document's card key for positions (its id). */
  status: 'pass' | 'fail' | 'error';
  /** Readable lines: what differed, with the actual lists. */
  problems: string[];
  /** What the flow actually gave (absent when the scenario could not run). */
  actual?: { status: 'complete' | 'incomplete'; urgent: boolean; next?: string } & Record<Group, string[]>;
}

export interface Coverage {
  reached: number;
  total: number;
  percent: number;
  /** "question/option" never chosen by any scenario, in card order. */
  missing: string[];
}

export interface ScenarioRun {
  results: ScenarioResult[];
  findings: Finding[];
  coverage: Coverage;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The shape of a scenario document: mirrors the `scenario` definition in schema/cards.schema.json. */
export function checkScenarioShape(raw: unknown, file: string): Finding[] {
  const out: Finding[] = [];
  const card = isObj(raw) && typeof raw.id === 'string' ? raw.id : undefined;
  const report = (path: string, message: string, hint?: string, key?: boolean) =>
    out.push({ rule: 'scenario-schema', severity: 'error', file, path, message, ...(hint ? { hint } : {}), ...(card ? { card } : {}), ...(key ? { key } : {}) });
  if (!isObj(raw)) {
    report('', 'A scenario file holds a mapping (kind: scenario, id, answers, expect).');
    return out;
  }
  const isId = (v: unknown) => typeof v === 'string' && ID_PATTERN.test(v);
  const ids = (v: unknown, path: string) => {
    if (!Array.isArray(v)) report(path, 'Expected a list of ids.');
    else v.forEach((x, i) => !isId(x) && report(`${path}/${i}`, `Expected an id, got ${JSON.stringify(x)}.`));
  };
  const known = (obj: Obj, allowed: string[], base: string) => {
    for (const k of Object.keys(obj)) {
      if (!allowed.includes(k)) report(base ? `${base}/${k}` : k, `Unknown field "${k}".`, didYouMean(k, allowed) ?? `Allowed here: ${allowed.join(', ')}.`, true);
    }
  };
  if (raw.kind !== 'scenario') report('kind', `Expected "kind: scenario", got ${JSON.stringify(raw.kind)}.`);
  for (const k of ['id', 'answers', 'expect']) if (raw[k] === undefined || raw[k] === null) report('', `Missing required field "${k}".`);
  known(raw, ['kind', 'id', 'title', 'answers', 'expect'], '');
  if (raw.id !== undefined && raw.id !== null && !isId(raw.id)) report('id', `Expected an id (lower-case letters, digits, "-", "." or "_"), got ${JSON.stringify(raw.id)}.`);
  if (raw.title !== undefined && raw.title !== null) {
    const t = raw.title;
    const okText = (v: unknown) => typeof v === 'string' && v.trim() !== '';
    if (isObj(t)) {
      if (!okText(t.nb)) report('title', 'A translated text needs "nb" (bokmål).');
      for (const [lang, v] of Object.entries(t)) {
        if (lang !== 'nb' && lang !== 'en') {
          const split = /\s/.test(lang) || v === null;
          report(`title/${lang}`, `Unknown language "${lang}".`, split ? 'A comma inside { nb: …, en: … } starts a new key: put the text in quotes.' : 'Use nb or en.');
        } else if (typeof v !== 'string') report(`title/${lang}`, 'Expected text.');
      }
    } else if (!okText(t)) report('title', 'Expected text (a string, or nb:/en: texts).');
  }
  if (raw.answers !== undefined && raw.answers !== null) {
    if (!isObj(raw.answers)) report('answers', 'Expected a mapping: question id → option id (or a list of option ids).');
    else for (const [q, v] of Object.entries(raw.answers)) {
      if (isId(v)) continue;
      if (Array.isArray(v) && v.length > 0) ids(v, `answers/${q}`);
      else report(`answers/${q}`, `Expected an option id or a non-empty list of option ids for "${q}", got ${JSON.stringify(v)}.`);
    }
  }
  if (raw.expect !== undefined && raw.expect !== null) {
    const e = raw.expect;
    if (!isObj(e)) report('expect', 'Expected a mapping (status, urgent, duties, sharing, contacts, steps, next).');
    else {
      known(e, ['status', 'urgent', ...GROUPS, 'next'], 'expect');
      if (e.status !== undefined && e.status !== 'complete' && e.status !== 'incomplete') report('expect/status', `Expected complete or incomplete, got ${JSON.stringify(e.status)}.`);
      if (e.urgent !== undefined && typeof e.urgent !== 'boolean') report('expect/urgent', 'Expected true or false.');
      if (e.next !== undefined && !isId(e.next)) report('expect/next', 'Expected a question id.');
      for (const g of GROUPS) {
        const v = e[g];
        if (v === undefined) continue;
        if (!isObj(v)) {
          report(`expect/${g}`, 'Expected a mapping with include: and/or exclude: (lists of ids).');
          continue;
        }
        known(v, ['include', 'exclude'], `expect/${g}`);
        for (const k of ['include', 'exclude']) if (v[k] !== undefined) ids(v[k], `expect/${g}/${k}`);
      }
    }
  }
  return out;
}

const label = (t: Scenario['title']) => (t === undefined ? undefined : typeof t === 'string' ? t : t.nb);

export function runScenarios(deck: Deck, docs: readonly RawDoc[], opts: { today: string; lang?: Lang }): ScenarioRun {
  const results: ScenarioResult[] = [];
  const findings: Finding[] = [];
  const chosen = new Set<string>();
  const seen = new Map<string, string>();
  const questionIds = [...deck.cards.values()].filter((c) => c.kind === 'question').map((c) => c.id);

  for (const { file, raw } of docs) {
    const shape = checkScenarioShape(raw, file);
    const id = isObj(raw) && typeof raw.id === 'string' ? raw.id : '(no id)';
    const title = isObj(raw) ? label(raw.title as Scenario['title']) : undefined;
    const base = { id, ...(title ? { title } : {}), file };
    if (shape.length > 0) {
      findings.push(...shape);
      results.push({ ...base, status: 'error', problems: shape.map((f) => f.message) });
      continue;
    }
    const s = raw as Scenario;
    const ref = (path: string, message: string, hint?: string) =>
      findings.push({ rule: 'scenario-reference', severity: 'error', file, card: s.id, path, message, ...(hint ? { hint } : {}) });
    const before = findings.length;
    if (seen.has(s.id)) ref('id', `Scenario id "${s.id}" is used twice (also in ${seen.get(s.id)}).`);
    seen.set(s.id, file);

    for (const [q, v] of Object.entries(s.answers)) {
      const card = deck.cards.get(q);
      if (card?.kind !== 'question') {
        ref(`answers/${q}`, `Unknown question "${q}".`, didYouMean(q, questionIds) ?? `Questions: ${questionIds.join(', ')}.`);
        continue;
      }
      const optionIds = card.options.map((o) => o.id);
      (Array.isArray(v) ? v : [v]).forEach((o, i) => {
        if (!optionIds.includes(o)) {
          ref(Array.isArray(v) ? `answers/${q}/${i}` : `answers/${q}`, `Unknown option "${o}" for question "${q}".`, didYouMean(o, optionIds) ?? `Options: ${optionIds.join(', ')}.`);
        }
      });
    }
    for (const g of GROUPS) {
      for (const k of ['include', 'exclude'] as const) {
        (s.expect[g]?.[k] ?? []).forEach((cid, i) => {
          const card = deck.cards.get(cid);
          if (card?.kind !== GROUP_KIND[g]) {
            const candidates = [...deck.cards.values()].filter((c) => c.kind === GROUP_KIND[g]).map((c) => c.id);
            ref(`expect/${g}/${k}/${i}`, card ? `"${cid}" is a ${card.kind} card, not a ${GROUP_KIND[g]} card.` : `Unknown ${GROUP_KIND[g]} card "${cid}".`, didYouMean(cid, candidates) ?? `Known: ${candidates.join(', ') || 'none'}.`);
          }
        });
      }
    }
    if (s.expect.next !== undefined && deck.cards.get(s.expect.next)?.kind !== 'question') {
      ref('expect/next', `Unknown question "${s.expect.next}".`, didYouMean(s.expect.next, questionIds));
    }
    if (findings.length > before) {
      results.push({ ...base, status: 'error', problems: findings.slice(before).map((f) => f.message) });
      continue;
    }

    const run = runScripted(deck, s.answers);
    if (!run.ok) {
      const problems = run.problems.map((p) => `${p.message} (valid: ${p.valid.join(', ') || 'none'})`);
      results.push({ ...base, status: 'fail', problems });
      findings.push({ rule: 'scenario-failed', severity: 'error', file, card: s.id, path: 'answers', message: `Scenario "${s.id}" failed: ${run.problems.map((p) => p.message).join(' ')}` });
      continue;
    }
    const w = run.walk;
    for (const a of w.path) for (const o of a.options) chosen.add(`${a.question}/${o}`);
    const summary = buildSummary(deck, w.path, { lang: opts.lang ?? 'nb', generated: opts.today, urgent: w.urgent });
    const actual = {
      status: w.complete ? ('complete' as const) : ('incomplete' as const),
      urgent: w.urgent,
      ...(w.next ? { next: w.next.id } : {}),
      duties: summary.duties.map((d) => d.id),
      sharing: summary.sharing.map((d) => d.id),
      contacts: summary.contacts.map((d) => d.id),
      steps: summary.steps.map((d) => d.id),
    };
    const problems: string[] = [];
    let firstPath: string | undefined;
    const fail = (path: string, line: string) => {
      problems.push(line);
      firstPath ??= path;
    };
    const wantStatus = s.expect.status ?? 'complete';
    if (actual.status !== wantStatus) {
      fail('expect/status', `status: expected ${wantStatus}, got ${actual.status}${actual.next ? ` (the flow stops at question "${actual.next}", which has no answer)` : ''}`);
    }
    if (s.expect.urgent !== undefined && s.expect.urgent !== actual.urgent) fail('expect/urgent', `urgent: expected ${s.expect.urgent}, got ${actual.urgent}`);
    if (s.expect.next !== undefined && s.expect.next !== actual.next) fail('expect/next', `next: expected "${s.expect.next}", got ${actual.next ? `"${actual.next}"` : 'none (the flow is complete)'}`);
    for (const g of GROUPS) {
      const got = actual[g];
      const missing = (s.expect[g]?.include ?? []).filter((x) => !got.includes(x));
      const unexpected = (s.expect[g]?.exclude ?? []).filter((x) => got.includes(x));
      if (missing.length === 0 && unexpected.length === 0) continue;
      const parts = [
        ...(missing.length ? [`missing ${missing.join(', ')}`] : []),
        ...(unexpected.length ? [`unexpected ${unexpected.join(', ')}`] : []),
      ];
      fail(`expect/${g}/${missing.length ? 'include' : 'exclude'}`, `${g}: ${parts.join('; ')}\n    actual ${g}: [${got.join(', ')}]`);
    }
    if (problems.length > 0) {
      results.push({ ...base, status: 'fail', problems, actual });
      findings.push({ rule: 'scenario-failed', severity: 'error', file, card: s.id, path: firstPath!, message: `Scenario "${s.id}" failed: ${problems.map((p) => p.split('\n')[0]).join('; ')}.` });
    } else results.push({ ...base, status: 'pass', problems: [], actual });
  }

  const all: string[] = [];
  for (const c of deck.cards.values()) if (c.kind === 'question') for (const o of c.options) all.push(`${c.id}/${o.id}`);
  const missing = all.filter((k) => !chosen.has(k));
  const reached = all.length - missing.length;
  return {
    results, findings,
    coverage: { reached, total: all.length, percent: all.length === 0 ? 100 : Math.floor((reached / all.length) * 1000) / 10, missing },
  };
}
