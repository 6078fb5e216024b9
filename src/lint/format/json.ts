// Machine-readable output: every diagnostic as data, plus counts (and, for `test`, the scenario
// results and coverage). Stable keys; no colour.
import { countOf } from '../validate.js';
import { coverageFails, type Formatter } from './types.js';

export const json: Formatter = (diagnostics, ctx) => {
  const counts = countOf(diagnostics);
  const out: Record<string, unknown> = {
    tool: ctx.tool,
    command: ctx.command,
    diagnostics,
    summary: { ...counts, files: ctx.files.length, filesWithFindings: new Set(diagnostics.map((d) => d.file)).size },
  };
  if (ctx.scenarios) {
    const passed = ctx.scenarios.filter((r) => r.status === 'pass').length;
    out.scenarios = ctx.scenarios;
    out.summary = {
      ...(out.summary as object),
      scenarios: ctx.scenarios.length,
      passed,
      failed: ctx.scenarios.length - passed,
    };
  }
  if (ctx.paths) out.paths = ctx.paths;
  if (ctx.coverage)
    out.coverage = {
      ...ctx.coverage,
      ...(ctx.minCoverage !== undefined ? { min: ctx.minCoverage, ok: !coverageFails(ctx) } : {}),
    };
  return JSON.stringify(out, null, 2) + '\n';
};
