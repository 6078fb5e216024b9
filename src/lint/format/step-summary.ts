// A Markdown job summary for GitHub Actions: appended to the file $GITHUB_STEP_SUMMARY names,
// when that variable is set (on GitHub it always is). Counts first, then the errors (up to 50)
// and the failing scenarios; warnings only as a count, so the summary shows what matters.

import { appendFileSync } from 'node:fs';
import type { Diagnostic } from '../../core/types.js';
import type { CliIO } from '../../io/cli-io.js';
import type { Coverage, ScenarioResult } from '../scenarios.js';
import { countOf } from '../validate.js';

const cell = (s: string) =>
  s
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
const MAX = 50;

export function stepSummary(
  command: 'validate' | 'test',
  ds: readonly Diagnostic[],
  extra: {
    files?: number;
    scenarios?: readonly ScenarioResult[];
    coverage?: Coverage;
    minCoverage?: number;
    note?: string;
  },
): string {
  const n = countOf(ds);
  const out: string[] = [`### tiltakskort ${command}`, ''];
  if (extra.note) out.push(`**${cell(extra.note)}**`, '');
  if (command === 'validate')
    out.push(
      `${n.errors ? '❌' : '✅'} ${n.errors} error(s), ${n.warnings} warning(s) in ${extra.files ?? 0} file(s).`,
      '',
    );
  else {
    const rs = extra.scenarios ?? [];
    const failed = rs.filter((r) => r.status !== 'pass');
    out.push(
      `${failed.length || n.errors ? '❌' : '✅'} ${rs.length} scenario(s), ${rs.length - failed.length} passed, ${failed.length} failed.`,
    );
    if (extra.coverage)
      out.push(
        '',
        `Coverage: ${extra.coverage.percent}% of the options (${extra.coverage.reached}/${extra.coverage.total})${extra.minCoverage !== undefined ? `, minimum ${extra.minCoverage}%` : ''}.`,
      );
    out.push('');
    if (failed.length) {
      out.push('| scenario | file | problem |', '|---|---|---|');
      for (const r of failed.slice(0, MAX))
        out.push(`| ${cell(r.id)} | ${cell(r.file)} | ${cell(r.problems[0] ?? r.status)} |`);
      out.push('');
    }
  }
  const errors = ds.filter((d) => d.severity === 'error');
  if (errors.length) {
    out.push('| where | rule | error |', '|---|---|---|');
    for (const d of errors.slice(0, MAX))
      out.push(`| \`${cell(`${d.file}:${d.line}:${d.col}`)}\` | ${cell(d.rule)} | ${cell(d.message)} |`);
    if (errors.length > MAX) out.push('', `… and ${errors.length - MAX} more (see the log).`);
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
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    appendFileSync(file, stepSummary(command, ds, extra));
  } catch {
    io.stderr.write(`Note: could not write the job summary to ${file}.\n`);
  }
}
