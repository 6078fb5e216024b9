// Scenario tests for a deck: each scenario file gives answers and what the flow should produce.
// Pure: takes a deck and parsed scenario documents, runs them through the engine (runScripted)
// and the summary model (buildSummary), and reports results, findings and option coverage.

import { en } from '../core/words/en.js';
import type { Words } from '../core/words/nb.js';
import { errorReporter, nearPhrase, phrase, wordPhrase, type Finding, type Phrase } from '../core/checks/finding.js';
import { ID_PATTERN } from '../core/checks/shape.js';
import type { RawDoc } from '../core/deck.js';
import { runScripted, type GivenAnswers } from '../core/scripted.js';
import { buildSummary, type Summary } from '../core/summary.js';
import { DUTY_STATUSES, type Deck, type DutyStatus, type Lang } from '../core/types.js';

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
    /** Duty id → the status it must have (the duty must be in the summary). */
    dutyStatus?: Record<string, DutyStatus>;
    /** Texts that must appear nowhere in the bokmål summary (case-insensitive). */
    absentText?: string[];
    /** At most this many questions on the path. */
    questions?: { max: number };
  } & Partial<Record<Group, { include?: string[]; exclude?: string[] }>>;
}

const EXPECT_KEYS = ['status', 'urgent', ...GROUPS, 'next', 'dutyStatus', 'absentText', 'questions'];

/** A guarded scenario says what must NOT happen: an exclude list, absentText or dutyStatus. */
export function isGuarded(s: Scenario): boolean {
  const e = s.expect;
  return (
    GROUPS.some((g) => (e[g]?.exclude ?? []).length > 0) ||
    (e.absentText ?? []).length > 0 ||
    Object.keys(e.dutyStatus ?? {}).length > 0
  );
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
  actual?: {
    status: 'complete' | 'incomplete';
    urgent: boolean;
    next?: string;
    /** Questions on the path. */
    questions: number;
    dutyStatus: Record<string, DutyStatus>;
  } & Record<Group, string[]>;
  /** The scenario has exclude lists, absentText or dutyStatus (see isGuarded). */
  guarded?: boolean;
}

