// The one diagnostic line, `file:line:col  severity  message  [rule]` with its hint below: used by
// every command (run and the guide for card errors, validate and test in text and JUnit). What a
// diagnostic quotes from the input (file names, field names, card text, the YAML parser's message)
// is shown through the one cleaner: control characters appear as \uXXXX, never raw.

import { clean } from './clean.js';
import type { Diagnostic } from './types.js';
import { wordPhrase } from './checks/finding.js';
import type { Words } from './words/nb.js';

/**
 * A diagnostic worded in the run's language: message and hint from its phrases (a finding without
 * one keeps its English text), and the phrases dropped, so every output has the same keys as before.
 */
export function wordDiagnostic(d: Diagnostic, w: Words): Diagnostic {
  if (!d.said && !d.saidHint) return d;
  const { said, saidHint, ...rest } = d;
  return {
    ...rest,
    ...(said ? { message: wordPhrase(said, w) } : {}),
    ...(saidHint ? { hint: wordPhrase(saidHint, w) } : {}),
  };
}

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
  /** The run's words: the finding worded in its language, and the word before a hint (errors.hint). */
  words?: Words;
}

export function formatDiagnostic(raw: Diagnostic, style: LineStyle = {}): string {
  const d = cleanDiagnostic(style.words ? wordDiagnostic(raw, style.words) : raw);
  const bold = style.bold ?? ((s: string) => s);
  const dim = style.dim ?? ((s: string) => s);
  const head = `${bold(`${d.file}:${d.line}:${d.col}`)}  ${style.severity ? style.severity(d.severity) : d.severity}  ${d.message}  ${dim(`[${d.rule}]`)}`;
  return d.hint ? `${head}\n${dim(`    ${style.words?.errors.hint ?? 'hint'}: ${d.hint}`)}` : head;
}

export function formatDiagnostics(ds: readonly Diagnostic[], w?: Words): string {
  const style = w === undefined ? {} : { words: w };
  return ds.map((d) => formatDiagnostic(d, style)).join('\n') + (ds.length > 0 ? '\n' : '');
}
