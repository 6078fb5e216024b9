// GitHub Actions workflow commands: one annotation per diagnostic, shown on the file and line in
// the pull request. Escaping as in actions/toolkit (packages/core/src/command.ts): %, \r and \n in
// the message, and also : and , in properties.
import type { Severity } from '../../core/types.js';
import { countOf } from '../validate.js';
import { coverageFails, pathsLine, type Formatter } from './types.js';

export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const command = (s: Severity) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'notice');

export const github: Formatter = (diagnostics, ctx) => {
  // Errors first, then warnings, then notes: GitHub shows only the first annotations of a step.
  const rank = (x: Severity) => (x === 'error' ? 0 : x === 'warning' ? 1 : 2);
  const ordered = [...diagnostics].sort((a, b) => rank(a.severity) - rank(b.severity));
  const R = ctx.words.report;
  const lines = ordered.map((d) => {
    const props = `file=${escapeProperty(d.file)},line=${d.line},col=${d.col},title=${escapeProperty(d.rule)}`;
    return `::${command(d.severity)} ${props}::${escapeData(d.hint ? `${d.message}\n${ctx.words.errors.hint}: ${d.hint}` : d.message)}`;
  });
  if (ctx.coverage && coverageFails(ctx)) {
    const c = ctx.coverage;
    lines.push(
      `::error title=coverage::${escapeData(`${R.belowMinimum(c.percent, ctx.minCoverage!)}\n${R.neverReached}: ${c.missing.join(', ')}`)}`,
    );
  }
  const n = countOf(diagnostics);
  const tail = ctx.scenarios
    ? `${R.scenarios(ctx.scenarios.length)}, ${R.passed(ctx.scenarios.filter((r) => r.status === 'pass').length)}${ctx.coverage ? `; ${R.coverageOf(ctx.coverage.percent)}` : ''}.`
    : R.checked(`${R.errors(n.errors)}, ${R.warnings(n.warnings)}`, R.files(ctx.files.length));
  if (ctx.paths && ctx.scenarios)
    lines.push(`::notice title=paths::${escapeData(pathsLine(ctx.paths, ctx.scenarios.length, ctx.words))}`);
  lines.push(tail);
  return lines.join('\n') + '\n';
};
