// Markdown files we write (the summary's .md, the booklet's .md) are opened in editors, Git hosts
// and viewers that render HTML and follow links. Card and overlay text is untrusted there, so the
// whole document passes this last step: no raw HTML, and no link but https:, mailto: and tel:.
// - `<`, `>` and `&` become entities: no tag, comment, autolink or entity trick survives (our own
//   Markdown uses none of them; a viewer shows the characters as they were).
// - `[` and `]` are escaped except in an inline link to a safe target, so no other inline link,
//   reference link, link definition or image can form; an image's `!` is escaped too (an image
//   would be fetched from the network when the file is viewed).
// - Bare `http://`, `ftp://` and `www.` addresses do not become links (GFM autolinks): they are
//   put in a code span, so they still read and copy as they are; `https://` may become a link.

const SAFE_LINK = /^\[([^[\]\n]*)\]\(((?:https:\/\/|mailto:|tel:)[^\s()<>\\]*)\)/i;
/**
 * A bare `http://`, `ftp://` or `www.` address: up to a space or a character with a meaning here,
 * without the punctuation that ends the sentence it stands in.
 */
const BARE_URL = /^(?:http:\/\/|ftp:\/\/|www\.)[^\s<>&`\\[\]()"']*[^\s<>&`\\[\]()"'.,;:!?*_~]/i;
const HTTPS_URL = /^https:\/\/[^\s<>&`\\[\]()"'!]+/i;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/** Our own task-list marker at the start of a line ("- [ ] "), kept as it is. */
const TASK = /^( *- )\[ \] /;

export function safeMarkdown(md: string): string {
  return md.split('\n').map(safeLine).join('\n');
}

function safeLine(line: string): string {
  let out = '';
  let i = 0;
  const task = TASK.exec(line);
  if (task) {
    out = task[0];
    i = task[0].length;
  }
  while (i < line.length) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length && ASCII_PUNCT.test(line[i + 1]!)) {
      // An escape the author wrote: kept, except that < > & still become entities.
      const next = line[i + 1]!;
      out += ENTITY[next] ?? `\\${next}`;
      i += 2;
      continue;
    }
    if (c === '\\') {
      out += '\\\\';
      i++;
      continue;
    }
    if (ENTITY[c]) {
      out += ENTITY[c];
      i++;
      continue;
    }
    if (c === '[') {
      const m = SAFE_LINK.exec(line.slice(i));
      if (m) {
        out += `[${safeText(m[1]!)}](${m[2]!.replace(/&/g, '&amp;')})`;
        i += m[0].length;
        continue;
      }
      out += '\\[';
      i++;
      continue;
    }
    if (c === ']') {
      out += '\\]';
      i++;
      continue;
    }
    if (c === '!' && line[i + 1] === '[') {
      out += '\\!';
      i++;
      continue;
    }
    const safe = i === 0 || /[\s(*_]/.test(line[i - 1]!) ? HTTPS_URL.exec(line.slice(i)) : null;
    if (safe) {
      // An https address may become a link as it is: copied whole, so that its "www." stays.
      out += safe[0];
      i += safe[0].length;
      continue;
    }
    const bare = BARE_URL.exec(line.slice(i));
    if (bare && !/[\w./:]$/.test(out)) {
      // A code span: shown and copied as it is (no backslash in the middle of the address), and
      // never turned into a link.
      out += `\`${bare[0]}\``;
      i += bare[0].length;
      continue;
    }
    const rest = line.slice(i, i + 8).toLowerCase();
    if (rest.startsWith('http://') || rest.startsWith('ftp://')) {
      const colon = line.indexOf(':', i);
      out += `${line.slice(i, colon)}\\:`;
      i = colon + 1;
      continue;
    }
    if (rest.startsWith('www.')) {
      out += `${line.slice(i, i + 3)}\\.`;
      i += 4;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** A safe link's text: the same rules, without links of its own. */
function safeText(text: string): string {
  return safeLine(text.replace(/^( *- )\[ \] /, '$1'));
}
