// The deck as a graph. Pure: a model, then text in Mermaid or Graphviz DOT.
//
// Three levels of detail, so the diagram fits what it is for:
//  - `collapsed` (default): questions as boxes, the answers as labels on the arrows, and the
//    reference cards folded into one box per kind ("Plikter: 20 kort"). Fits one landscape slide.
//  - `questions`: the same without the reference-card boxes.
//  - `cards`: every option as a box and every reference card it adds as a box (the full map;
//    best with --sector, --from or --depth).
// Filters: --sector fixes the answer to the first question (conditions on it decide which arrows
// and cards remain), --from starts at another question, --depth keeps questions at most N steps
// from there. A highlighted route (a walk's path) marks nodes and edges with a thick line and a
// "★" in the label, so the route never rests on colour alone.

import { holds, resolveNext, toMap } from '../core/engine.js';
import { collect } from '../core/summary.js';
import { L } from '../core/text.js';
import type { AddRef, Answer, Card, Condition, Deck, Lang, Next, QuestionCard } from '../core/types.js';
import { plain, wrap } from '../render/wrap.js';
import { conditionText, flowOrder } from './browse.js';
import { words as wordsOf } from '../core/words/index.js';

export type NodeKind = 'question' | 'option' | 'duty' | 'sharing' | 'contact' | 'step' | 'end' | 'always' | 'more';
export type EdgeKind = 'option' | 'next' | 'then' | 'adds' | 'skip';
export type Detail = 'collapsed' | 'questions' | 'cards';
const REF_KINDS = ['duty', 'sharing', 'contact', 'step'] as const;
type RefKind = (typeof REF_KINDS)[number];

export interface GraphNode {
  key: string;
  kind: NodeKind;
  label: string;
  on: boolean;
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  label?: string;
  on: boolean;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  highlighted: boolean;
}

export interface GraphOptions {
  /** A walk's path to highlight. */
  route?: readonly Answer[];
  /** The answer to the deck's first question: only that sector's part of the flow. */
  sector?: string;
  /** Start the diagram at this question instead of the deck's first one. */
  from?: string;
  /** Keep questions at most this many steps from the first one drawn (0: only that one). */
  depth?: number;
  detail?: Detail;
}

// --- which part of the deck: --sector, --from, --depth ------------------------------------------

/**
 * Three-valued condition: true or false when the fixed answers decide it, undefined when it
 * depends on a question not fixed. Used to drop only what can never happen for the sector.
 */
export function decided(
  cond: Condition | undefined,
  fixed: ReadonlyMap<string, readonly string[]>,
): boolean | undefined {
  if (!cond) return true;
  let result = true as boolean | undefined;
  const and = (v: boolean | undefined) => {
    if (v === false) result = false;
    else if (v === undefined && result === true) result = undefined;
  };
  for (const [key, value] of Object.entries(cond)) {
    if (value === undefined) continue;
    if (key === 'all') for (const c of value as Condition[]) and(decided(c, fixed));
    else if (key === 'any') {
      const vs = (value as Condition[]).map((c) => decided(c, fixed));
      and(vs.includes(true) ? true : vs.every((v) => v === false) ? false : undefined);
    } else if (key === 'not') {
      const v = decided(value as Condition, fixed);
      and(v === undefined ? undefined : !v);
    } else {
      const chosen = fixed.get(key);
      if (!chosen) and(undefined);
      else and((Array.isArray(value) ? (value as string[]) : [value as string]).some((w) => chosen.includes(w)));
    }
    if (result === false) return false;
  }
  return result;
}

export interface Scope {
  fixed: Map<string, string[]>;
  root: string;
  /** Questions drawn, with their distance from the root. */
  questions: Map<string, number>;
  /** Questions just past --depth (drawn as "… more questions"). */
  beyond: Set<string>;
  /** Can this condition hold for the chosen sector? */
  may: (cond: Condition | undefined) => boolean;
  /** The options of a question that remain (the sector's one for the first question). */
  options: (q: QuestionCard) => QuestionCard['options'];
  /** Does a reference card remain: some remaining option adds it (or the deck always does)? */
  cardMay: (card: Card) => boolean;
}

