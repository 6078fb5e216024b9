// The guide's and the summary's words in the user's language (the words themselves: core/words/).

import type { Lang } from './types.js';
import { words, type Words } from './words/index.js';

export type Labels = Words['guide'];

/** A label with {name} placeholders filled in. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

export function labels(lang: Lang): Labels {
  return words(lang).guide;
}
