// `tiltakskort graph`: the deck as a diagram: Mermaid or DOT text, SVG (Graphviz compiled to
// WebAssembly, @viz-js/viz: offline, imported only here), or one self-contained HTML page with
// the diagram inline. `--highlight` marks a route (answers file, case file or case id).

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runScripted, type GivenAnswers } from '../../core/scripted.js';
import { L } from '../../core/text.js';
import type { Answer, Deck, Lang } from '../../core/types.js';
import { buildGraph, toDot, toMermaid } from '../../workshop/graph.js';
import { EXIT, UsageError } from '../errors.js';
import type { CliIO } from '../io.js';
import { loadForCommand } from '../load.js';
import type { DeckOptions } from '../options.js';
import { writeOutput } from '../save.js';
import { clean, quote } from '../../core/clean.js';

type GraphFormat = 'mermaid' | 'dot' | 'svg' | 'html';

export interface GraphOptions extends DeckOptions {
  format?: GraphFormat;
  highlight?: string;
  out?: string;
  force?: boolean;
}

const BY_EXT: Record<string, GraphFormat> = { '.mmd': 'mermaid', '.mermaid': 'mermaid', '.dot': 'dot', '.gv': 'dot', '.svg': 'svg', '.html': 'html', '.htm': 'html' };

function formatOf(opts: GraphOptions): GraphFormat {
  if (opts.format) return opts.format;
  if (!opts.out) return 'mermaid';
  const ext = (/\.[^./\\]+$/.exec(opts.out)?.[0] ?? '').toLowerCase();
  const f = BY_EXT[ext];
  if (!f) throw new UsageError(`Cannot tell the diagram format of ${quote(opts.out)} from its extension.`, 'Use .mmd, .dot, .svg or .html, or give --format.');
  return f;
}

export async function graph(io: CliIO, opts: GraphOptions): Promise<number> {
  const format = formatOf(opts);
  const deck = await loadForCommand(io, opts);
  const route = opts.highlight ? await routeFrom(io, deck, opts) : undefined;
  const g = buildGraph(deck, opts.lang, route?.path);
  const title = `${L(deck.meta.title, opts.lang)} ${deck.meta.version}${route ? ` – ${route.name}` : ''}`;
  let content: string;
  if (format === 'mermaid') content = toMermaid(g);
  else if (format === 'dot') content = toDot(g, title);
  else {
    const svg = await renderSvg(toDot(g, title));
    content = format === 'svg' ? svg : await graphPage(deck, opts.lang, title, svg, Boolean(route));
  }
  writeOutput(io, content, opts.out, opts.force);
  return EXIT.ok;
}

/** The route to highlight: a case (by id or file: its recommended answers) or an answers file. */
async function routeFrom(io: CliIO, deck: Deck, opts: GraphOptions): Promise<{ path: Answer[]; name: string }> {
  const arg = opts.highlight!;
  const { casesDir, readCaseFile } = await import('../../workshop/case-files.js');
  const { recommendedAnswers } = await import('../../workshop/cases.js');
  let given: GivenAnswers;
  let name = arg;
  const byId = resolve(casesDir(io.cwd, opts.cards), `${arg}.yaml`);
  const file = existsSync(resolve(io.cwd, arg)) ? resolve(io.cwd, arg) : /^[a-z0-9][a-z0-9._-]*$/.test(arg) && existsSync(byId) ? byId : undefined;
  if (!file) throw new UsageError(`No answers file, case file or case id ${quote(arg)}.`, '`tiltakskort train` lists the cases.');
  const { parse } = await import('yaml');
  const { readInputFile } = await import('../../io/read-file.js');
  let raw: unknown;
  try {
    raw = parse(readInputFile(file), { maxAliasCount: 100 });
  } catch {
    raw = undefined; // read again below, as an answers file, which says what is wrong
  }
  if (raw && typeof raw === 'object' && (raw as { kind?: unknown }).kind === 'case') {
    const r = await readCaseFile(file, arg);
    if (!r.case) throw new UsageError(`The case ${quote(arg)} is not valid:\n${r.problems.map((p) => `  ${p.message}`).join('\n')}`);
    given = recommendedAnswers(deck, r.case);
    name = L(r.case.title, opts.lang);
  } else {
    const { readAnswersFile } = await import('../answers-file.js');
    given = await readAnswersFile(io.cwd, file);
  }
  const result = runScripted(deck, given);
  if (!result.ok) {
    throw new UsageError(`The route in ${quote(arg)} does not fit the deck:\n${result.problems.map((p) => `  ${p.message}\n    valid: ${p.valid.join(', ') || '(none)'}`).join('\n')}`);
  }
  if (!result.walk.complete) io.stderr.write(`Note: the route in ${quote(arg)} stops before the end of the flow (next question: ${result.walk.next!.id}); the diagram marks it as far as it goes.\n`);
  return { path: result.walk.path, name };
}

async function renderSvg(dot: string): Promise<string> {
  const { instance } = await import('@viz-js/viz');
  const viz = await instance();
  const r = viz.render(dot, { format: 'svg' });
  // Graphviz's messages quote the input: one line each, through the one cleaner.
  if (r.status !== 'success') throw new UsageError(`Graphviz could not draw the diagram: ${r.errors.map((e) => clean(e.message.trim(), 'visible')).join('; ')}`);
  return r.output;
}

const PAGE_CSS = `
main { max-width: none; }
figure { margin: 0; }
figure svg { width: 100%; height: auto; max-height: 250mm; display: block; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; padding: 0; list-style: none; font-size: .9em; }
@page { size: A4; margin: 10mm; }
@media print { figure { break-inside: avoid; } }
`;

async function graphPage(deck: Deck, lang: Lang, title: string, svg: string, highlighted: boolean): Promise<string> {
  const { escapeHtml, page } = await import('../../render/html.js');
  const legend = lang === 'en'
    ? ['Bold box: question', 'Rounded box: answer option', 'Note: duty', 'Folder: sharing rule', 'Component: contact', 'Arrow shape: step', 'Dashed line: the answer adds the card', ...(highlighted ? ['★ and thick line: the route'] : [])]
    : ['Fet boks: spørsmål', 'Avrundet boks: svaralternativ', 'Notat: plikt', 'Mappe: delingsregel', 'Komponent: kontakt', 'Pilform: steg', 'Stiplet linje: svaret legger til kortet', ...(highlighted ? ['★ og tykk linje: ruten'] : [])];
  const body = `<header><h1>${escapeHtml(title)}</h1><p class="meta">${escapeHtml(`${deck.meta.id} · ${lang === 'en' ? 'reviewed' : 'kontrollert'} ${deck.meta.reviewed}`)}</p></header>
<ul class="legend">${legend.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>
<figure>${svg.replace(/^[\s\S]*?(<svg\b)/, '$1')}</figure>`;
  return page(lang, title, body, PAGE_CSS);
}
