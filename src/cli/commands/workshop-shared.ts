// Shared by the workshop commands (train, list): fixed-width columns.

/** Rows of cells as aligned columns; the last column is left ragged. */
export function table(rows: string[][], gap = '  '): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return (
    rows
      .map((r) =>
        r
          .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - [...c].length)))
          .join(gap)
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}
