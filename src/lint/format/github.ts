// GitHub Actions workflow commands: one annotation per diagnostic, shown on the file and line in
// the pull request. Escaping as in actions/toolkit (packages/core/src/command.ts): %, \r and \n in
// the message, and also : and , in properties.
import type { Severity } from '../../core/types.js';
import { countOf } from '../validate.js';
import { coverageFails, pathsLine, plural, type Formatter } from './types.js';

export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const command = (s: Severity) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'notice');

export const github: Formatter = (diagnostics, ctx) => {
  // Errors first, then warnings, then notes: GitHub shows only the first annotations of a step.
  const rank = (x: Severity) => (x === 'error' ? 0 : x === 'warning' ? 1 : 2);
  const ordered = [...diagnostics].sort((a, b) => rank(a.severity) - rank(b.severity));
  const lines = ordered.map((d) => {
    const props = `file=${escapeProperty(d.file)},line=${d.line},col=${d.col},title=${escapeProperty(d.rule)}`;
    return `::${command(d.severity)} ${props}::${escapeData(d.hint ? `${d.message}\nhint: ${d.hint}` : d.message)}`;
  });
  if (ctx.coverage && coverageFails(ctx)) {
    const c = ctx.coverage;
    lines.push(
      `::error title=coverage::${escapeData(`Scenario coverage ${c.percent}% is below the minimum ${ctx.minCoverage}%.\nNever reached: ${c.missing.join(', ')}`)}`,
    );
  }
  const n = countOf(diagnostics);
  const tail = ctx.scenarios
    ? `${plural(ctx.scenarios.length, 'scenario')}, ${ctx.scenarios.filter((r) => r.status === 'pass').length} passed${ctx.coverage ? `; coverage ${ctx.coverage.percent}%` : ''}.`
    : `${plural(n.errors, 'error')}, ${plural(n.warnings, 'warning')} (${plural(ctx.files.length, 'file')} checked).`;
  if (ctx.paths && ctx.scenarios)
    lines.push(`::notice title=paths::${escapeData(pathsLine(ctx.paths, ctx.scenarios.length))}`);
  lines.push(tail);
  return lines.join('\n') + '\n';
};
