// Scripted answers (CLI flags or an answers file) checked against the deck before the flow runs:
// unknown ids and answers the path never reaches are errors that list the valid ids.

import { question, walk, type Walk } from './engine.js';
import type { Deck } from './types.js';
import { phrase, type Phrase } from './checks/finding.js';
import type { Words } from './words/nb.js';

const q_ = (s: string) => `"${s}"`;

export type GivenAnswers = Record<string, string | string[]>;

export interface ScriptedProblem {
  /** In the user's language (core/errors.ts Said). */
  said: (w: Words) => string;
  /** The same as a finding's sentence (words.findings), for findings that are cached and worded later. */
  as: Phrase;
  /** The ids that would have been valid, for the error's hint. */
  valid: string[];
}

export type ScriptedResult = { ok: true; walk: Walk } | { ok: false; problems: ScriptedProblem[] };

export function runScripted(deck: Deck, given: GivenAnswers): ScriptedResult {
  const problems: ScriptedProblem[] = [];
  const answers = new Map<string, string[]>();
  const questionIds = [...deck.cards.values()].filter((c) => c.kind === 'question').map((c) => c.id);

  for (const [qid, value] of Object.entries(given)) {
    const q = question(deck, qid);
    if (!q) {
      problems.push({
        said: (w) => w.errors.unknownQuestion(q_(qid)),
        as: phrase('routeUnknownQuestion', qid),
        valid: questionIds,
      });
      continue;
    }
    const ids = (Array.isArray(value) ? value : [value]).map(String);
    const optionIds = q.options.map((o) => o.id);
    const unknown = ids.filter((id) => !optionIds.includes(id));
    if (unknown.length > 0) {
      problems.push({
        said: (w) => w.errors.unknownOption2(unknown.map(q_).join(', '), q_(qid)),
        as: phrase('routeUnknownOption', unknown, qid),
        valid: optionIds,
      });
      continue;
    }
    if (ids.length === 0) {
      problems.push({ said: (w) => w.errors.noOption(q_(qid)), as: phrase('routeNoOption', qid), valid: optionIds });
      continue;
    }
    if (ids.length > 1 && !q.multiple) {
      problems.push({
        said: (w) => w.errors.oneAnswer(q_(qid), ids.length),
        as: phrase('routeOneAnswer', qid, ids.length),
        valid: optionIds,
      });
      continue;
    }
    answers.set(qid, [...new Set(ids)]);
  }
  if (problems.length > 0) return { ok: false, problems };

  const result = walk(deck, answers);
  // An answer the path never reaches would be silently ignored: for CI and trainers' prepared
  // cases that hides a mistake, so it is an error. Only judged once the flow is complete,
  // because an incomplete run may simply not have reached it yet.
  if (result.complete && result.unused.length > 0) {
    const onPath = result.path.map((a) => a.question);
    return {
      ok: false,
      problems: result.unused.map((qid) => ({
        said: (w: Words) => w.errors.neverReached(q_(qid)),
        as: phrase('routeNeverReached', qid),
        valid: onPath,
      })),
    };
  }
  return { ok: true, walk: result };
}

/** Parse `--answer q=a` / `--answer q=a,b` flags. Returns an error message for a malformed one. */
export function parseAnswerFlags(flags: readonly string[]): { given: GivenAnswers } | { error: (w: Words) => string } {
  const given: GivenAnswers = {};
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq <= 0 || eq === flag.length - 1) return { error: (w) => w.errors.malformedAnswer(q_(flag)) };
    const q = flag.slice(0, eq).trim();
    const opts = flag
      .slice(eq + 1)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const prev = given[q];
    given[q] =
      prev === undefined ? (opts.length === 1 ? opts[0]! : opts) : [...(Array.isArray(prev) ? prev : [prev]), ...opts];
  }
  return { given };
}
