// Word wrapping for plain text and prompts: long help text must fit a small laptop's terminal.

import { clean } from '../core/clean.js';
import { stripVTControlCharacters } from 'node:util';

/** Columns a string takes on screen: colour codes take none. */
export const visible = (s: string): number =>
  // Most text has no escape (ESC or CSI) at all: then there is nothing to strip.
  [...(/[\u001b\u009b]/.test(s) ? stripVTControlCharacters(s) : s)].length;

/** ESC, CSI and UTF-16 surrogates: what makes a string's width differ from its length. */
const NOT_PLAIN = /[\u001b\u009b\ud800-\udfff]/;

/**
 * Word wrap with a hanging indent under a list marker. Colour codes take no room. A word is never
 * cut: a URL wider than the line gets a line of its own and runs past the margin.
 */
export function wrap(text: string, width: number, indent = ''): string {
  // Without escapes (no width) and surrogate pairs (two code units, one column), which most text
  // has none of, a string's width is its length: measuring each word with visible() took a text
  // summary about 2 ms in a fresh process.
  const measure = NOT_PLAIN.test(text) || NOT_PLAIN.test(indent) ? visible : (s: string) => s.length;
  const out: string[] = [];
  for (const para of text.split('\n')) {
    if (para.trim() === '') {
      out.push('');
      continue;
    }
    const lead = /^\s*([-*]|\d+\.|\[ \])?\s*/.exec(para)?.[0] ?? '';
    const hang = indent + ' '.repeat(lead.length);
    let line = indent + lead;
    let cols = measure(line); // the line's width so far, kept as words are added (not re-measured)
    const hangCols = measure(hang);
    let empty = true;
    // Spaces and tabs only: a no-break space keeps "0 = tilbake" on one line.
    for (const word of para
      .slice(lead.length)
      .split(/[ \t]+/)
      .filter(Boolean)) {
      const w = measure(word);
      if (!empty && cols + 1 + w > width) {
        out.push(line);
        line = hang + word;
        cols = hangCols + w;
      } else {
        line += (empty ? '' : ' ') + word;
        cols += (empty ? 0 : 1) + w;
      }
      empty = false;
    }
    out.push(line);
  }
  return out.join('\n');
}

/**
 * Text with its control characters removed (terminal escapes, bell, bidirectional overrides):
 * the one cleaner, src/core/clean.ts. The deck is cleaned once when it is loaded for output
 * (cli/load.ts); this stays as a second line for text assembled from several sources.
 */
export function withoutControls(text: string): string {
  return clean(text);
}

/** Inline Markdown to plain text: links become "text (url)", emphasis marks go, controls too. */
export function plain(md: string): string {
  return withoutControls(md)
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, t: string, u: string) => (t === u ? u : `${t} (${u})`))
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*\w])[*_]([^*_\n]+)[*_](?=[^*\w]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
