// The summary in the terminal: the Markdown rendering through marked-terminal, then wrapped to
// the terminal's width by us. Imported only at the end of an interactive run: marked-terminal is
// by far the heaviest module we use.

import { stripVTControlCharacters } from 'node:util';
import type { Summary } from '../core/summary.js';
import { renderMarkdown } from './markdown.js';

export async function renderTerminal(s: Summary, opts: { color: boolean; width: number }): Promise<string> {
  if (!opts.color) {
    // Without colour, plain text reads better than Markdown with its marks stripped of styling.
    const { renderText } = await import('./text.js');
    return renderText(s, opts.width);
  }
  const [{ Marked }, { markedTerminal }, { default: wrapAnsi }] = await Promise.all([import('marked'), import('marked-terminal'), import('wrap-ansi')]);
  const marked = new Marked();
  // marked-terminal's own reflow leaves list items alone and indents reflowed paragraphs past the
  // width, so it is off: fitToWidth below wraps every line, lists included. Its styles are ours
  // (STYLES): its defaults come from chalk, which decides about colour on its own (off whenever
  // CI is set, say) while the caller has already decided.
  // The extension's types lag behind marked's; the runtime contract is the documented one.
  marked.use(markedTerminal({ ...STYLES, reflowText: false, tab: 2 }) as never);
  marked.use({
    // marked >= 17 puts a `checkbox` token at the start of a task item (or of its paragraph), and
    // marked-terminal 7 still draws its own from `item.task`: drop marked's, so "[ ]" shows once.
    walkTokens(token: { type: string; task?: boolean; tokens?: { type: string; tokens?: { type: string }[] }[] }) {
      if (token.type !== 'list_item' || !token.task || !token.tokens) return;
      const first = token.tokens[0];
      if (first?.type === 'checkbox') token.tokens.shift();
      else if (first?.tokens?.[0]?.type === 'checkbox') first.tokens.shift();
    },
    renderer: {
      text(this: { parser: { parseInline(t: unknown[]): string } }, token: { tokens?: unknown[]; escaped?: boolean; text?: string }) {
        if (typeof token !== 'object') return false;
        // marked-terminal ignores inline tokens inside list items with marked >= 13, so **bold**
        // shows literally (mikaelbr/marked-terminal#304, #371): render them ourselves.
        if (token.tokens) return this.parser.parseInline(token.tokens);
        // In a loose list marked wraps the text it has already rendered in a paragraph of one
        // `escaped` token; marked-terminal would strip that text's colour codes as control
        // characters and leave "[1m" on screen. Card text itself was cleaned on the way in.
        if (token.escaped && typeof token.text === 'string') return token.text;
        return false;
      },
    },
  } as never);
  const rendered = marked.parse(renderMarkdown(s), { async: false }) as string;
  return fitToWidth(rendered, opts.width, wrapAnsi);
}

const sgr = (open: string, close: string) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const plainStyle = (s: string) => s;

/** marked-terminal's default look (its chalk styles), as plain SGR codes. */
const STYLES = {
  code: sgr('33', '39'),
  codespan: sgr('33', '39'),
  blockquote: sgr('90;3', '23;39'),
  html: sgr('90', '39'),
  heading: sgr('32;1', '22;39'),
  firstHeading: sgr('35;4;1', '22;24;39'),
  hr: plainStyle,
  listitem: plainStyle,
  table: plainStyle,
  paragraph: plainStyle,
  strong: sgr('1', '22'),
  em: sgr('3', '23'),
  del: sgr('2;9', '29;22'),
  link: sgr('34', '39'),
  href: sgr('34;4', '24;39'),
};

type WrapAnsi = (text: string, columns: number, options?: { hard?: boolean; trim?: boolean }) => string;

/** Where a line's text starts: after its indent, list marker and checkbox ("  1. ", "  * [ ]  "). */
const LEAD = /^\s*(?:(?:[*-]|\d+\.)\s+)?(?:\[[ xX]\]\s+)?/;

/**
 * Wrap every line to `width` columns, colour codes kept intact, with continuation lines indented
 * under the first word after the line's list marker, as in the plain-text summary. A word longer
 * than a line (a long link) gets a line of its own.
 */
export function fitToWidth(text: string, width: number, wrapAnsi: WrapAnsi): string {
  return text.split('\n').map((line) => {
    const visible = stripVTControlCharacters(line);
    if (visible.length <= width) return line;
    let hang = LEAD.exec(visible)?.[0].length ?? 0;
    if (hang > width / 2) hang = 0;
    const [head, rest] = splitAtColumn(line, hang);
    // Not `hard`: a link longer than a line stays whole (the terminal wraps it and can still
    // open it) instead of being cut in two.
    const body = wrapAnsi(rest, width - hang, { hard: false, trim: true }).split('\n');
    return body.map((l, i) => (i === 0 ? head : ' '.repeat(hang)) + l).join('\n');
  }).join('\n');
}

/** Split a line with colour codes at a visible column; codes at the cut go with the second part. */
function splitAtColumn(line: string, column: number): [string, string] {
  let seen = 0;
  let i = 0;
  while (i < line.length && seen < column) {
    const code = /^\u001b\[[0-9;]*m/.exec(line.slice(i));
    if (code) {
      i += code[0].length;
      continue;
    }
    const ch = line.codePointAt(i)!;
    i += ch > 0xffff ? 2 : 1;
    seen++;
  }
  return [line.slice(0, i), line.slice(i)];
}
