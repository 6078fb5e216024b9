// The summary as plain text, wrapped to 80 columns: for printing or pasting where Markdown isn't read.
// Derived from the Markdown rendering so the two never disagree on content or order.

import type { Summary } from '../core/summary.js';
import { renderMarkdown } from './markdown.js';
import { plain, wrap } from './wrap.js';

export function renderText(s: Summary, width = 80): string {
  const out: string[] = [];
  for (const raw of renderMarkdown(s).split('\n')) {
    const h = /^(#{1,3}) (.*)$/.exec(raw);
    if (h) {
      const title = plain(h[2]!);
      out.push(h[1] === '###' ? title : title.toUpperCase());
      if (h[1] !== '###') out.push((h[1] === '#' ? '=' : '-').repeat(Math.min(title.length, width)));
      continue;
    }
    out.push(wrap(plain(raw.replace(/^- \[ \] /, '[ ] ')), width));
  }
  return out.join('\n');
}
