// Reading answers: an answers file (question id → option id, or a list of ids; YAML or JSON) and
// --answer flags. Both are untrusted: only a regular file is read, within the size and alias
// limits, and a prototype key (__proto__, constructor, prototype) is refused, not silently lost.

import { resolve } from 'node:path';
import { parseAnswerFlags, type GivenAnswers } from '../core/scripted.js';
import { quote } from '../core/clean.js';
import { InputFileError, inputText, readInputFile } from '../io/read-file.js';
import { say, UsageError, type Said } from '../core/errors.js';
import { yaml } from '../io/yaml-cards.js';

/** Keys that would reach an object's prototype instead of becoming an answer. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function refusePrototypeKey(q: string, where: Said): void {
  if (PROTOTYPE_KEYS.has(q))
    throw new UsageError(
      (w) => w.errors.notQuestionId(say(where, w), quote(q)),
      (w) => w.errors.questionIds,
    );
}

export async function readAnswersFile(cwd: string, file: string): Promise<GivenAnswers> {
  let text: string;
  try {
    text = readInputFile(resolve(cwd, file));
  } catch (err) {
    if (!(err instanceof InputFileError)) throw err;
    const { problem, size } = err;
    throw new UsageError(
      (w) => w.errors.answersUnreadable(quote(file), inputText(problem, size, w)),
      (w) => w.errors.checkAnswersPath,
    );
  }
  const json = /\.json$/i.test(file);
  let data: unknown;
  try {
    // JSON needs no YAML parser: keep scripted runs fast.
    if (json) data = JSON.parse(text);
    else {
      // yaml() loads the one-file build of `yaml` (about 6 ms, against 16 for the package).
      data = yaml().parse(text, { maxAliasCount: 100, uniqueKeys: true });
    }
  } catch (err) {
    const reason = (err as Error).message.split('\n')[0] ?? '';
    throw new UsageError((w) => w.errors.answersSyntax(quote(file), json ? 'JSON' : 'YAML', reason));
  }
  if (data === null || data === undefined) return {};
  // A scenario file may hold the answers under `answers:`, a training case (cards/cases/) under
  // `recommended:`.
  for (const key of ['answers', 'recommended']) {
    if (
      typeof data === 'object' &&
      data !== null &&
      !Array.isArray(data) &&
      Object.hasOwn(data, key) &&
      typeof (data as Record<string, unknown>)[key] === 'object'
    ) {
      data = (data as Record<string, unknown>)[key];
      break;
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UsageError(
      (w) => w.errors.answersShape(quote(file)),
      (w) => w.errors.example,
    );
  }
  const out: GivenAnswers = {};
  for (const [q, v] of Object.entries(data as Record<string, unknown>)) {
    refusePrototypeKey(q, (w) => w.errors.inFile(quote(file)));
    if (typeof v === 'string') out[q] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out[q] = v as string[];
    else throw new UsageError((w) => w.errors.answerShape(quote(file), quote(q)));
  }
  return out;
}

/** --answer flags (q=a or q=a,b), with prototype keys refused. */
export function answerFlags(flags: readonly string[]): GivenAnswers {
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq > 0) refusePrototypeKey(flag.slice(0, eq).trim(), `--answer ${quote(flag)}`);
  }
  const parsed = parseAnswerFlags(flags);
  if ('error' in parsed) throw new UsageError(parsed.error);
  return parsed.given;
}
