// Word wrapping for plain text and prompts: long help text must fit a small laptop's terminal.

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
    for (const word of para.slice(lead.length).split(/[ \t]+/).filter(Boolean)) {
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

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text with its control characters removed (terminal escapes, bell, bidirectional overrides).
 * `validate` reports them in cards, but a deck or overlay given to `run` or the guide is not
 * validated, and card text goes to terminals as it is: `run` prints it, the guide asks and shows
 * it, saved files get `cat`. Our own Markdown and plain text never contain such characters.
 */
export function withoutControls(text: string): string {
  // Whole escape sequences first, so no "[2J" is left behind; then any lone control character.
  return stripVTControlCharacters(text).replace(CONTROLS, '');
}

/** Inline Markdown to plain text: links become "text (url)", emphasis marks go, controls too. */
export function plain(md: string): string {
  return withoutControls(md)
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, t: string, u: string) => (t === u ? u : `${t} (${u})`))
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*\w])[*_]([^*_\n]+)[*_](?=[^*\w]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
