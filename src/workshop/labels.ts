// The workshop commands' words in the user's language (the words themselves: core/words/).

import type { Lang } from '../core/types.js';
import { words, type Words } from '../core/words/index.js';

export type WorkshopLabels = Words['workshop'];

export function workshopLabels(lang: Lang): WorkshopLabels {
  return words(lang).workshop;
}
