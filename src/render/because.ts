// "Because you answered …": the answers behind a summary item, in words. Only the answers'
// labels: the questions are listed under "Your answers", and a long «question» → «answer» pair on
// every item made the summary twice as long.

import type { Because } from '../core/types.js';
import type { Summary } from '../core/summary.js';
import { labels } from '../core/labels.js';

export function becauseText(s: Summary, because: readonly Because[]): string {
  const L = labels(s.lang);
  if (because.length === 0) return L.always;
  const parts: string[] = [];
  for (const b of because) {
    const q = s.answers.find((a) => a.question === b.question);
    const option = q?.options.find((x) => x.id === b.option)?.label ?? b.option;
    // A short answer ("Nei") means nothing without its question; a long one speaks for itself.
    const label = option.split(/\s+/).length < 3 && q ? `«${q.questionText}» → «${option}»` : `«${option}»`;
    if (!parts.includes(label)) parts.push(label);
  }
  return `${L.because} ${parts.join(', ')}`;
}

/**
 * The because-lines of one section's items, each said once: an item whose reason is the same as
 * the item before it gets none (undefined), so five duties added by one answer say so once.
 */
export function becauseOnce(s: Summary, items: readonly { because: readonly Because[] }[]): (string | undefined)[] {
  let last: string | undefined;
  return items.map((it) => {
    const text = becauseText(s, it.because);
    if (text === last) return undefined;
    last = text;
    return text;
  });
}
