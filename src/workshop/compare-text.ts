// The comparison as plain text for a terminal: both routes side by side, where they part, what
// one route has and the other lacks (with explanations and legal basis), and the debrief.
// Meaning never rests on colour: rows are marked "=" / "≠" and sections are named in words.

import { plain, wrap } from '../render/wrap.js';
import type { Comparison, CompareItem } from './compare.js';
import { workshopLabels } from './labels.js';

export interface TextOptions {
  width: number;
  /** Big, spaced-out headings for a projector. */
  present?: boolean;
  debrief?: string;
}

/** A heading: underlined in normal mode, boxed and upper-case in presenter mode. */
export function heading(text: string, width: number, present = false): string {
  const t = text.toUpperCase();
  if (!present) return `${t}\n${'─'.repeat(Math.min(width, t.length))}`;
  const inner = Math.min(width - 4, Math.max(t.length, 20));
  const lines = wrap(t, inner).split('\n');
  const bar = '═'.repeat(inner + 2);
  return [`╔${bar}╗`, ...lines.map((l) => `║ ${l.padEnd(inner)} ║`), `╚${bar}╝`].join('\n');
}

function columns(left: string, right: string, colWidth: number, indent: string): string {
  const l = wrap(left, colWidth).split('\n');
  const r = wrap(right, colWidth).split('\n');
  const n = Math.max(l.length, r.length);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`${indent}${(l[i] ?? '').padEnd(colWidth)}  ${r[i] ?? ''}`.trimEnd());
  return out.join('\n');
}

export function renderComparison(c: Comparison, opts: TextOptions): string {
  const T = workshopLabels(c.lang);
  const w = opts.width;
  const out: string[] = [];
  const h = (t: string) => out.push(heading(t, w, opts.present));
  const para = (t: string, indent = '') => out.push(wrap(plain(t), w, indent));

  h(T.routes);
  const colWidth = Math.floor((w - 6) / 2);
  out.push(columns(T.yourRoute, T.recommended, colWidth, '    '));
  out.push(columns('─'.repeat(Math.min(colWidth, 20)), '─'.repeat(Math.min(colWidth, 20)), colWidth, '    '));
  const labels = (x?: { label: string }[]) => (x ? x.map((o) => plain(o.label)).join(', ') : T.notAsked);
  for (const r of c.rows) {
    const mark = r.same ? T.same : T.differs;
    out.push(
      wrap(`${mark} ${plain(r.questionText)} (${r.same ? T.sameMark : T.differsMark})`, w, '').replace(/\n/g, '\n  '),
    );
    out.push(columns(labels(r.participant), labels(r.recommended), colWidth, '    '));
  }
  out.push('');
  para(c.match ? (c.sameAnswers ? T.matchAll : T.matchButAnswers) : T.differsAll);

  if (c.parting) {
    out.push('');
    h(T.parting);
    para(`«${plain(c.parting.questionText)}»`);
    para(
      `${T.youChose}: ${c.parting.participant.length ? c.parting.participant.map((o) => `«${plain(o.label)}»`).join(', ') : T.notAsked}`,
      '  ',
    );
    para(
      `${T.recommendedAnswer}: ${c.parting.recommended.length ? c.parting.recommended.map((o) => `«${plain(o.label)}»`).join(', ') : T.notAsked}`,
      '  ',
    );
    for (const o of c.parting.recommended) if (o.help) para(`- ${plain(o.label)}: ${plain(o.help)}`, '  ');
    if (c.parting.why) para(`${T.whyAsked}: ${plain(c.parting.why)}`, '  ');
  }

  const list = (title: string, xs: CompareItem[]) => {
    if (xs.length === 0) return;
    if (out[out.length - 1] !== '') out.push('');
    h(title);
    for (const x of xs) {
      out.push(wrap(`${T.kinds[x.kind]}: ${plain(x.title)}`, w));
      if (x.explanation) para(plain(x.explanation), '    ');
      if (x.basis.length)
        para(`${T.basis}: ${x.basis.map((b) => `${b.law} ${b.section} (${b.url})`).join('; ')}`, '    ');
      const by = x.because.length
        ? x.because.map((b) => `«${plain(b.questionText)}» → «${plain(b.optionLabel)}»`).join('; ')
        : T.always;
      para(`${T.addedBy}: ${by}`, '    ');
      out.push('');
    }
  };
  list(T.missing, c.onlyRecommended);
  list(T.extra, c.onlyParticipant);

  if (opts.debrief) {
    if (out[out.length - 1] !== '') out.push('');
    h(T.debrief);
    para(opts.debrief);
  }
  return out.join('\n') + '\n';
}
