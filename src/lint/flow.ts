// Deck-wide flow rules: reachability, continuations that never end, cycles, options without an
// outcome, unused reference cards and local placeholders the overlay does not fill. Pure.

import { END } from '../core/engine.js';
import { phrase, texts, type Finding, type Text } from '../core/checks/finding.js';
import type { AddRef, Condition, Deck, Next, QuestionCard } from '../core/types.js';
import { RULES, type RuleId } from './rules.js';

/** Every target a `next` may lead to, with its field path. */
export function targets(next: Next | undefined, path: string): { id: string; path: string }[] {
  if (next === undefined || next === null) return [];
  if (typeof next === 'string') return [{ id: next, path }];
  return next.map((r, i) => ({ id: r.goto, path: `${path}/${i}/goto` }));
}

/** Can `next` resolve to nothing (the branch ends)? True when absent or no rule is a fallback. */
function mayEnd(next: Next | undefined): boolean {
  if (next === undefined || next === null) return true;
  if (typeof next === 'string') return next === END;
  return next.some((r) => r.goto === END) || !next.some((r) => !r.if);
}

function edges(q: QuestionCard): { id: string; path: string }[] {
  return [...q.options.flatMap((o, i) => targets(o.next, `options/${i}/next`)), ...targets(q.next, 'next')];
}

const refId = (r: AddRef) => (typeof r === 'string' ? r : r.card);

/** (question, option) pairs named in any condition: such options matter even without adds. */
function conditionUses(deck: Deck): Set<string> {
  const used = new Set<string>();
  const visit = (c: Condition | undefined) => {
    if (!c || typeof c !== 'object') return;
    for (const [k, v] of Object.entries(c)) {
      if (v === undefined || v === null) continue;
      if (k === 'all' || k === 'any') (v as Condition[]).forEach(visit);
      else if (k === 'not') visit(v as Condition);
      else for (const o of Array.isArray(v) ? v : [v]) used.add(`${k}\u0000${String(o)}`);
    }
  };
  for (const card of deck.cards.values()) {
    if (card.kind !== 'question') {
      if (card.kind !== 'source') visit(card.if);
      continue;
    }
    visit(card.if);
    if (Array.isArray(card.next)) card.next.forEach((r) => visit(r.if));
    for (const o of card.options) {
      if (Array.isArray(o.next)) o.next.forEach((r) => visit(r.if));
      for (const a of o.adds ?? []) if (typeof a !== 'string') visit(a.if);
    }
  }
  return used;
}

export interface FlowOptions {
  /** Local placeholders not filled in are errors (validate --strict). */
  strictLocal: boolean;
  /** An overlay was given: the message then names it. */
  overlay?: string;
}

export function checkFlow(deck: Deck, opts: FlowOptions): Finding[] {
  const out: Finding[] = [];
  const report = (
    rule: RuleId,
    card: string,
    path: string,
    message: Text,
    hint?: Text,
    severity?: Finding['severity'],
  ) =>
    out.push({
      rule,
      severity: severity ?? (RULES[rule].severity as Finding['severity']),
      card,
      path,
      ...texts(message, hint || undefined),
    });
  const questions = [...deck.cards.values()].filter((c): c is QuestionCard => c.kind === 'question');
  const isQ = (id: string) => deck.cards.get(id)?.kind === 'question';

  // Reachability from the start question, ignoring conditions (any of them might hold).
  const reached = new Set<string>();
  const queue = isQ(deck.meta.start) ? [deck.meta.start] : [];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const e of edges(deck.cards.get(id) as QuestionCard)) if (isQ(e.id) && !reached.has(e.id)) queue.push(e.id);
  }
  if (isQ(deck.meta.start)) {
    for (const q of questions) {
      if (!reached.has(q.id))
        report(
          'unreachable-question',
          q.id,
          'id',
          phrase('unreachable', q.id, deck.meta.start),
          phrase('unreachableHint'),
        );
    }
  }

  // Continuations that can never end: following `next` only ever loops. Backwards from the
  // questions whose continuation can stop, over `next` edges (linear in the deck's size).
  const canEnd = new Set<string>();
  const into = new Map<string, string[]>();
  const todo: string[] = [];
  for (const q of questions) {
    const ts = targets(q.next, 'next');
    if (mayEnd(q.next) || ts.some((t) => t.id === END || !isQ(t.id))) {
      canEnd.add(q.id);
      todo.push(q.id);
    }
    for (const t of ts) if (isQ(t.id)) (into.get(t.id) ?? into.set(t.id, []).get(t.id)!).push(q.id);
  }
  while (todo.length > 0) {
    for (const from of into.get(todo.pop()!) ?? []) {
      if (!canEnd.has(from)) {
        canEnd.add(from);
        todo.push(from);
      }
    }
  }
  for (const q of questions) {
    if (!canEnd.has(q.id) && reached.has(q.id)) {
      report('no-end', q.id, 'next', phrase('noEnd', q.id), phrase('noEndHint'));
    }
  }

  // Cycles (strongly connected components of the question graph), one finding each.
  for (const cycle of findCycles(questions, isQ)) {
    const last = cycle.edges[cycle.edges.length - 1]!;
    const names = [...cycle.nodes, cycle.nodes[0]].join(' → ');
    report('cycle', last.from, last.path, phrase('cycle', names), phrase('cycleHint'));
  }

  // Options with no outcome while their siblings have one.
  const uses = conditionUses(deck);
  for (const q of questions) {
    if (q.next !== undefined && q.next !== null) continue; // every option leads on to q.next
    const has = (o: QuestionCard['options'][number]) =>
      (o.next !== undefined && o.next !== null) ||
      (o.adds ?? []).length > 0 ||
      o.urgent === true ||
      uses.has(`${q.id}\u0000${o.id}`);
    if (!q.options.some(has)) continue;
    q.options.forEach((o, i) => {
      if (!has(o))
        report('no-outcome', q.id, `options/${i}`, phrase('leadsNowhere', o.id, q.id), phrase('leadsNowhereHint'));
    });
  }

  // Reference cards used by reachable answers or always; sources cited by used cards.
  const used = new Set<string>(deck.meta.always ?? []);
  for (const id of reached)
    for (const o of (deck.cards.get(id) as QuestionCard).options) for (const a of o.adds ?? []) used.add(refId(a));
  const cited = new Set<string>();
  for (const card of deck.cards.values()) {
    if (used.has(card.id) && 'sources' in card && Array.isArray(card.sources))
      card.sources.forEach((s) => cited.add(s));
  }
  for (const card of deck.cards.values()) {
    if (card.kind === 'question' || deck.localIds.has(card.id)) continue;
    if (card.kind === 'source' ? !cited.has(card.id) : !used.has(card.id)) {
      report(
        'unused-card',
        card.id,
        'id',
        card.kind === 'source' ? phrase('sourceUnused', card.id) : phrase('neverAdded', card.kind, card.id),
        card.kind === 'source' ? phrase('sourceUnusedHint') : phrase('neverAddedHint'),
      );
    }
  }

  // Local placeholders the flow uses that the overlay does not fill.
  for (const card of deck.cards.values()) {
    if (card.kind !== 'contact' || !card.local || !used.has(card.id) || deck.localIds.has(card.id)) continue;
    report(
      'local-missing',
      card.id,
      'local',
      opts.overlay ? phrase('localNotFilled', card.id, opts.overlay) : phrase('localMissing', card.id),
      opts.overlay ? phrase('localNotFilledHint', card.id) : phrase('localMissingHint', card.fallback ?? ''),
      opts.strictLocal ? 'error' : undefined,
    );
  }
  return out;
}

