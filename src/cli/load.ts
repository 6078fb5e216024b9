// Loading the deck for a command, with diagnostics named as the user sees the files.

import { isAbsolute, join, relative } from 'node:path';
import { BUNDLED_DIR, loadDeck } from '../io/load-deck.js';
import type { Deck, Diagnostic } from '../core/types.js';
import { ContentError } from './errors.js';
import type { CliIO } from './io.js';
import { formatDiagnostics } from './diagnostics.js';

export interface DeckFlags {
  cards?: string;
  local?: string;
}

export async function loadForCommand(io: CliIO, flags: DeckFlags): Promise<Deck> {
  const loaded = await loadDeck({ ...(flags.cards ? { dir: flags.cards } : {}), ...(flags.local ? { local: flags.local } : {}), cwd: io.cwd });
  const shown = displayPaths(io, flags, loaded.diagnostics);
  if (!loaded.deck) throw new ContentError(shown);
  const warnings = shown.filter((d) => d.severity !== 'error');
  if (warnings.length > 0) io.stderr.write(formatDiagnostics(warnings));
  return loaded.deck;
}

/** Deck files are reported relative to the deck folder as given (or `cards/` for the bundled one). */
export function displayPaths(io: CliIO, flags: DeckFlags, ds: Diagnostic[]): Diagnostic[] {
  const base = flags.cards ?? (relative(io.cwd, BUNDLED_DIR) || '.');
  return ds.map((d) => {
    if (isAbsolute(d.file)) return { ...d, file: relative(io.cwd, d.file) || d.file };
    if (flags.local && d.file === flags.local) return d;
    return { ...d, file: join(base, d.file) };
  });
}
