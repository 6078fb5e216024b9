// The tool's own words in the user's language (see nb.ts).

import type { Lang } from '../types.js';
import { en } from './en.js';
import { nb, type Words } from './nb.js';

export type { Words };

export function words(lang: Lang): Words {
  return lang === 'en' ? en : nb;
}