const rulesOf = (next: Next | undefined): { goto: string; if?: Condition }[] =>
  next === undefined ? [] : typeof next === 'string' ? [{ goto: next }] : next;

export function scope(deck: Deck, opts: Pick<GraphOptions, 'sector' | 'from' | 'depth'>): Scope {
  const fixed = new Map<string, string[]>();
  if (opts.sector !== undefined) fixed.set(deck.meta.start, [opts.sector]);
  const may = (c: Condition | undefined) => decided(c, fixed) !== false;
  const options = (q: QuestionCard) =>
    opts.sector !== undefined && q.id === deck.meta.start ? q.options.filter((o) => o.id === opts.sector) : q.options;
  const q = (id: string) => {
    const c = deck.cards.get(id);
    return c?.kind === 'question' ? c : undefined;
  };
  const root = opts.from ?? deck.meta.start;
  const questions = new Map<string, number>();
  const beyond = new Set<string>();
  const queue: [string, number][] = [[root, 0]];
  while (queue.length > 0) {
    const [id, d] = queue.shift()!;
    const card = q(id);
    if (!card || questions.has(id)) continue;
    if (opts.depth !== undefined && d > opts.depth) {
      beyond.add(id);
      continue;
    }
    questions.set(id, d);
    const targets = [...options(card).flatMap((o) => rulesOf(o.next)), ...rulesOf(card.next)]
      .filter((r) => may(r.if))
      .map((r) => r.goto);
    for (const t of targets) if (t !== 'end') queue.push([t, d + 1]);
  }
  for (const id of questions.keys()) beyond.delete(id);
  // For one sector's whole flow, a question the flow never reaches is never answered: a
  // condition on it cannot hold (e.g. "ansettelse" is asked only of the voluntary sector).
  if (opts.sector !== undefined && opts.from === undefined && opts.depth === undefined) {
    for (const c of deck.cards.values())
      if (c.kind === 'question' && !questions.has(c.id) && !fixed.has(c.id)) fixed.set(c.id, []);
  }
  const addsOf = (ref: AddRef) =>
    typeof ref === 'string' ? { id: ref, cond: undefined } : { id: ref.card, cond: ref.if };
  const reachable = new Set<string>(deck.meta.always ?? []);
  for (const id of questions.keys()) {
    const card = q(id)!;
    if (!may(card.if)) continue;
    for (const o of options(card))
      for (const ref of o.adds ?? []) {
        const { id: cid, cond } = addsOf(ref);
        if (may(cond)) reachable.add(cid);
      }
  }
  // A reference card may carry its own condition (`if:` on the card), decided the same way.
  const cardMay = (card: Card) => reachable.has(card.id) && may((card as { if?: Condition }).if);
  return { fixed, root, questions, beyond, may, options, cardMay };
}

