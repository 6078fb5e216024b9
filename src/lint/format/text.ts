// Human output: diagnostics grouped by file, each line `file:line:col  severity  message  [rule]`
// (terminals and editors link it) with its hint below, then a one-line summary. For `test`: one
// line per scenario, a readable diff for each failure, and the option coverage.

import type { Diagnostic, Severity } from '../../core/types.js';
import { countOf } from '../validate.js';
import { clean } from '../../core/clean.js';
import { formatDiagnostic } from '../../core/diagnostics.js';
import { paint as paintWith, type Paint } from '../../render/ansi.js';
import { coverageFails, pathsLine, type Formatter } from './types.js';

// Messages can quote card content: the one cleaner shows control characters as \uXXXX.
const safe = (s: string) => clean(s, 'visible');

export const text: Formatter = (diagnostics, ctx) => {
  const styles = paintWith(ctx.color);
  const paint = (style: keyof Paint, s: string) => styles[style](s);
  const sev = (s: Severity) => paint(s === 'error' ? 'red' : s === 'warning' ? 'yellow' : 'cyan', s);
  const lines: string[] = [];
  const R = ctx.words.report;

  if (ctx.command === 'test' && ctx.scenarios) {
    for (const r of ctx.scenarios) {
      const mark =
        r.status === 'pass' ? paint('green', 'PASS ') : paint('red', r.status === 'fail' ? 'FAIL ' : 'ERROR');
      const asked = r.actual ? `  ${paint('dim', `(${R.questions(r.actual.questions)})`)}` : '';
      lines.push(`${mark}  ${safe(r.id)}${r.title ? `  ${paint('dim', safe(r.title))}` : ''}${asked}`);
      if (r.status === 'fail') for (const p of r.problems) lines.push(...p.split('\n').map((l) => `       ${safe(l)}`));
    }
    if (ctx.scenarios.length > 0) lines.push('');
  }

  let current: string | undefined;
  for (const d of diagnostics) {
    if (current !== undefined && d.file !== current) lines.push('');
    current = d.file;
    lines.push(
      formatDiagnostic(d, {
        bold: (x) => paint('bold', x),
        dim: (x) => paint('dim', x),
        severity: sev,
        words: ctx.words,
      }),
    );
  }
  if (diagnostics.length > 0) lines.push('');

  if (ctx.coverage) {
    const c = ctx.coverage;
    const fails = coverageFails(ctx);
    const head = `${R.coverage(c.reached, c.total, c.percent)}${ctx.minCoverage !== undefined ? R.minimum(ctx.minCoverage) : ''}`;
    lines.push(fails ? paint('red', head) : head);
    if (c.missing.length > 0) lines.push(`  ${R.neverReached}: ${safe(c.missing.join(', '))}`);
  }
  if (ctx.paths && ctx.scenarios) lines.push(safe(pathsLine(ctx.paths, ctx.scenarios.length, ctx.words)));

  const n = countOf(diagnostics);
  const parts = [
    n.errors ? paint('red', R.errors(n.errors)) : '',
    n.warnings ? paint('yellow', R.warnings(n.warnings)) : '',
    n.infos ? R.notes(n.infos) : '',
  ].filter(Boolean);
  const inFiles = new Set(diagnostics.map((d: Diagnostic) => d.file)).size;
  if (ctx.command === 'test' && ctx.scenarios) {
    const passed = ctx.scenarios.filter((r) => r.status === 'pass').length;
    const failed = ctx.scenarios.length - passed;
    lines.push(
      `${R.scenarios(ctx.scenarios.length)}: ${R.passed(passed)}${failed ? `, ${paint('red', R.failed(failed))}` : ''}${parts.length ? `; ${parts.join(', ')}` : ''}.`,
    );
  } else {
    lines.push(
      parts.length
        ? R.found(parts.join(', '), R.files(inFiles), R.files(ctx.files.length))
        : R.clean(R.files(ctx.files.length)),
    );
  }
  return lines.join('\n') + '\n';
};
