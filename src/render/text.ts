// The summary as plain text, wrapped to 80 columns: for printing or pasting where Markdown isn't
// read; and, with styles, the summary in a colour terminal. Derived from the Markdown rendering so
// the formats never disagree on content or order.

import type { Summary } from '../core/summary.js';
import { renderMarkdown } from './markdown.js';
import { plain, wrap, withoutControls } from './wrap.js';

/** How a line's parts look: identity for plain text, SGR codes in a colour terminal. */
export interface Styles {
  title(s: string): string;
  heading(s: string): string;
  subheading(s: string): string;
  item(s: string): string;
  strong(s: string): string;
  em(s: string): string;
  url(s: string): string;
}

const id = (s: string) => s;
export const PLAIN: Styles = { title: id, heading: id, subheading: id, item: id, strong: id, em: id, url: id };

export function renderText(s: Summary, width = 80): string {
  return markdownToText(renderMarkdown(s), width, PLAIN);
}

/**
 * Our own Markdown (headings, lists, **strong**, *em*, [links](url)) as wrapped text. Headings
 * lose their # marks; a link becomes "text (url)", and a URL is never cut: the line wraps before it,
 * and a URL longer than a line runs past the margin, so the terminal can still open it.
 */
export function markdownToText(md: string, width: number, st: Styles): string {
  const out: string[] = [];
  for (const raw of md.split('\n')) {
    const h = /^(#{1,4}) (.*)$/.exec(raw);
    if (h) {
      const level = h[1]!.length;
      const text = plain(h[2]!);
      const title = wrap(level <= 2 ? text.toUpperCase() : text, width);
      const style = level === 1 ? st.title : level === 2 ? st.heading : level === 3 ? st.subheading : st.item;
      out.push(title.split('\n').map(style).join('\n'));
      const longest = Math.max(...title.split('\n').map((l) => [...l].length));
      if (level <= 3)
        out.push(
          st.heading(({ 1: '=', 2: '-', 3: '·' } as Record<number, string>)[level]!.repeat(Math.min(longest, width))),
        );
      continue;
    }
    out.push(wrap(inline(raw.replace(/^- \[ \] /, '[ ] '), st), width));
  }
  return out.join('\n');
}

/** Inline Markdown to styled text, as plain() does for unstyled text. */
function inline(md: string, st: Styles): string {
  if (st === PLAIN) return plain(md);
  return withoutControls(md)
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, t: string, u: string) => (t === u ? st.url(u) : `${t} (${st.url(u)})`))
    .replace(/(^|\s)(https?:\/\/\S+?)(?=[)\s]|$)/g, (_m, pre: string, u: string) => `${pre}${st.url(u)}`)
    .replace(/(\*\*|__)(.+?)\1/g, (_m, _d, t: string) => st.strong(t))
    .replace(/(^|[^*\w])[*_]([^*_\n]+)[*_](?=[^*\w]|$)/g, (_m, pre: string, t: string) => pre + st.em(t))
    .replace(/`([^`]+)`/g, '$1');
}