/** "Ja, eller jeg kan ikke utelukke det" → "Ja …": the words before the first comma, dash or bracket. */
export function shortLabel(label: string): string {
  const m = /^(.{2,}?)(?:,\s| [–—-] | \(|:\s)/.exec(label);
  return m && m[1]!.length < label.length ? `${m[1]!.trim()} …` : label;
}

// --- the model --------------------------------------------------------------------------------

const titleOf = (card: Card, lang: Lang) =>
  plain(
    card.kind === 'contact' ? L(card.name, lang) : card.kind === 'question' ? L(card.text, lang) : L(card.title, lang),
  );

export function buildGraph(deck: Deck, lang: Lang, opts: GraphOptions = {}): Graph {
  const words = wordsOf(lang).graph;
  const detail = opts.detail ?? 'collapsed';
  const sc = scope(deck, opts);
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const route = opts.route;
  const path = route ? toMap(route) : undefined;
  const added = route ? collect(deck, route) : undefined;
  const onPath = (qid: string) => Boolean(path?.has(qid));
  const chosen = (qid: string, oid: string) => Boolean(path?.get(qid)?.includes(oid));
  /** The route reached this question: answered it, or passed it by because its `if` did not hold. */
  const passed = (qid: string, depth = 0): boolean => {
    if (onPath(qid)) return true;
    const q = deck.cards.get(qid);
    if (!path || depth > 50 || q?.kind !== 'question' || !q.if || holds(q.if, path)) return false;
    const to = resolveNext(q.next, path);
    return to === 'end' || (to !== undefined && passed(to, depth + 1));
  };
  const node = (key: string, kind: NodeKind, label: string, on = false) => {
    const existing = nodes.get(key);
    if (existing) existing.on ||= on;
    else nodes.set(key, { key, kind, label, on });
  };
  const qs = flowOrder(
    deck,
    [...deck.cards.values()].filter((c): c is QuestionCard => c.kind === 'question' && sc.questions.has(c.id)),
  );
  for (const q of qs) node(`q:${q.id}`, 'question', titleOf(q, lang), onPath(q.id));

  /** Where an arrow to `to` ends: the question, the end, or "… more questions" past --depth. */
  const target = (to: string): string | undefined => {
    if (to === 'end') return (node('end', 'end', words.end!), 'end');
    if (sc.questions.has(to)) return `q:${to}`;
    if (sc.beyond.has(to)) return (node('more', 'more', words.more!), 'more');
    return undefined; // broken references are the checks' business
  };
  const condLabel = (c: Condition | undefined) => {
    if (!c) return undefined;
    // With --sector the part of a condition the sector decides is not repeated on every arrow.
    return decided(c, sc.fixed) === true ? undefined : `${words.if} ${conditionText(c)}`;
  };
  // On arrows (the slide) an answer is named by its first words; the full map names it in full.
  const optLabel = (o: QuestionCard['options'][number]) =>
    `${detail === 'cards' ? plain(L(o.label, lang)) : shortLabel(plain(L(o.label, lang)))}${o.urgent ? ' (!)' : ''}`;
  const nextEdges = (from: string, next: Next | undefined, kind: EdgeKind, onFrom: boolean, extra?: string) => {
    const taken = path && next !== undefined ? resolveNext(next, path) : undefined;
    for (const r of rulesOf(next)) {
      if (!sc.may(r.if)) continue;
      const to = target(r.goto);
      if (!to) continue;
      const on = onFrom && taken === r.goto && (r.goto === 'end' || passed(r.goto));
      const label = [extra, r.if ? condLabel(r.if) : undefined].filter(Boolean).join(', ');
      edges.push({ from, to, kind, ...(label ? { label } : {}), on });
    }
  };

  // Reference cards: one box each (`cards`), one box per kind (`collapsed`), or none.
  const kindCount = new Map<RefKind, number>();
  if (detail === 'collapsed') {
    for (const c of deck.cards.values())
      if ((REF_KINDS as readonly string[]).includes(c.kind) && sc.cardMay(c))
        kindCount.set(c.kind as RefKind, (kindCount.get(c.kind as RefKind) ?? 0) + 1);
  }
  const refNode = (card: Card, on: boolean): string | undefined => {
    if (!(REF_KINDS as readonly string[]).includes(card.kind) || !sc.cardMay(card)) return undefined;
    const kind = card.kind as RefKind;
    if (detail === 'cards') {
      node(`c:${card.id}`, kind, `${words[kind]}: ${titleOf(card, lang)}`, on);
      return `c:${card.id}`;
    }
    const n = kindCount.get(kind) ?? 0;
    node(
      `k:${kind}`,
      kind,
      `${wordsOf(lang).graphKinds[kind]}: ${n} ${n === 1 ? wordsOf(lang).graphPage.card : wordsOf(lang).graphPage.cards}`,
      on,
    );
    return `k:${kind}`;
  };

  for (const q of qs) {
    const qkey = `q:${q.id}`;
    const opts2 = sc.options(q);
    for (const o of opts2) {
      const picked = chosen(q.id, o.id);
      let from = qkey;
      if (detail === 'cards') {
        from = `o:${q.id}/${o.id}`;
        node(from, 'option', optLabel(o), picked);
        edges.push({ from: qkey, to: from, kind: 'option', on: picked });
        nextEdges(from, o.next, 'next', picked);
      } else if (o.next !== undefined || (o.urgent && q.next !== undefined)) {
        // An answer with its own branch (or an urgent one) gets its own labelled arrow.
        nextEdges(qkey, o.next ?? q.next, 'next', picked, optLabel(o));
      }
      if (detail === 'questions') continue;
      for (const ref of o.adds ?? []) {
        const id = typeof ref === 'string' ? ref : ref.card;
        const cond = typeof ref === 'string' ? undefined : ref.if;
        const card = deck.cards.get(id);
        if (!card || !sc.may(cond)) continue;
        const on =
          picked &&
          Boolean(path && holds(cond, path)) &&
          Boolean(added?.get(id)?.some((b) => b.question === q.id && b.option === o.id));
        const to = refNode(card, on);
        if (!to) continue;
        // Folded into one box per kind, the cards get no arrows of their own: from every
        // question to every kind they would cross the whole slide (--outcomes draws them).
        if (detail === 'cards')
          edges.push({ from, to, kind: 'adds', ...(cond && condLabel(cond) ? { label: condLabel(cond)! } : {}), on });
      }
    }
    if (detail === 'cards') nextEdges(qkey, q.next, 'then', onPath(q.id), words.then);
    else {
      // The answers without an arrow of their own: on the continuation's arrow, or, when the
      // question ends its branch, listed in the question's box. Chosen ones always by name.
      const rest = opts2.filter((o) => o.next === undefined && !(o.urgent && q.next !== undefined));
      const named = (o: QuestionCard['options'][number]) => `${chosen(q.id, o.id) ? STAR : ''}${optLabel(o)}`;
      if (q.next !== undefined) {
        const picked = rest.filter((o) => chosen(q.id, o.id));
        const branches = opts2.length - rest.length;
        let label: string | undefined;
        if (rest.length === 0) label = words.then;
        else if (rest.length <= 3 || picked.length > 0)
          label =
            rest.length <= 3
              ? rest.map(named).join(' / ')
              : `${picked.map(named).join(' / ')} (${words.others}: ${rest.length})`;
        else if (branches > 0) label = `${words.others} (${rest.length})`;
        nextEdges(qkey, q.next, 'then', onPath(q.id), label);
      } else if (rest.length > 0) {
        const n = nodes.get(qkey)!;
        n.label += `\n(${rest.map(named).join(' / ')})`;
      }
    }
  }
  const always = (deck.meta.always ?? []).filter((id) => deck.cards.has(id));
  if (always.length > 0 && detail !== 'questions') {
    for (const id of always) {
      const to = refNode(deck.cards.get(id)!, Boolean(route));
      if (!to) continue;
      node('always', 'always', words.always!, Boolean(route));
      if (!edges.some((e) => e.from === 'always' && e.to === to))
        edges.push({ from: 'always', to, kind: 'adds', on: Boolean(route) });
    }
  }
  // A question asked only under a condition: when it is not asked, the flow goes straight on.
  if (detail !== 'cards') {
    for (const q of qs) {
      if (!q.if || decided(q.if, sc.fixed) === true || q.next === undefined) continue;
      const skipped = Boolean(path) && !onPath(q.id) && passed(q.id);
      for (const r of rulesOf(q.next)) {
        const to = sc.may(r.if) ? target(r.goto) : undefined;
        if (to)
          edges.push({
            from: `q:${q.id}`,
            to,
            kind: 'skip',
            label: words.skip!,
            on: skipped && (r.goto === 'end' || passed(r.goto)),
          });
      }
    }
  }
  if (!nodes.has(`q:${sc.root}`)) node(`q:${sc.root}`, 'question', sc.root);
  return { nodes: [...nodes.values()], edges, highlighted: Boolean(route) };
}

/** Short, stable ids for output formats: n0, n1, … in node order. */
function ids(g: Graph): Map<string, string> {
  return new Map(g.nodes.map((n, i) => [n.key, `n${i}`]));
}

const STAR = '★ ';

function labelLines(n: GraphNode, width: number, maxLines = Infinity): string[] {
  const text = (n.on && n.kind !== 'always' ? STAR : '') + n.label;
  const lines = text.split('\n').flatMap((line) => wrap(line, n.kind === 'question' ? width + 6 : width).split('\n'));
  return lines.length > maxLines ? [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]} …`] : lines;
}

function edgeLabel(e: GraphEdge, width: number): string[] | undefined {
  if (!e.label) return undefined;
  const text = e.on && (e.kind === 'next' || e.kind === 'skip') ? STAR + e.label : e.label; // `then` labels name the chosen answers themselves
  return wrap(text, width).split('\n');
}

// --- Mermaid ---------------------------------------------------------------------------------

function mq(s: string): string {
  return s.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

/** Mermaid, left to right: questions in a row read like a slide, not a 40,000-pixel strip. */
export function toMermaid(g: Graph): string {
  const id = ids(g);
  const out: string[] = ['flowchart LR'];
  const shape: Record<NodeKind, [string, string]> = {
    question: ['["', '"]'],
    option: ['("', '")'],
    duty: ['[["', '"]]'],
    sharing: ['[/"', '"/]'],
    contact: ['(["', '"])'],
    step: ['>"', '"]'],
    end: ['(("', '"))'],
    always: ['{{"', '"}}'],
    more: ['["', '"]'],
  };
  for (const n of g.nodes) {
    const [a, b] = shape[n.kind];
    out.push(`  ${id.get(n.key)}${a}${labelLines(n, 28).map(mq).join('<br/>')}${b}`);
  }
  const styleOn: number[] = [];
  g.edges.forEach((e, i) => {
    const arrow = e.kind === 'adds' || e.kind === 'skip' ? '-.->' : e.kind === 'then' && !e.label ? '==>' : '-->';
    const label = edgeLabel(e, 30);
    out.push(`  ${id.get(e.from)} ${arrow}${label ? `|"${label.map(mq).join('<br/>')}"|` : ''} ${id.get(e.to)}`);
    if (e.on) styleOn.push(i);
  });
  for (const kind of ['question', 'option', 'duty', 'sharing', 'contact', 'step'] as const) {
    const members = g.nodes.filter((n) => n.kind === kind).map((n) => id.get(n.key));
    if (members.length) out.push(`  class ${members.join(',')} ${kind}`);
  }
  out.push(
    '  classDef question fill:#ffffff,stroke:#111,stroke-width:2px,color:#111',
    '  classDef option fill:#f2f2f2,stroke:#555,color:#111',
    '  classDef duty fill:#fff4d6,stroke:#8a6d00,color:#111',
    '  classDef sharing fill:#e3f0ff,stroke:#1f4e8c,color:#111',
    '  classDef contact fill:#e6f6e6,stroke:#2d6a2d,color:#111',
    '  classDef step fill:#f3e8ff,stroke:#5b2d8c,color:#111',
  );
  if (g.highlighted) {
    const on = g.nodes.filter((n) => n.on).map((n) => id.get(n.key));
    if (on.length) {
      out.push(`  class ${on.join(',')} route`);
      out.push('  classDef route stroke:#b00020,stroke-width:4px,font-weight:bold');
    }
    if (styleOn.length) out.push(`  linkStyle ${styleOn.join(',')} stroke:#b00020,stroke-width:4px`);
  }
  return out.join('\n') + '\n';
}

