// Training cases: a short fictional story, the sector, the recommended answers and a debrief.
// Pure: takes parsed YAML, returns the case or the problems found. Files are read in case-files.ts.

// Findings and case problems are in English for now (the card authors' text, docs/ci.md).
import { en } from '../core/words/en.js';
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

/** Check the shape of one parsed case document. `fileId` is the file name without extension. */
export function parseCase(raw: unknown, file: string, fileId?: string): { case?: TrainingCase; problems: string[] } {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { problems: ['A case file holds one mapping with kind: case.'] };
  const r = raw as Record<string, unknown>;
  if (r.kind !== 'case') problems.push('"kind" must be "case".');
  if (typeof r.id !== 'string' || !ID.test(r.id))
    problems.push('"id" must be lower-case letters, digits, "-", "." or "_".');
  else if (fileId !== undefined && r.id !== fileId)
    problems.push(`"id" is "${r.id}" but the file is named "${fileId}": the file name must be the id.`);
  for (const k of ['title', 'story', 'debrief'] as const)
    if (!isText(r[k])) problems.push(`"${k}" must be a text: plain bokmål, or { nb: …, en: … }.`);
  if (typeof r.sector !== 'string' || r.sector === '')
    problems.push('"sector" must be the option id of the first question (for example "skole").');
  const rec = r.recommended;
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec))
    problems.push('"recommended" must map question ids to option ids.');
  else {
    for (const [q, v] of Object.entries(rec)) {
      if (!(typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')))) {
        problems.push(`"recommended.${q}" must be an option id or a list of option ids.`);
      }
    }
  }
  const known = new Set(['kind', 'id', 'title', 'sector', 'story', 'recommended', 'debrief', 'reviewed']);
  for (const k of Object.keys(r)) if (!known.has(k)) problems.push(`Unknown field "${k}".`);
  if (problems.length > 0) return { problems };
  return { case: { ...(r as unknown as TrainingCase), file }, problems };
}

/** The recommended answers with the case's sector filled in as the answer to the first question. */
export function recommendedAnswers(deck: Deck, c: TrainingCase): GivenAnswers {
  return { [deck.meta.start]: c.sector, ...c.recommended };
}

/** Does the case fit this deck: a known sector, and recommended answers that make a complete route? */
export function checkCase(deck: Deck, c: TrainingCase): string[] {
  const problems: string[] = [];
  const start = question(deck, deck.meta.start);
  if (start && !start.options.some((o) => o.id === c.sector)) {
    problems.push(`Unknown sector "${c.sector}" (valid: ${start.options.map((o) => o.id).join(', ')}).`);
  }
  const given = c.recommended[deck.meta.start];
  if (given !== undefined && given !== c.sector)
    problems.push(`"recommended.${deck.meta.start}" is "${String(given)}" but "sector" is "${c.sector}".`);
  const result = runScripted(deck, recommendedAnswers(deck, c));
  if (!result.ok)
    problems.push(...result.problems.map((p) => `${p.said(en)} (valid: ${p.valid.join(', ') || 'none'})`));
  else if (!result.walk.complete)
    problems.push(
      `The recommended answers stop before the end of the flow (next question: "${result.walk.next!.id}").`,
    );
  return problems;
}
