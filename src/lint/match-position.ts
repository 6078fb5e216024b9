// A provision named in free text is found in the parsed value, so its finding points at the field.
// Here the words are looked up in the file itself, from the field onwards, to point at them
// exactly (line and column of the match); where they cannot be found as written (a folded line
// break inside the words, an escape), the field's position stays.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/types.js';
import { matchOf } from './repealed.js';

export function pointAtMatches(dir: string, ds: Diagnostic[]): Diagnostic[] {
  const texts = new Map<string, string[] | undefined>();
  return ds.map((d) => {
    // The words the text names: the finding's own value (its English message is the fallback).
    const words =
      d.rule !== 'repealed' ? undefined : d.said?.k === 'repealedText' ? String(d.said.a[0]) : matchOf(d.message);
    if (!words || d.file.startsWith('@')) return d;
    if (!texts.has(d.file)) {
      try {
        texts.set(d.file, readFileSync(join(dir, d.file), 'utf8').split('\n'));
      } catch {
        texts.set(d.file, undefined);
      }
    }
    const lines = texts.get(d.file);
    if (!lines) return d;
    const re = new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'i');
    // The field's own line from its column, then the lines of a block or folded text below it.
    for (let i = d.line - 1; i < Math.min(lines.length, d.line + 40); i++) {
      const from = i === d.line - 1 ? d.col - 1 : 0;
      const m = re.exec(lines[i]!.slice(from));
      if (m) return { ...d, line: i + 1, col: from + m.index + 1 };
      if (i > d.line - 1 && /^\S/.test(lines[i]!)) break; // the next top-level field: stop
    }
    return d;
  });
}