// --- Graphviz DOT ----------------------------------------------------------------------------

function dq(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

const SLIDE_QUESTION_LINES = 4;

/**
 * The slide (no option boxes) is laid out top to bottom with narrow boxes and the answers as
 * external edge labels (xlabel: placed after the layout, so they take no rank of their own);
 * that is what fits one landscape page at 8 pt or more. The full map (option boxes) runs left to right.
 */
export function toDot(g: Graph, title: string): string {
  const id = ids(g);
  const slide = !g.nodes.some((n) => n.kind === 'option');
  const out: string[] = [
    'digraph tiltakskort {',
    ...(title ? [`  label="${dq(title)}"; labelloc=t; fontsize=20; fontname="Helvetica";`] : []),
    slide
      ? '  rankdir=TB; nodesep=0.25; ranksep=0.25; newrank=true; forcelabels=true;'
      : '  rankdir=LR; nodesep=0.12; ranksep=0.35; newrank=true;',
    '  node [fontname="Helvetica", fontsize=11, style=filled, fillcolor="#ffffff", color="#333333", margin="0.08,0.04"];',
    '  edge [fontname="Helvetica", fontsize=11, color="#555555", arrowsize=0.7];',
  ];
  const width = slide ? 14 : 22;
  const fanOut = new Map<string, number>();
  for (const e of g.edges) fanOut.set(e.from, (fanOut.get(e.from) ?? 0) + 1);
  const attrs: Record<NodeKind, string> = {
    question: 'shape=box, style="filled,rounded,bold", fillcolor="#ffffff", penwidth=2',
    option: 'shape=box, style="filled,rounded", fillcolor="#f2f2f2"',
    duty: 'shape=note, fillcolor="#fff4d6"',
    sharing: 'shape=folder, fillcolor="#e3f0ff"',
    contact: 'shape=component, fillcolor="#e6f6e6"',
    step: 'shape=cds, fillcolor="#f3e8ff"',
    end: 'shape=doublecircle, fillcolor="#ffffff"',
    always: 'shape=hexagon, fillcolor="#ffffff"',
    more: 'shape=plaintext, style=""',
  };
  for (const n of g.nodes) {
    // On the slide a question shows its first four lines: the whole flow stays on one page at 8 pt
    // or more (`show ID` and --detail cards give the full text).
    const label = labelLines(n, width, slide && n.kind === 'question' ? SLIDE_QUESTION_LINES : Infinity)
      .map(dq)
      .join('\\n');
    const hl = n.on && g.highlighted ? ', penwidth=4, color="#b00020"' : '';
    out.push(`  ${id.get(n.key)} [label="${label}", ${attrs[n.kind]}${hl}];`);
  }
  for (const e of g.edges) {
    const style =
      e.kind === 'adds'
        ? 'style=dashed'
        : e.kind === 'skip'
          ? 'style=dotted'
          : e.kind === 'then' && !e.label
            ? 'style=bold'
            : '';
    const hl = e.on && g.highlighted ? 'penwidth=4, color="#b00020"' : '';
    const all = edgeLabel(e, width);
    // Long answer lists on the slide end with "…" too: a label taller than its arrow covers the boxes.
    const lines =
      slide && all && all.length > SLIDE_QUESTION_LINES
        ? [...all.slice(0, SLIDE_QUESTION_LINES - 1), `${all[SLIDE_QUESTION_LINES - 1]} …`]
        : all;
    // A question with many answers of its own: a longer arrow leaves room for their labels.
    const fan = slide && e.kind !== 'adds' && fanOut.get(e.from)! >= 5 ? 'minlen=2' : '';
    const a = [style, hl, fan, lines ? `${slide ? 'xlabel' : 'label'}="${lines.map(dq).join('\\n')}"` : '']
      .filter(Boolean)
      .join(', ');
    out.push(`  ${id.get(e.from)} -> ${id.get(e.to)}${a ? ` [${a}]` : ''};`);
  }
  // Reference cards sit together at the far end, after the questions.
  const cards = g.nodes.filter((n) => (REF_KINDS as readonly string[]).includes(n.kind)).map((n) => id.get(n.key));
  if (cards.length) out.push(`  { rank=${slide ? 'max' : 'sink'}; ${cards.join('; ')}; }`);
  out.push('}');
  return out.join('\n') + '\n';
}
