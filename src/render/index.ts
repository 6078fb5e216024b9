// Picking a renderer by format. Each is imported only when asked for (HTML pulls in marked).

import type { Summary } from '../core/summary.js';
import type { Format } from './formats.js';

export async function render(format: Format, s: Summary): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).renderJson(s);
    case 'md': {
      // A Markdown file is rendered by other programs: no raw HTML, only safe links (safe-markdown.ts).
      const [{ renderMarkdown }, { safeMarkdown }] = await Promise.all([
        import('./markdown.js'),
        import('./safe-markdown.js'),
      ]);
      return safeMarkdown(renderMarkdown(s));
    }
    case 'text':
      return (await import('./text.js')).renderText(s);
    case 'html':
      return (await import('./html.js')).renderHtml(s);
  }
}
