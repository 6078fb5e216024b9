// "Because you answered …": the answers behind a summary item, in words.

import type { Because } from '../core/types.js';
import type { Summary } from '../core/summary.js';
import { labels } from '../core/labels.js';

export function becauseText(s: Summary, because: readonly Because[]): string {
  const L = labels(s.lang);
  if (because.length === 0) return L.always;
  const parts = because.map((b) => {
    const q = s.answers.find((a) => a.question === b.question);
    const o = q?.options.find((x) => x.id === b.option);
    return `«${q?.questionText ?? b.question}» → «${o?.label ?? b.option}»`;
  });
  return `${L.because}: ${parts.join('; ')}`;
}
