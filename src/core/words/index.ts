// The tool's own words in the user's language (see nb.ts). In the bundle the English words are a
// file of their own, required on the first words('en') (scripts/bundle.mjs rewrites this module):
// reach them through words(), not by importing en.ts, so a bokmål run loads them only when it has
// a finding to report (a finding's `message` is kept in English beside its phrase, core/checks).

import type { Lang } from '../types.js';
import { en } from './en.js';
import { nb, type Words } from './nb.js';

export type { Words };

export function words(lang: Lang): Words {
  return lang === 'en' ? en : nb;
}

/**
 * The language of everything the tool says, chosen once per run: `--lang` anywhere on the command
 * line (so `--lang en --help` is English help), else TILTAKSKORT_LANG, else bokmål.
 */
export function pickLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  const known = (v: string | undefined): v is Lang => v === 'nb' || v === 'en';
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') found = argv[++i];
    else if (a.startsWith('--lang=')) found = a.slice('--lang='.length);
  }
  if (known(found)) return found;
  const fromEnv = env.TILTAKSKORT_LANG;
  return known(fromEnv) ? fromEnv : 'nb';
}
