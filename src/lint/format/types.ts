// Formatters are pure: (diagnostics, ctx) => string. index.ts loads only the one asked for.

import type { Diagnostic } from '../../core/types.js';
import type { Coverage, PathStats, ScenarioResult } from '../scenarios.js';
import type { Words } from '../../core/words/index.js';

export const FORMATS = ['text', 'json', 'junit', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatContext {
  command: 'validate' | 'test';
  /** ANSI colour (text only): on a TTY and never with NO_COLOR. */
  color: boolean;
  /** Every file checked (display paths), also those without findings. */
  files: readonly string[];
  /** The rules that ran (not `off`), for JUnit's one testcase per rule per file. */
  rules: readonly string[];
  /** `test` only. */
  scenarios?: readonly ScenarioResult[];
  coverage?: Coverage;
  /** `test`: questions per scenario path (median, worst) and how many scenarios are guarded. Reported, never failed on. */
  paths?: PathStats;
  minCoverage?: number;
  tool: { name: string; version: string };
  /** The run's words (findings arrive already worded; these word the lines around them). */
  words: Words;
}

export type Formatter = (diagnostics: readonly Diagnostic[], ctx: FormatContext) => string;

/** Did coverage fall short of --min-coverage? */
export function coverageFails(ctx: FormatContext): boolean {
  return ctx.coverage !== undefined && ctx.minCoverage !== undefined && ctx.coverage.percent < ctx.minCoverage;
}

/** "Paths: median 6 questions, longest 11 (id); 22 of 40 scenarios guarded" (the same words in every format). */
export function pathsLine(p: PathStats, total: number, w: Words): string {
  const R = w.report;
  const worst = p.worst ? R.longest(R.questions(p.worst.questions), p.worst.id) : '';
  return R.paths(R.questions(p.median), worst, p.guarded, R.scenarios(total));
}
