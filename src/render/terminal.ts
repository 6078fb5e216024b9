// The summary in the terminal: the Markdown rendering through marked-terminal. Imported only at
// the end of an interactive run: marked-terminal is by far the heaviest module we use.

import type { Summary } from '../core/summary.js';
import { renderMarkdown } from './markdown.js';

export async function renderTerminal(s: Summary, opts: { color: boolean; width: number }): Promise<string> {
  if (!opts.color) {
    // Without colour, plain text reads better than Markdown with its marks stripped of styling.
    const { renderText } = await import('./text.js');
    return renderText(s, opts.width);
  }
  const [{ Marked }, { markedTerminal }] = await Promise.all([import('marked'), import('marked-terminal')]);
  const marked = new Marked();
  // The extension's types lag behind marked's; the runtime contract is the documented one.
  marked.use(markedTerminal({ width: opts.width, reflowText: true, tab: 2 }) as never);
  // marked-terminal ignores inline tokens inside list items with marked >= 13, so **bold** shows
  // literally (mikaelbr/marked-terminal#304, #371). Render the inline tokens ourselves; returning
  // false hands every other text token back to marked-terminal.
  marked.use({
    renderer: {
      text(this: { parser: { parseInline(t: unknown[]): string } }, token: { tokens?: unknown[] }) {
        return typeof token === 'object' && token.tokens ? this.parser.parseInline(token.tokens) : false;
      },
    },
  } as never);
  return marked.parse(renderMarkdown(s), { async: false }) as string;
}
