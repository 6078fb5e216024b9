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
      // Headings are wrapped too: a long card title must not run past the width.
      const title = wrap(h[1] === '###' ? plain(h[2]!) : plain(h[2]!).toUpperCase(), width);
      out.push(title);
      const longest = Math.max(...title.split('\n').map((l) => l.length));
      if (h[1] !== '###') out.push((h[1] === '#' ? '=' : '-').repeat(Math.min(longest, width)));
      continue;
    }
    out.push(wrap(plain(raw.replace(/^- \[ \] /, '[ ] ')), width));
  }
  return out.join('\n');
}
