// Word wrapping for plain text and prompts: long help text must fit a small laptop's terminal.

import { clean } from '../core/clean.js';
import { stripVTControlCharacters } from 'node:util';

/** Columns a string takes on screen: colour codes take none. */
export const visible = (s: string): number => [...stripVTControlCharacters(s)].length;

/**
 * Word wrap with a hanging indent under a list marker. Colour codes take no room. A word is never
 * cut: a URL wider than the line gets a line of its own and runs past the margin.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    if (para.trim() === '') {
      out.push('');
      continue;
    }
    const lead = /^\s*([-*]|\d+\.|\[ \])?\s*/.exec(para)?.[0] ?? '';
    const hang = indent + ' '.repeat(lead.length);
    let line = indent + lead;
    let empty = true;
    // Spaces and tabs only: a no-break space keeps "0 = tilbake" on one line.
    for (const word of para
      .slice(lead.length)
      .split(/[ \t]+/)
      .filter(Boolean)) {
      if (!empty && visible(line) + 1 + visible(word) > width) {
        out.push(line);
        line = hang + word;
      } else {
        line += (empty ? '' : ' ') + word;
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
