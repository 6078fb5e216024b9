// Loading the deck for a command, with diagnostics named as the user sees the files. This is
// where a deck becomes output-ready: every string of every card and of the overlay passes the
// one cleaner (core/clean.ts) once, so no renderer has to think about control characters.

import { isAbsolute, join, relative } from 'node:path';
import { BUNDLED_DIR, loadDeck, OVERLAY_PREFIX } from '../io/load-deck.js';
import { cleanDeep } from '../core/clean.js';
import type { Deck, Diagnostic, Lang } from '../core/types.js';
import { ContentError } from '../core/errors.js';
import type { CliIO } from '../io/cli-io.js';
import { formatDiagnostics, wordDiagnostic } from '../core/diagnostics.js';
import { words } from '../core/words/index.js';

export interface DeckFlags {
  cards?: string;
  local?: string;
  lang?: Lang;
}

export async function loadForCommand(io: CliIO, flags: DeckFlags): Promise<Deck> {
  const loaded = await loadDeck({
    ...(flags.cards ? { dir: flags.cards } : {}),
    ...(flags.local ? { local: flags.local } : {}),
    cwd: io.cwd,
  });
  const shown = displayPaths(io, flags, loaded.diagnostics);
  if (!loaded.deck) throw new ContentError(shown);
  const skipped = shown.filter((d) => d.skipped);
  if (skipped.length > 0) io.stderr.write(overlayNotices(skipped, flags.lang ?? 'nb'));
  const warnings = shown.filter((d) => d.severity !== 'error' && !d.skipped);
  if (warnings.length > 0) io.stderr.write(formatDiagnostics(warnings, words(flags.lang ?? 'nb')));
  return cleanDeck(loaded.deck, loaded.cleanedAtBuild);
}

/**
 * The deck with every string cleaned (card text, ids, URLs, numbers; the overlay's too). The
 * compiled bundled deck was cleaned when it was built (about 10 ms saved on every start), so
 * then only the overlay's contacts are.
 */
export function cleanDeck(deck: Deck, cleanedAtBuild = false): Deck {
  const cards = new Map(deck.cards);
  for (const [id, card] of deck.cards) if (!cleanedAtBuild || deck.localIds.has(id)) cards.set(id, cleanDeep(card));
  return {
    ...deck,
    cards,
    meta: cleanedAtBuild ? deck.meta : cleanDeep(deck.meta),
    ...(deck.municipality !== undefined ? { municipality: cleanDeep(deck.municipality) } : {}),
  };
}

/** Deck files are reported relative to the deck folder as given (or `cards/` for the bundled one). */
export function displayPaths(io: CliIO, flags: DeckFlags, ds: Diagnostic[]): Diagnostic[] {
  // Usually there is nothing to show: then no path work (path.relative cost a run about 1 ms).
  if (ds.length === 0) return [];
  const base = flags.cards ?? (relative(io.cwd, BUNDLED_DIR) || '.');
  return ds.map((d) => {
    if (d.file.startsWith(OVERLAY_PREFIX)) return { ...d, file: d.file.slice(OVERLAY_PREFIX.length) };
    if (isAbsolute(d.file)) return { ...d, file: relative(io.cwd, d.file) || d.file };
    return { ...d, file: join(base, d.file) };
  });
}

/**
 * What the guide and `run` left out of the overlay, in the user's language, one line each with
 * file:line:col (the details of each finding, worded as validate words them, below it).
 */
export function overlayNotices(ds: readonly Diagnostic[], lang: Lang): string {
  const W = words(lang);
  const T = W.overlay;
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const d0 of ds) {
    const d = wordDiagnostic(d0, W);
    const s = d.skipped!;
    const id = s.id ?? '?';
    const text =
      s.what === 'overlay'
        ? s.why === 'unreadable'
          ? T.unreadable
          : T.overlayInvalid
        : s.why === 'protected'
          ? T.protected(id)
          : s.why === 'emergency'
            ? T.emergency(id)
            : s.why === 'phone'
              ? T.phone(id)
              : T.invalid(id);
    const key = `${s.what}\u0000${s.id ?? ''}\u0000${text}`;
    const head = seen.has(key) ? undefined : text;
    seen.add(key);
    lines.push(
      formatDiagnostics([
        { ...d, message: head ?? d.message, hint: head ? `${T.detail}: ${d.message}` : (d.hint ?? '') },
      ]).trimEnd(),
    );
  }
  lines.push(T.tail);
  return lines.join('\n') + '\n';
}
