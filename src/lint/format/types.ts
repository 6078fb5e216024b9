// Formatters are pure: (diagnostics, ctx) => string. index.ts loads only the one asked for.

import type { Diagnostic } from '../../core/types.js';
import type { Coverage, PathStats, ScenarioResult } from '../scenarios.js';

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
}

export type Formatter = (diagnostics: readonly Diagnostic[], ctx: FormatContext) => string;

/** Did coverage fall short of --min-coverage? */
export function coverageFails(ctx: FormatContext): boolean {
  return ctx.coverage !== undefined && ctx.minCoverage !== undefined && ctx.coverage.percent < ctx.minCoverage;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "Paths: median 6 questions, longest 11 (id); 22 of 40 scenarios guarded" (the same words in every format). */
export function pathsLine(p: PathStats, total: number): string {
  const worst = p.worst ? `, longest ${plural(p.worst.questions, 'question')} (${p.worst.id})` : '';
  return `Paths: median ${plural(p.median, 'question')}${worst}; ${p.guarded} of ${plural(total, 'scenario')} guarded (exclude, absentText or dutyStatus)`;
}
