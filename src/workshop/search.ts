// Searching the deck: every word must occur somewhere in a card (in bokmål or English); cards
// rank by where the words occur (id and title count most, then labels and summaries, then the
// rest), and whole-word matches count more than matches inside a word.

import { variants } from '../core/text.js';
import type { Card, Deck, Lang, Text } from '../core/types.js';
import { plain } from '../render/wrap.js';
import { titleOf } from './browse.js';

export interface SearchHit {
  id: string;
  kind: Card['kind'];
  title: string;
  score: number;
  /** A short piece of the best-matching text, in the chosen language where it matched. */
  snippet: string;
  /** The field the first word matched best in. */
  field: string;
}

interface Field {
  name: string;
  weight: number;
  texts: string[];
}

function fieldsOf(card: Card): Field[] {
  const f: Field[] = [{ name: 'id', weight: 6, texts: [card.id] }];
  const t = (name: string, weight: number, text: Text | string | undefined) => {
    if (text !== undefined) f.push({ name, weight, texts: variants(text) });
  };
  switch (card.kind) {
    case 'question':
      t('text', 5, card.text);
      t('section', 2, card.section);
      t('why', 2, card.why);
      for (const o of card.options) {
        t('option', 3, o.label);
        t('option', 1, o.help);
        f.push({ name: 'option', weight: 2, texts: [o.id] });
      }
      break;
    case 'duty':
      t('title', 5, card.title);
      t('summary', 2, card.summary);
      t('meaning', 1, card.meaning);
      t('limits', 1, card.limits);
      f.push({ name: 'basis', weight: 3, texts: card.basis.map((b) => `${b.law} ${b.section}`) });
      break;
    case 'sharing':
      t('title', 5, card.title);
      t('share', 2, card.share);
      t('with', 2, card.with);
      t('why', 1, card.why);
      t('not', 1, card.not);
      f.push({ name: 'basis', weight: 3, texts: card.basis.map((b) => `${b.law} ${b.section}`) });
      break;
    case 'contact':
      t('name', 5, card.name);
      t('when', 2, card.when);
      t('hours', 1, card.hours);
      if (card.phone) f.push({ name: 'phone', weight: 4, texts: [card.phone, card.phone.replace(/\s+/g, '')] });
      if (card.url) f.push({ name: 'url', weight: 1, texts: [card.url] });
      break;
    case 'step':
      t('title', 5, card.title);
      t('text', 2, card.text);
      break;
    case 'source':
      t('title', 5, card.title);
      if (card.publisher) f.push({ name: 'publisher', weight: 3, texts: [card.publisher] });
      f.push({ name: 'url', weight: 1, texts: [card.url] });
      break;
  }
  return f;
}

const norm = (s: string) => plain(s).toLowerCase().normalize('NFC');

/** Split a query into lower-case words; `§` and digits are kept ("§ 13-2" finds the provision). */
export function queryWords(query: string): string[] {
  return norm(query)
    .split(/[\s,;:!?()«»"]+/)
    .map((w) => w.replace(/^[.'-]+|[.'-]+$/g, ''))
    .filter((w) => w.length > 0 && w !== '§');
}

function matchScore(word: string, text: string): number {
  const at = text.indexOf(word);
  if (at < 0) return 0;
  // Whole word, word start (a prefix: "meld" finds "melde"), or inside a word (Norwegian compounds).
  const re = new RegExp(`(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}\\p{N}]|$)`, 'u');
  if (re.test(text)) return 1;
  const startRe = new RegExp(`(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
  return startRe.test(text) ? 0.7 : 0.4;
}

export function search(deck: Deck, query: string, lang: Lang): SearchHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const card of deck.cards.values()) {
    const fields = fieldsOf(card).map((f) => ({ ...f, texts: f.texts.map(norm), raw: f.texts }));
    let score = 0;
    let best: { field: string; text: string; word: string; value: number } | undefined;
    let all = true;
    for (const word of words) {
      let wordBest = 0;
      for (const f of fields) {
        f.texts.forEach((text, i) => {
          const m = matchScore(word, text) * f.weight;
          if (m > wordBest) wordBest = m;
          if (m > 0 && (!best || m > best.value)) best = { field: f.name, text: f.raw[i]!, word, value: m };
        });
      }
      if (wordBest === 0) {
        all = false;
        break;
      }
      score += wordBest;
    }
    if (!all || !best) continue;
    hits.push({
      id: card.id,
      kind: card.kind,
      title: plain(titleOf(card, lang)),
      score: Math.round(score * 10) / 10,
      snippet: snippet(best.text, best.word),
      field: best.field,
    });
  }
  const kindRank: Card['kind'][] = ['duty', 'sharing', 'contact', 'step', 'question', 'source'];
  return hits.sort(
    (a, b) => b.score - a.score || kindRank.indexOf(a.kind) - kindRank.indexOf(b.kind) || a.id.localeCompare(b.id),
  );
}

function snippet(text: string, word: string, radius = 50): string {
  const p = plain(text).replace(/\s+/g, ' ');
  const at = p.toLowerCase().indexOf(word);
  if (at < 0 || p.length <= radius * 2) return p.length <= radius * 2 ? p : p.slice(0, radius * 2) + '…';
  const start = Math.max(0, at - radius);
  const end = Math.min(p.length, at + word.length + radius);
  return `${start > 0 ? '…' : ''}${p.slice(start, end)}${end < p.length ? '…' : ''}`;
}
