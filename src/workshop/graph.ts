// The deck as a graph: questions, their options, where each option leads, and the reference
// cards (duties, sharing rules, contacts, steps) options add. Pure: a model, then text in
// Mermaid or Graphviz DOT. A highlighted route (a walk's path) marks the nodes and edges on it
// with a thick line and a "★" in the label, so the route never rests on colour alone.

import { holds, question, resolveNext, toMap } from '../core/engine.js';
import { collect } from '../core/summary.js';
import { L } from '../core/text.js';
import type { Answer, Condition, Deck, Lang, Next } from '../core/types.js';
import { plain, wrap } from '../render/wrap.js';
import { conditionText, flowOrder } from './browse.js';

export type NodeKind = 'question' | 'option' | 'duty' | 'sharing' | 'contact' | 'step' | 'end' | 'always';
export type EdgeKind = 'option' | 'next' | 'then' | 'adds';

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

const KIND_WORD: Record<Lang, Record<string, string>> = {
  nb: { duty: 'Plikt', sharing: 'Deling', contact: 'Kontakt', step: 'Steg', end: 'Slutt', always: 'Tas alltid med', then: 'deretter', if: 'hvis' },
  en: { duty: 'Duty', sharing: 'Sharing', contact: 'Contact', step: 'Step', end: 'End', always: 'Always included', then: 'then', if: 'if' },
};

export function buildGraph(deck: Deck, lang: Lang, route?: readonly Answer[]): Graph {
  const words = KIND_WORD[lang];
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const path = route ? toMap(route) : undefined;
  const added = route ? collect(deck, route) : undefined;
  const onPath = (qid: string) => Boolean(path?.has(qid));
  const chosen = (qid: string, oid: string) => Boolean(path?.get(qid)?.includes(oid));

  const node = (key: string, kind: NodeKind, label: string, on = false) => {
    const existing = nodes.get(key);
    if (existing) existing.on ||= on;
    else nodes.set(key, { key, kind, label, on });
  };
  const qs = flowOrder(deck, [...deck.cards.values()].filter((c) => c.kind === 'question') as never);
  for (const q of qs) node(`q:${q.id}`, 'question', plain(L(q.text, lang)), onPath(q.id));

  const target = (to: string) => (to === 'end' ? 'end' : `q:${to}`);
  const nextEdges = (from: string, next: Next | undefined, kind: EdgeKind, onFrom: boolean) => {
    if (next === undefined) return;
    const rules = typeof next === 'string' ? [{ goto: next }] : next;
    const taken = path ? resolveNext(next, path) : undefined;
    for (const r of rules as { goto: string; if?: Condition }[]) {
      if (r.goto === 'end') node('end', 'end', words.end!);
      else if (!nodes.has(`q:${r.goto}`)) continue; // broken references are the checks' business
      const on = onFrom && taken === r.goto && (r.goto === 'end' || onPath(r.goto));
      const label = [kind === 'then' ? words.then : undefined, r.if ? `${words.if} ${conditionText(r.if)}` : undefined].filter(Boolean).join(', ');
      edges.push({ from, to: target(r.goto), kind, ...(label ? { label } : {}), on });
    }
  };

  for (const q of qs) {
    for (const o of q.options) {
      const okey = `o:${q.id}/${o.id}`;
      const picked = chosen(q.id, o.id);
      node(okey, 'option', `${plain(L(o.label, lang))}${o.urgent ? ' (!)' : ''}`, picked);
      edges.push({ from: `q:${q.id}`, to: okey, kind: 'option', on: picked });
      nextEdges(okey, o.next, 'next', picked);
      for (const ref of o.adds ?? []) {
        const id = typeof ref === 'string' ? ref : ref.card;
        const cond = typeof ref === 'string' ? undefined : ref.if;
        const card = deck.cards.get(id);
        if (!card || card.kind === 'question' || card.kind === 'source') continue;
        const on = picked && Boolean(path && holds(cond, path)) && Boolean(added?.get(id)?.some((b) => b.question === q.id && b.option === o.id));
        const title = card.kind === 'contact' ? L(card.name, lang) : L(card.title, lang);
        node(`c:${id}`, card.kind, `${words[card.kind]}: ${plain(title)}`, on);
        edges.push({ from: okey, to: `c:${id}`, kind: 'adds', ...(cond ? { label: `${words.if} ${conditionText(cond)}` } : {}), on });
      }
    }
    nextEdges(`q:${q.id}`, q.next, 'then', onPath(q.id));
  }
  const always = (deck.meta.always ?? []).filter((id) => deck.cards.has(id));
  if (always.length > 0) {
    node('always', 'always', words.always!, Boolean(route));
    for (const id of always) {
      const card = deck.cards.get(id)!;
      if (card.kind === 'question' || card.kind === 'source') continue;
      const title = card.kind === 'contact' ? L(card.name, lang) : L(card.title, lang);
      node(`c:${id}`, card.kind, `${words[card.kind]}: ${plain(title)}`, Boolean(route));
      edges.push({ from: 'always', to: `c:${id}`, kind: 'adds', on: Boolean(route) });
    }
  }
  // The start question is where the flow begins: make sure it exists even in an odd deck.
  if (!question(deck, deck.meta.start)) node(`q:${deck.meta.start}`, 'question', deck.meta.start);
  return { nodes: [...nodes.values()], edges, highlighted: Boolean(route) };
}

