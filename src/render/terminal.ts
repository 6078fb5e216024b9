// The summary in the terminal: the plain-text layout, with colour when the one colour decision
// (io/cli-io.ts colorOn) says so. No Markdown marks reach the screen; URLs are never cut.

import type { Summary } from '../core/summary.js';
import { briefMarkdown, renderMarkdown } from './markdown.js';
import { markdownToText, PLAIN, type Styles } from './text.js';
import { sgr } from './ansi.js';

const COLOUR: Styles = {
  title: sgr('1;4', '24;22'),
  heading: sgr('1;32', '39;22'),
  subheading: sgr('1;36', '39;22'),
  item: sgr('1', '22'),
  strong: sgr('1', '22'),
  em: sgr('3', '23'),
  url: sgr('34;4', '24;39'),
};

export function renderTerminal(s: Summary, opts: { color: boolean; width: number }): string {
  return markdownToText(renderMarkdown(s), opts.width, opts.color ? COLOUR : PLAIN);
}

/** "Kort fortalt" alone, for the last screen before the save question. */
export function renderBrief(s: Summary, opts: { color: boolean; width: number; callLast?: boolean }): string {
  return markdownToText(
    briefMarkdown(s, { details: false, callLast: opts.callLast ?? false }).join('\n'),
    opts.width,
    opts.color ? COLOUR : PLAIN,
  ).trimEnd();
}
