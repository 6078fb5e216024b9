// Training cases: a short fictional story, the sector, the recommended answers and a debrief.
// Pure: takes parsed YAML, returns the case or the problems found. Files are read in case-files.ts.

import { phrase, wordPhrase, type Phrase } from '../core/checks/finding.js';
import { en } from '../core/words/en.js';
import type { Words } from '../core/words/nb.js';
import { runScripted, type GivenAnswers } from '../core/scripted.js';
import { question } from '../core/engine.js';
import type { Deck, Text } from '../core/types.js';

export interface TrainingCase {
  kind: 'case';
  id: string;
  title: Text;
  /** Option id of the deck's first question (the participant's sector). */
  sector: string;
  story: Text;
  /** Question id → option id (or ids): the route the trainers recommend. */
  recommended: GivenAnswers;
  debrief: Text;
  /** Set by the loader: where the case came from. */
  file?: string;
}

const ID = /^[a-z0-9][a-z0-9._-]*$/;

function isText(v: unknown): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    typeof (v as { nb?: unknown }).nb === 'string' &&
    Object.entries(v).every(([k, x]) => (k === 'nb' || k === 'en') && typeof x === 'string')
  );
}

/** A problem and its hint as one line in words `w` (the run's language; English when not given). */
const line = (w: Words, p: Phrase, hint?: Phrase) =>
  hint ? `${wordPhrase(p, w)} ${wordPhrase(hint, w)}` : wordPhrase(p, w);

/** Check the shape of one parsed case document. `fileId` is the file name without extension. */
export function parseCase(
  raw: unknown,
  file: string,
  fileId?: string,
  w: Words = en,
): { case?: TrainingCase; problems: string[] } {
  const problems: string[] = [];
  const add = (p: Phrase, hint?: Phrase) => problems.push(line(w, p, hint));
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    add(phrase('caseMapping'));
    return { problems };
  }
  const r = raw as Record<string, unknown>;
  if (r.kind !== 'case') add(phrase('expectedKind', 'case', JSON.stringify(r.kind) ?? 'undefined'));
  if (typeof r.id !== 'string' || !ID.test(r.id)) add(phrase('caseId'));
  else if (fileId !== undefined && r.id !== fileId)
    add(phrase('caseFileName', r.id, fileId), phrase('caseFileNameHint'));
  for (const k of ['title', 'story', 'debrief'] as const) if (!isText(r[k])) add(phrase('caseText', k));
  if (typeof r.sector !== 'string' || r.sector === '') add(phrase('caseSector'));
  const rec = r.recommended;
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) add(phrase('caseRecommended'));
  else {
    for (const [q, v] of Object.entries(rec)) {
      if (!(typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')))) {
        add(phrase('caseAnswer', q, JSON.stringify(v) ?? 'undefined'));
      }
    }
  }
  const known = ['kind', 'id', 'title', 'sector', 'story', 'recommended', 'debrief', 'reviewed'];
  for (const k of Object.keys(r)) if (!known.includes(k)) add(phrase('unknownField', k));
  if (problems.length > 0) return { problems };
  return { case: { ...(r as unknown as TrainingCase), file }, problems };
}

/** The recommended answers with the case's sector filled in as the answer to the first question. */
export function recommendedAnswers(deck: Deck, c: TrainingCase): GivenAnswers {
  return { [deck.meta.start]: c.sector, ...c.recommended };
}

/** Does the case fit this deck: a known sector, and recommended answers that make a complete route? */
export function checkCase(deck: Deck, c: TrainingCase, w: Words = en): string[] {
  const problems: string[] = [];
  const add = (p: Phrase, hint?: Phrase) => problems.push(line(w, p, hint));
  const start = question(deck, deck.meta.start);
  if (start && !start.options.some((o) => o.id === c.sector)) {
    add(
      phrase('unknownSector', c.sector),
      phrase(
        'sectors',
        start.options.map((o) => o.id),
      ),
    );
  }
  const given = c.recommended[deck.meta.start];
  if (given !== undefined && given !== c.sector)
    add(phrase('caseSectorTwice', deck.meta.start, JSON.stringify(given), c.sector), phrase('caseSectorTwiceHint'));
  const result = runScripted(deck, recommendedAnswers(deck, c));
  if (!result.ok) for (const p of result.problems) add(p.as, phrase('validHere', p.valid));
  else if (!result.walk.complete) add(phrase('caseIncomplete', result.walk.next!.id));
  return problems;
}