/** Short, stable ids for output formats: n0, n1, … in node order. */
function ids(g: Graph): Map<string, string> {
  return new Map(g.nodes.map((n, i) => [n.key, `n${i}`]));
}

const STAR = '★ ';

function labelLines(n: GraphNode, width: number): string[] {
  return wrap((n.on && n.kind !== 'always' ? STAR : '') + n.label, n.kind === 'question' ? width + 6 : width).split('\n');
}

// --- Mermaid ---------------------------------------------------------------------------------

function mq(s: string): string {
  return s.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

export function toMermaid(g: Graph): string {
  const id = ids(g);
  const out: string[] = ['flowchart TD'];
  const shape: Record<NodeKind, [string, string]> = {
    question: ['["', '"]'], option: ['("', '")'], duty: ['[["', '"]]'], sharing: ['[/"', '"/]'],
    contact: ['(["', '"])'], step: ['>"', '"]'], end: ['(("', '"))'], always: ['{{"', '"}}'],
  };
  for (const n of g.nodes) {
    const [a, b] = shape[n.kind];
    out.push(`  ${id.get(n.key)}${a}${labelLines(n, 28).map(mq).join('<br/>')}${b}`);
  }
  const styleOn: number[] = [];
  g.edges.forEach((e, i) => {
    const arrow = e.kind === 'adds' ? '-.->' : e.kind === 'then' ? '==>' : '-->';
    out.push(`  ${id.get(e.from)} ${arrow}${e.label ? `|"${mq(e.label)}"|` : ''} ${id.get(e.to)}`);
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

export function toDot(g: Graph, title: string): string {
  const id = ids(g);
  const out: string[] = [
    'digraph tiltakskort {',
    `  label="${dq(title)}"; labelloc=t; fontsize=20; fontname="Helvetica";`,
    '  rankdir=LR; nodesep=0.12; ranksep=0.6; newrank=true;',
    '  node [fontname="Helvetica", fontsize=11, style=filled, fillcolor="#ffffff", color="#333333", margin="0.12,0.06"];',
    '  edge [fontname="Helvetica", fontsize=9, color="#555555", arrowsize=0.7];',
  ];
  const attrs: Record<NodeKind, string> = {
    question: 'shape=box, style="filled,rounded,bold", fontsize=13, fillcolor="#ffffff", penwidth=2',
    option: 'shape=box, style="filled,rounded", fillcolor="#f2f2f2"',
    duty: 'shape=note, fillcolor="#fff4d6"',
    sharing: 'shape=folder, fillcolor="#e3f0ff"',
    contact: 'shape=component, fillcolor="#e6f6e6"',
    step: 'shape=cds, fillcolor="#f3e8ff"',
    end: 'shape=doublecircle, fillcolor="#ffffff"',
    always: 'shape=hexagon, fillcolor="#ffffff"',
  };
  for (const n of g.nodes) {
    const label = labelLines(n, 26).map(dq).join('\\n');
    const hl = n.on && g.highlighted ? ', penwidth=4, color="#b00020"' : '';
    out.push(`  ${id.get(n.key)} [label="${label}", ${attrs[n.kind]}${hl}];`);
  }
  for (const e of g.edges) {
    const style = e.kind === 'adds' ? 'style=dashed' : e.kind === 'then' ? 'style=bold' : '';
    const hl = e.on && g.highlighted ? 'penwidth=4, color="#b00020"' : '';
    const a = [style, hl, e.label ? `label="${dq(e.label)}"` : ''].filter(Boolean).join(', ');
    out.push(`  ${id.get(e.from)} -> ${id.get(e.to)}${a ? ` [${a}]` : ''};`);
  }
  // Reference cards sit together at the bottom, below the questions.
  const cards = g.nodes.filter((n) => ['duty', 'sharing', 'contact', 'step'].includes(n.kind)).map((n) => id.get(n.key));
  if (cards.length) out.push(`  { rank=sink; ${cards.join('; ')}; }`);
  out.push('}');
  return out.join('\n') + '\n';
}
