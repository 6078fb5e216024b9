// A Markdown job summary for GitHub Actions: appended to the file $GITHUB_STEP_SUMMARY names,
// when that variable is set (on GitHub it always is). Counts first, then the errors (up to 50)
// and the failing scenarios; warnings only as a count, so the summary shows what matters.

import { appendFileSync } from 'node:fs';
import type { Diagnostic } from '../../core/types.js';
import type { CliIO } from '../../io/cli-io.js';
import type { Coverage, ScenarioResult } from '../scenarios.js';
import { countOf } from '../validate.js';
import { wordDiagnostic } from '../../core/diagnostics.js';
import type { Words } from '../../core/words/index.js';

const cell = (s: string) =>
  s
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
const MAX = 50;

export function stepSummary(
  command: 'validate' | 'test',
  ds0: readonly Diagnostic[],
  extra: {
    /** The run's words. */
    words: Words;
    files?: number;
    scenarios?: readonly ScenarioResult[];
    coverage?: Coverage;
    minCoverage?: number;
    note?: string;
  },
): string {
  const R = extra.words.report;
  const ds = ds0.map((d) => wordDiagnostic(d, extra.words));
  const n = countOf(ds);
  const out: string[] = [`### tiltakskort ${command}`, ''];
  if (extra.note) out.push(`**${cell(extra.note)}**`, '');
  if (command === 'validate')
    out.push(`${n.errors ? '❌' : '✅'} ${R.stepCounts(n.errors, n.warnings, extra.files ?? 0)}`, '');
  else {
    const rs = extra.scenarios ?? [];
    const failed = rs.filter((r) => r.status !== 'pass');
    out.push(
      `${failed.length || n.errors ? '❌' : '✅'} ${R.stepScenarios(rs.length, rs.length - failed.length, failed.length)}`,
    );
    if (extra.coverage)
      out.push(
        '',
        `${R.stepCoverage(extra.coverage.percent, extra.coverage.reached, extra.coverage.total)}${extra.minCoverage !== undefined ? R.minimum(extra.minCoverage) : ''}.`,
      );
    out.push('');
    if (failed.length) {
      out.push(`| ${R.scenario} | ${R.file} | ${R.problem} |`, '|---|---|---|');
      for (const r of failed.slice(0, MAX))
        out.push(`| ${cell(r.id)} | ${cell(r.file)} | ${cell(r.problems[0] ?? r.status)} |`);
      out.push('');
    }
  }
  const errors = ds.filter((d) => d.severity === 'error');
  if (errors.length) {
    out.push(`| ${R.where} | ${R.rule} | ${R.error} |`, '|---|---|---|');
    for (const d of errors.slice(0, MAX))
      out.push(`| \`${cell(`${d.file}:${d.line}:${d.col}`)}\` | ${cell(d.rule)} | ${cell(d.message)} |`);
    if (errors.length > MAX) out.push('', R.more(errors.length - MAX));
    out.push('');
  }
  return out.join('\n') + '\n';
}

export async function writeStepSummary(
  io: CliIO,
  command: 'validate' | 'test',
  ds: readonly Diagnostic[],
  extra: Parameters<typeof stepSummary>[2],
): Promise<void> {
  const R = extra.words.report;
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    appendFileSync(file, stepSummary(command, ds, extra));
  } catch {
    io.stderr.write(`${R.jobSummaryFailed(file)}\n`);
  }
}