/** How long the scenarios' paths are: questions asked, median and worst. */
export interface PathStats {
  /** Scenarios measured: those that ran to a complete flow (a deliberately partial one would pull the median down). */
  scenarios: number;
  median: number;
  worst?: { id: string; questions: number };
  guarded: number;
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
  paths: PathStats;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The shape of a scenario document: mirrors the `scenario` definition in schema/cards.schema.json. */
export function checkScenarioShape(raw: unknown, file: string): Finding[] {
  const out: Finding[] = [];
  const card = isObj(raw) && typeof raw.id === 'string' ? raw.id : undefined;
  const report = errorReporter(out, 'scenario-schema', file, card);
  if (!isObj(raw)) {
    report('', phrase('scMapping'));
    return out;
  }
  const isId = (v: unknown) => typeof v === 'string' && ID_PATTERN.test(v);
  const ids = (v: unknown, path: string) => {
    if (!Array.isArray(v)) report(path, phrase('scIds'));
    else
      v.forEach(
        (x, i) => !isId(x) && report(`${path}/${i}`, phrase('expected', 'an id', JSON.stringify(x) ?? 'undefined')),
      );
  };
  const known = (obj: Obj, allowed: string[], base: string) => {
    for (const k of Object.keys(obj)) {
      if (!allowed.includes(k))
        report(
          base ? `${base}/${k}` : k,
          phrase('unknownField', k),
          nearPhrase(k, allowed) ?? phrase('allowedHere', allowed),
          true,
        );
    }
  };
  if (raw.kind !== 'scenario')
    report('kind', phrase('expectedKind', 'scenario', JSON.stringify(raw.kind) ?? 'undefined'));
  for (const k of ['id', 'answers', 'expect'])
    if (raw[k] === undefined || raw[k] === null) report('', phrase('missingField', k));
  known(raw, ['kind', 'id', 'title', 'answers', 'expect'], '');
  if (raw.id !== undefined && raw.id !== null && !isId(raw.id))
    report(
      'id',
      phrase('expected', 'an id (lower-case letters, digits, "-", "." or "_")', JSON.stringify(raw.id) ?? 'undefined'),
    );
  if (raw.title !== undefined && raw.title !== null) {
    const t = raw.title;
    const okText = (v: unknown) => typeof v === 'string' && v.trim() !== '';
    if (isObj(t)) {
      if (!okText(t.nb)) report('title', phrase('textNeedsNb'));
      for (const [lang, v] of Object.entries(t)) {
        if (lang !== 'nb' && lang !== 'en') {
          const split = /\s/.test(lang) || v === null;
          report(
            `title/${lang}`,
            phrase('unknownLang', JSON.stringify(lang)),
            split ? phrase('commaInText') : phrase('useLangs', ['nb', 'en']),
          );
        } else if (typeof v !== 'string') report(`title/${lang}`, phrase('scText'));
      }
    } else if (!okText(t)) report('title', phrase('scTitle'));
  }
  if (raw.answers !== undefined && raw.answers !== null) {
    if (!isObj(raw.answers)) report('answers', phrase('caseRecommended'));
    else
      for (const [q, v] of Object.entries(raw.answers)) {
        if (isId(v)) continue;
        if (Array.isArray(v) && v.length > 0) ids(v, `answers/${q}`);
        else report(`answers/${q}`, phrase('caseAnswer', q, JSON.stringify(v) ?? 'undefined'));
      }
  }
  if (raw.expect !== undefined && raw.expect !== null) {
    const e = raw.expect;
    if (!isObj(e)) report('expect', phrase('scExpect', EXPECT_KEYS.join(', ')));
    else {
      known(e, EXPECT_KEYS, 'expect');
      if (e.status !== undefined && e.status !== 'complete' && e.status !== 'incomplete')
        report(
          'expect/status',
          phrase('expectedOneOf', 'complete, incomplete', JSON.stringify(e.status) ?? 'undefined'),
        );
      if (e.urgent !== undefined && typeof e.urgent !== 'boolean') report('expect/urgent', phrase('scBool'));
      if (e.next !== undefined && !isId(e.next)) report('expect/next', phrase('scQuestionId'));
      for (const g of GROUPS) {
        const v = e[g];
        if (v === undefined) continue;
        if (!isObj(v)) {
          report(`expect/${g}`, phrase('scGroup'));
          continue;
        }
        known(v, ['include', 'exclude'], `expect/${g}`);
        for (const k of ['include', 'exclude']) if (v[k] !== undefined) ids(v[k], `expect/${g}/${k}`);
      }
      if (e.dutyStatus !== undefined) {
        if (!isObj(e.dutyStatus)) report('expect/dutyStatus', phrase('scDutyStatus'));
        else
          for (const [d, v] of Object.entries(e.dutyStatus)) {
            if (!isId(d)) report(`expect/dutyStatus/${d}`, phrase('scDutyId', JSON.stringify(d)), undefined, true);
            if (typeof v !== 'string' || !(DUTY_STATUSES as readonly string[]).includes(v)) {
              report(
                `expect/dutyStatus/${d}`,
                phrase('scStatusValue', DUTY_STATUSES.join(', '), d, JSON.stringify(v) ?? 'undefined'),
                nearPhrase(String(v), [...DUTY_STATUSES]),
              );
            }
          }
      }
      if (e.absentText !== undefined) {
        if (!Array.isArray(e.absentText)) report('expect/absentText', phrase('scAbsentText'));
        else
          e.absentText.forEach((t, i) => {
            if (typeof t !== 'string' || t.trim() === '')
              report(
                `expect/absentText/${i}`,
                phrase('expected', 'a non-empty text', JSON.stringify(t) ?? 'undefined'),
              );
          });
      }
      if (e.questions !== undefined) {
        const q = e.questions;
        if (!isObj(q)) report('expect/questions', phrase('scQuestions'));
        else {
          known(q, ['max'], 'expect/questions');
          if (!Number.isInteger(q.max) || (q.max as number) < 1)
            report(
              q.max === undefined ? 'expect/questions' : 'expect/questions/max',
              phrase('scMax', JSON.stringify(q.max) ?? 'undefined'),
            );
        }
      }
    }
  }
  return out;
}

const label = (t: Scenario['title']) => (t === undefined ? undefined : typeof t === 'string' ? t : t.nb);

/**
 * `words`: the run's language for the failure lines and findings (not cached, so worded here);
 * English when not given. `lang` is the summary's language.
 */
export function runScenarios(
  deck: Deck,
  docs: readonly RawDoc[],
  opts: { today: string; lang?: Lang; words?: Words },
): ScenarioRun {
  const w0 = opts.words ?? en;
  const say = (p: Phrase) => wordPhrase(p, w0);
  const f = w0.findings;
  const results: ScenarioResult[] = [];
  const findings: Finding[] = [];
  const chosen = new Set<string>();
  const seen = new Map<string, string>();
  const questionIds = [...deck.cards.values()].filter((c) => c.kind === 'question').map((c) => c.id);
  const dutyIds = [...deck.cards.values()].filter((c) => c.kind === 'duty').map((c) => c.id);

  for (const { file, raw } of docs) {
    const shape = checkScenarioShape(raw, file);
    const id = isObj(raw) && typeof raw.id === 'string' ? raw.id : '(no id)';
    const title = isObj(raw) ? label(raw.title as Scenario['title']) : undefined;
    const base = { id, ...(title ? { title } : {}), file, guarded: shape.length === 0 && isGuarded(raw as Scenario) };
    if (shape.length > 0) {
      findings.push(...shape);
      results.push({ ...base, status: 'error', problems: shape.map((x) => (x.said ? say(x.said) : x.message)) });
      continue;
    }
    const s = raw as Scenario;
    const ref = (path: string, message: Phrase, hint?: Phrase) =>
      findings.push({
        rule: 'scenario-reference',
        severity: 'error',
        file,
        card: s.id,
        path,
        message: wordPhrase(message, en),
        said: message,
        ...(hint ? { hint: wordPhrase(hint, en), saidHint: hint } : {}),
      });
    const before = findings.length;
    if (seen.has(s.id)) ref('id', phrase('scIdTwice', s.id, seen.get(s.id)!));
    seen.set(s.id, file);

    for (const [q, v] of Object.entries(s.answers)) {
      const card = deck.cards.get(q);
      if (card?.kind !== 'question') {
        ref(
          `answers/${q}`,
          phrase('unknownQuestion', q),
          nearPhrase(q, questionIds) ?? phrase('questions', questionIds),
        );
        continue;
      }
      const optionIds = card.options.map((o) => o.id);
      (Array.isArray(v) ? v : [v]).forEach((o, i) => {
        if (!optionIds.includes(o)) {
          ref(
            Array.isArray(v) ? `answers/${q}/${i}` : `answers/${q}`,
            phrase('unknownOption', o, q),
            nearPhrase(o, optionIds) ?? phrase('options', optionIds),
          );
        }
      });
    }
    for (const g of GROUPS) {
      for (const k of ['include', 'exclude'] as const) {
        (s.expect[g]?.[k] ?? []).forEach((cid, i) => {
          const card = deck.cards.get(cid);
          if (card?.kind !== GROUP_KIND[g]) {
            const candidates = [...deck.cards.values()].filter((c) => c.kind === GROUP_KIND[g]).map((c) => c.id);
            ref(
              `expect/${g}/${k}/${i}`,
              card ? phrase('scWrongKind', cid, card.kind, GROUP_KIND[g]) : phrase('scUnknownCard', GROUP_KIND[g], cid),
              nearPhrase(cid, candidates) ?? phrase('scKnown', candidates),
            );
          }
        });
      }
    }
    for (const d of Object.keys(s.expect.dutyStatus ?? {})) {
      const card = deck.cards.get(d);
      if (card?.kind !== 'duty') {
        ref(
          `expect/dutyStatus/${d}`,
          card ? phrase('scWrongKind', d, card.kind, 'duty') : phrase('scUnknownCard', 'duty', d),
          nearPhrase(d, dutyIds) ?? phrase('scKnown', dutyIds),
        );
      }
    }
    if (s.expect.next !== undefined && deck.cards.get(s.expect.next)?.kind !== 'question') {
      ref('expect/next', phrase('unknownQuestion', s.expect.next), nearPhrase(s.expect.next, questionIds));
    }
    if (findings.length > before) {
      results.push({
        ...base,
        status: 'error',
        problems: findings.slice(before).map((x) => (x.said ? say(x.said) : x.message)),
      });
      continue;
    }

    const run = runScripted(deck, s.answers);
    if (!run.ok) {
      const problems = run.problems.map((p) => f.scRunProblem(p.said(w0), p.valid));
      results.push({ ...base, status: 'fail', problems });
      findings.push({
        rule: 'scenario-failed',
        severity: 'error',
        file,
        card: s.id,
        path: 'answers',
        message: f.scFailed(s.id, run.problems.map((p) => p.said(w0)).join(' ')),
      });
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
      questions: w.path.length,
      dutyStatus: Object.fromEntries(summary.duties.map((d) => [d.id, d.status])),
    };
    const problems: string[] = [];
    let firstPath: string | undefined;
    const fail = (path: string, line: string) => {
      problems.push(line);
      firstPath ??= path;
    };
    const wantStatus = s.expect.status ?? 'complete';
    if (actual.status !== wantStatus) {
      fail('expect/status', f.scStatus(wantStatus, actual.status, actual.next));
    }
    if (s.expect.urgent !== undefined && s.expect.urgent !== actual.urgent)
      fail('expect/urgent', f.scUrgent(s.expect.urgent, actual.urgent));
    if (s.expect.next !== undefined && s.expect.next !== actual.next)
      fail('expect/next', f.scNext(s.expect.next, actual.next));
    for (const g of GROUPS) {
      const got = actual[g];
      const missing = (s.expect[g]?.include ?? []).filter((x) => !got.includes(x));
      const unexpected = (s.expect[g]?.exclude ?? []).filter((x) => got.includes(x));
      if (missing.length === 0 && unexpected.length === 0) continue;
      fail(`expect/${g}/${missing.length ? 'include' : 'exclude'}`, f.scGroupDiff(g, missing, unexpected, got));
    }
    for (const [d, want] of Object.entries(s.expect.dutyStatus ?? {})) {
      const got = summary.duties.find((x) => x.id === d);
      if (!got) fail(`expect/dutyStatus/${d}`, f.scDutyMissing(d, want, actual.duties));
      else if (got.status !== want)
        fail(
          `expect/dutyStatus/${d}`,
          f.scDutyWrong(
            d,
            want,
            got.status,
            got.condition,
            got.because.map((b) => `${b.question}=${b.option}`).join(', '),
          ),
        );
    }
    if (s.expect.absentText?.length) {
      const nb =
        (opts.lang ?? 'nb') === 'nb'
          ? summary
          : buildSummary(deck, w.path, { lang: 'nb', generated: opts.today, urgent: w.urgent });
      const found = summaryHits(
        nb,
        s.expect.absentText.map((t) => t.toLowerCase()),
      );
      s.expect.absentText.forEach((t, i) => {
        const hits = found[i]!;
        if (hits.length > 0)
          fail(
            `expect/absentText/${i}`,
            f.scAbsent(
              t,
              hits.map((h) => h.where).join(', '),
              hits[0]!.where,
              JSON.stringify(hits[0]!.text.length > 160 ? hits[0]!.text.slice(0, 160) + '…' : hits[0]!.text),
            ),
          );
      });
    }
    if (s.expect.questions && actual.questions > s.expect.questions.max) {
      fail(
        'expect/questions/max',
        f.scTooLong(actual.questions, s.expect.questions.max, w.path.map((a) => a.question).join(' → ')),
      );
    }
    if (problems.length > 0) {
      results.push({ ...base, status: 'fail', problems, actual });
      findings.push({
        rule: 'scenario-failed',
        severity: 'error',
        file,
        card: s.id,
        path: firstPath!,
        message: f.scFailed(s.id, `${problems.map((p) => p.split('\n')[0]).join('; ')}.`),
      });
    } else results.push({ ...base, status: 'pass', problems: [], actual });
  }

  const all: string[] = [];
  for (const c of deck.cards.values())
    if (c.kind === 'question') for (const o of c.options) all.push(`${c.id}/${o.id}`);
  const missing = all.filter((k) => !chosen.has(k));
  const reached = all.length - missing.length;
  return {
    results,
    findings,
    paths: pathStats(results),
    coverage: {
      reached,
      total: all.length,
      percent: all.length === 0 ? 100 : Math.floor((reached / all.length) * 1000) / 10,
      missing,
    },
  };
}

/**
 * Where each of `needles` (lower case) occurs in the summary's texts, case-insensitively: per
 * needle, the texts that hold it with their place ("contacts/legevakt/phone"), in the summary's
 * order; the echo of the user's own answers is left out.
 * One walk: each text is lowered once, and its place is spelt out only for a text with a hit
 * (a cold `test` spent ~20 ms lowering every text once per needle and naming every place).
 */
export function summaryHits(s: Summary, needles: readonly string[]): { where: string; text: string }[][] {
  const out: { where: string; text: string }[][] = needles.map(() => []);
  // The place of the current value: segments, each a key (in a mapping) or an item (in a list).
  const keys: string[] = [];
  const inList: boolean[] = [];
  const where = () => {
    let w = '';
    for (let i = 0; i < keys.length; i++) w = inList[i] ? `${w}/${keys[i]}` : w ? `${w}/${keys[i]}` : keys[i]!;
    return w;
  };
  const visit = (v: unknown) => {
    if (typeof v === 'string') {
      const lower = v.toLowerCase();
      let at: string | undefined;
      for (let n = 0; n < needles.length; n++)
        if (lower.includes(needles[n]!)) {
          at ??= where();
          out[n]!.push({ where: at, text: v });
        }
    } else if (Array.isArray(v))
      v.forEach((x, i) => {
        keys.push(isObj(x) && typeof x.id === 'string' ? x.id : String(i));
        inList.push(true);
        visit(x);
        keys.pop();
        inList.pop();
      });
    else if (isObj(v))
      for (const [k, x] of Object.entries(v))
        if (k !== 'because' && k !== 'id') {
          keys.push(k);
          inList.push(false);
          visit(x);
          keys.pop();
          inList.pop();
        }
  };
  const { answers: _answers, ...rest } = s;
  visit(rest);
  return out;
}

export function pathStats(results: readonly ScenarioResult[]): PathStats {
  const ran = results.filter((r) => r.actual?.status === 'complete');
  const counts = ran.map((r) => r.actual!.questions).sort((a, b) => a - b);
  const mid = Math.floor(counts.length / 2);
  const median =
    counts.length === 0 ? 0 : counts.length % 2 === 1 ? counts[mid]! : (counts[mid - 1]! + counts[mid]!) / 2;
  let worst: PathStats['worst'];
  for (const r of ran)
    if (!worst || r.actual!.questions > worst.questions) worst = { id: r.id, questions: r.actual!.questions };
  return {
    scenarios: ran.length,
    median,
    ...(worst ? { worst } : {}),
    guarded: results.filter((r) => r.guarded).length,
  };
}