interface Cycle {
  nodes: string[];
  edges: { from: string; path: string }[];
}

/** One cycle per strongly connected component (Tarjan, iterative), in card order. */
function findCycles(questions: QuestionCard[], isQ: (id: string) => boolean): Cycle[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const succ = (id: string) => edges(byId.get(id)!).filter((e) => isQ(e.id) && byId.has(e.id));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const comps: string[][] = [];
  let counter = 0;
  for (const root of questions) {
    if (index.has(root.id)) continue;
    const work: { id: string; i: number }[] = [{ id: root.id, i: 0 }];
    index.set(root.id, counter);
    low.set(root.id, counter++);
    stack.push(root.id);
    onStack.add(root.id);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const out = succ(top.id);
      if (top.i < out.length) {
        const w = out[top.i++]!.id;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ id: w, i: 0 });
        } else if (onStack.has(w)) low.set(top.id, Math.min(low.get(top.id)!, index.get(w)!));
      } else {
        work.pop();
        if (work.length > 0) {
          const parent = work[work.length - 1]!.id;
          low.set(parent, Math.min(low.get(parent)!, low.get(top.id)!));
        }
        if (low.get(top.id) === index.get(top.id)) {
          const comp: string[] = [];
          let w: string;
          do {
            w = stack.pop()!;
            onStack.delete(w);
            comp.push(w);
          } while (w !== top.id);
          const self = comp.length === 1 && succ(comp[0]!).some((e) => e.id === comp[0]);
          if (comp.length > 1 || self) comps.push(comp);
        }
      }
    }
  }
  const order = new Map(questions.map((q, i) => [q.id, i]));
  return comps
    .map((comp) => {
      const members = new Set(comp);
      const start = [...comp].sort((a, b) => order.get(a)! - order.get(b)!)[0]!;
      // Breadth-first inside the component from `start` back to `start`: the shortest cycle.
      const prev = new Map<string, { from: string; path: string }>();
      const queue = [start];
      let closing: { from: string; path: string } | undefined;
      for (let k = 0; k < queue.length && !closing; k++) {
        const id = queue[k]!;
        for (const e of succ(id)) {
          if (!members.has(e.id)) continue;
          if (e.id === start) {
            closing = { from: id, path: e.path };
            break;
          }
          if (!prev.has(e.id)) {
            prev.set(e.id, { from: id, path: e.path });
            queue.push(e.id);
          }
        }
      }
      const nodes: string[] = [];
      const es: { from: string; path: string }[] = [];
      for (let id = closing!.from; ; ) {
        nodes.unshift(id);
        if (id === start) break;
        const p = prev.get(id)!;
        es.unshift(p);
        id = p.from;
      }
      es.push(closing!);
      return { nodes, edges: es };
    })
    .sort((a, b) => order.get(a.nodes[0]!)! - order.get(b.nodes[0]!)!);
}
