// Shared by the workshop commands (train, graph, deck, list, show, search): writing output to
// stdout or a file, and fixed-width columns.

import type { Lang } from '../../core/types.js';
import type { CliIO } from '../io.js';

export interface WorkshopDeckOptions {
  cards?: string;
  local?: string;
  lang: Lang;
}

/** Output to --out (atomically, owner-only, no overwrite without --force) or to stdout. */
export async function emit(io: CliIO, content: string, out?: string, force?: boolean): Promise<void> {
  if (!out) {
    io.stdout.write(content);
    return;
  }
  const { writeAtomic } = await import('../save.js');
  const path = writeAtomic(io.cwd, out, content, Boolean(force));
  io.stderr.write(`Saved ${path}\n`);
}

/** Rows of cells as aligned columns; the last column is left ragged. */
export function table(rows: string[][], gap = '  '): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - [...c].length))).join(gap).trimEnd()).join('\n') + '\n';
}
