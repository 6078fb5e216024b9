// Checks across cards: every id a card points at exists and is of the right kind.

import { END } from '../engine.js';
import type { AddRef, Card, Condition, Deck, Next, QuestionCard } from '../types.js';
import { nearPhrase, phrase, texts, type Finding } from './finding.js';

/**
 * @param invalid ids (and kinds) of cards that exist but failed their shape check: references to
 * them are not reported again as unknown.
 */
export function checkReferences(deck: Deck, invalid: ReadonlyMap<string, string> = new Map()): Finding[] {
  const out: Finding[] = [];
  const kindOf = (id: string) => deck.cards.get(id)?.kind ?? invalid.get(id);
  const ids = [...deck.cards.keys()];
  const questions = ids.filter((id) => deck.cards.get(id)?.kind === 'question');
  const references = ids.filter((id) => deck.cards.get(id)?.kind !== 'question');
  const duties = ids.filter((id) => deck.cards.get(id)?.kind === 'duty');
  const sources = ids.filter((id) => deck.cards.get(id)?.kind === 'source');

  const missing = (card: string, path: string, id: string, candidates: string[], what: string) =>
    out.push({
      rule: 'reference',
      severity: 'error',
      card,
      path,
      ...texts(
        phrase('unknownRef', what, id),
        nearPhrase(id, candidates) ?? phrase('knownRefs', what, preview(candidates)),
      ),
    });

  const checkNext = (card: string, path: string, next: Next | undefined) => {
    if (next === undefined) return;
    const targets =
      typeof next === 'string' ? [[path, next] as const] : next.map((r, i) => [`${path}/${i}/goto`, r.goto] as const);
    for (const [p, target] of targets) {
      if (target !== END && kindOf(target) !== 'question') {
        missing(card, p, target, [...questions, END], 'question');
      }
    }
    if (typeof next !== 'string') next.forEach((r, i) => checkCondition(card, `${path}/${i}/if`, r.if));
  };

  const checkCondition = (card: string, path: string, cond: Condition | undefined) => {
    if (!cond) return;
    for (const [key, value] of Object.entries(cond)) {
      if (value === undefined) continue;
      if (key === 'all' || key === 'any') {
        (value as Condition[]).forEach((c, i) => checkCondition(card, `${path}/${key}/${i}`, c));
      } else if (key === 'not') {
        checkCondition(card, `${path}/not`, value as Condition);
      } else {
        const q = deck.cards.get(key);
        if (q?.kind !== 'question') {
          if (kindOf(key) !== 'question') missing(card, `${path}/${key}`, key, questions, 'question');
          continue;
        }
        const wanted = Array.isArray(value) ? (value as string[]) : [value as string];
        const optionIds = q.options.map((o) => o.id);
        wanted.forEach((w, i) => {
          if (!optionIds.includes(w)) {
            missing(
              card,
              Array.isArray(value) ? `${path}/${key}/${i}` : `${path}/${key}`,
              w,
              optionIds,
              `option of "${key}"`,
            );
          }
        });
      }
    }
  };

  const checkAdds = (card: string, path: string, adds: AddRef[] | undefined) => {
    (adds ?? []).forEach((ref, i) => {
      const id = typeof ref === 'string' ? ref : ref.card;
      const p = typeof ref === 'string' ? `${path}/${i}` : `${path}/${i}/card`;
      const target = kindOf(id);
      if (!target || target === 'question' || target === 'source') {
        missing(
          card,
          p,
          id,
          references.filter((r) => deck.cards.get(r)?.kind !== 'source'),
          'reference card',
        );
      }
      if (typeof ref === 'string') return;
      checkCondition(card, `${path}/${i}/if`, ref.if);
      if (ref.status === undefined && ref.condition === undefined) return;
      const duty = deck.cards.get(id);
      if (target && target !== 'duty') {
        const field = ref.status !== undefined ? 'status' : 'condition';
        out.push({
          rule: 'duty-status',
          severity: 'error',
          card,
          path: `${path}/${i}/${field}`,
          ...texts(phrase('dutyOnly', field, id, target), phrase('dutyOnlyHint')),
        });
      } else if (
        duty?.kind === 'duty' &&
        (ref.status ?? duty.status) === 'conditional' &&
        ref.condition === undefined &&
        duty.condition === undefined
      ) {
        out.push({
          rule: 'duty-status',
          severity: 'error',
          card,
          path: `${path}/${i}/status`,
          ...texts(phrase('conditionMissing', id), phrase('conditionMissingHint')),
        });
      }
    });
  };

  const meta = deck.meta;
  if (kindOf(meta.start) !== 'question') missing(meta.id, 'start', meta.start, questions, 'question');
  (meta.always ?? []).forEach((id, i) => {
    const kind = kindOf(id);
    if (!kind || kind === 'question') missing(meta.id, `always/${i}`, id, references, 'reference card');
  });

  for (const card of deck.cards.values()) {
    if (card.kind === 'contact' && card.fallback !== undefined) checkFallback(card.id, card.fallback);
    if ((card.kind === 'step' || card.kind === 'sharing') && card.whenConditional) {
      card.whenConditional.duties.forEach((d, i) => {
        if (kindOf(d) !== 'duty') missing(card.id, `whenConditional/duties/${i}`, d, duties, 'duty');
      });
    }
    if (card.kind === 'question') checkQuestion(card);
    if (card.kind !== 'question' && card.kind !== 'source') checkCondition(card.id, 'if', card.if);
    if (card.kind === 'duty' && card.status === 'conditional' && card.condition === undefined) {
      out.push({
        rule: 'duty-status',
        severity: 'error',
        card: card.id,
        path: 'status',
        ...texts(phrase('dutyNoCondition', card.id), phrase('dutyNoConditionHint')),
      });
    }
    if (card.kind !== 'question' && 'sources' in card && card.sources) {
      card.sources.forEach((s, i) => {
        if (kindOf(s) !== 'source') missing(card.id, `sources/${i}`, s, sources, 'source');
      });
    }
  }

  /** A local placeholder's stand-in: a national contact the person can call (so: with a phone). */
  function checkFallback(card: string, id: string) {
    const target = deck.cards.get(id);
    const national = ids.filter((x) => {
      const c = deck.cards.get(x);
      return c?.kind === 'contact' && !c.local && Boolean(c.phone);
    });
    if (target?.kind !== 'contact') {
      if (kindOf(id) !== 'contact') missing(card, 'fallback', id, national, 'contact');
      return;
    }
    if (target.local || !target.phone) {
      out.push({
        rule: 'reference',
        severity: 'error',
        card,
        path: 'fallback',
        ...texts(phrase('fallbackNational', id), phrase('fallbackNationalHint', preview(national))),
      });
    }
  }

  function checkQuestion(q: QuestionCard) {
    checkCondition(q.id, 'if', q.if);
    checkNext(q.id, 'next', q.next);
    const seen = new Set<string>();
    q.options.forEach((o, i) => {
      if (seen.has(o.id)) {
        out.push({
          rule: 'duplicate-id',
          severity: 'error',
          card: q.id,
          path: `options/${i}/id`,
          ...texts(phrase('optionTwice', o.id)),
        });
      }
      seen.add(o.id);
      checkNext(q.id, `options/${i}/next`, o.next);
      checkAdds(q.id, `options/${i}/adds`, o.adds);
    });
  }
  return out;
}

/** Cards with the same id in different files: the second one would silently win. */
export function checkDuplicates(cards: readonly Card[]): Finding[] {
  const first = new Map<string, Card>();
  const out: Finding[] = [];
  for (const card of cards) {
    const earlier = first.get(card.id);
    if (earlier) {
      out.push({
        rule: 'duplicate-id',
        severity: 'error',
        card: card.id,
        path: 'id',
        file: card.file,
        ...texts(phrase('duplicateId', card.id, earlier.file ?? '?'), phrase('duplicateIdHint')),
      });
    } else first.set(card.id, card);
  }
  return out;
}

function preview(ids: string[]): string {
  return ids.length > 8 ? ids.slice(0, 8).join(', ') + ', …' : ids.join(', ');
}
