// Reading an answers file: question id → option id (or a list of ids), as YAML or JSON.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GivenAnswers } from '../core/scripted.js';
import { UsageError } from './errors.js';

export async function readAnswersFile(cwd: string, file: string): Promise<GivenAnswers> {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch {
    throw new UsageError(`Cannot read the answers file "${file}".`, 'Check the path given to --answers.');
  }
  let data: unknown;
  try {
    // JSON needs no YAML parser: keep scripted runs fast.
    if (/\.json$/i.test(file)) data = JSON.parse(text);
    else {
      const { parse } = await import('yaml');
      data = parse(text);
    }
  } catch (err) {
    throw new UsageError(`The answers file "${file}" is not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${(err as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) return {};
  // A scenario file may hold the answers under `answers:`, a training case (cards/cases/) under
  // `recommended:`.
  for (const key of ['answers', 'recommended']) {
    if (typeof data === 'object' && data !== null && !Array.isArray(data) && key in data && typeof (data as Record<string, unknown>)[key] === 'object') {
      data = (data as Record<string, unknown>)[key];
      break;
    }
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new UsageError(`The answers file "${file}" must map question ids to option ids.`, 'Example:\n  sektor: skole\n  bekymring: [vold, omsorgssvikt]');
  }
  const out: GivenAnswers = {};
  for (const [q, v] of Object.entries(data as Record<string, unknown>)) {
    if (typeof v === 'string') out[q] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out[q] = v as string[];
    else throw new UsageError(`In "${file}", the answer to "${q}" must be an option id or a list of option ids.`);
  }
  return out;
}
