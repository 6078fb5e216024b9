// Localised text: bokmål is primary; another language falls back to bokmål with a visible marker.

import type { Lang, Text } from './types.js';

/** Shown before a text that has no translation into the chosen language. */
export const FALLBACK_MARKER = '[nb] ';

export function localize(text: Text | undefined, lang: Lang): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return lang === 'nb' ? text : FALLBACK_MARKER + text;
  if (lang === 'nb') return text.nb;
  const translated = text[lang];
  return translated !== undefined && translated !== '' ? translated : FALLBACK_MARKER + text.nb;
}

/** Like localize, for fields that are required. */
export function L(text: Text, lang: Lang): string {
  return localize(text, lang) ?? '';
}

/** Every language variant of a text, for search and checks. */
export function variants(text: Text | undefined): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return [text];
  return Object.values(text).filter((v): v is string => typeof v === 'string');
}
