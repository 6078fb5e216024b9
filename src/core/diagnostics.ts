// The one diagnostic line, `file:line:col  severity  message  [rule]` with its hint below: used by
// every command (run and the guide for card errors, validate and test in text and JUnit). What a
// diagnostic quotes from the input (file names, field names, card text, the YAML parser's message)
// is shown through the one cleaner: control characters appear as \uXXXX, never raw.

import { clean } from './clean.js';
import type { Diagnostic } from './types.js';

/** Every text field of a diagnostic cleaned for output (one line each, controls made visible). */
export function cleanDiagnostic(d: Diagnostic): Diagnostic {
  const v = (s: string) => clean(s, 'visible');
  return {
    ...d,
    file: v(d.file),
    rule: v(d.rule),
    message: v(d.message),
    // A hint is ours (it may span lines); a message quotes the input and stays on one line.
    ...(d.hint !== undefined ? { hint: d.hint.split('\n').map(v).join('\n') } : {}),
    ...(d.card !== undefined ? { card: v(d.card) } : {}),
    ...(d.path !== undefined ? { path: v(d.path) } : {}),
  };
}

export interface LineStyle {
  bold?: (s: string) => string;
  dim?: (s: string) => string;
  severity?: (s: Diagnostic['severity']) => string;
  /** The word before a hint, in the user's language (core/words errors.hint). */
  hintLabel?: string;
}

export function formatDiagnostic(raw: Diagnostic, style: LineStyle = {}): string {
  const d = cleanDiagnostic(raw);
  const bold = style.bold ?? ((s: string) => s);
  const dim = style.dim ?? ((s: string) => s);
  const head = `${bold(`${d.file}:${d.line}:${d.col}`)}  ${style.severity ? style.severity(d.severity) : d.severity}  ${d.message}  ${dim(`[${d.rule}]`)}`;
  return d.hint ? `${head}\n${dim(`    ${style.hintLabel ?? 'hint'}: ${d.hint}`)}` : head;
}

export function formatDiagnostics(ds: readonly Diagnostic[], hintLabel?: string): string {
  const style = hintLabel === undefined ? {} : { hintLabel };
  return ds.map((d) => formatDiagnostic(d, style)).join('\n') + (ds.length > 0 ? '\n' : '');
}
