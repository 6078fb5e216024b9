// Formatters are pure: (diagnostics, ctx) => string. index.ts loads only the one asked for.

import type { Diagnostic } from '../../core/types.js';
import type { Coverage, ScenarioResult } from '../scenarios.js';

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
