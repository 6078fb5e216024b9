// Human output for card diagnostics: file:line:col first, so terminals and editors can link it.

import type { Diagnostic } from '../core/types.js';

export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.col}  ${d.severity}  ${d.message}  [${d.rule}]`;
  return d.hint ? `${head}\n    hint: ${d.hint}` : head;
}

export function formatDiagnostics(ds: readonly Diagnostic[]): string {
  return ds.map(formatDiagnostic).join('\n') + (ds.length > 0 ? '\n' : '');
}
