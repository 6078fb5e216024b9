// `tiltakskort graph`: the deck as a diagram: Mermaid or DOT text, SVG (Graphviz compiled to
// WebAssembly, @viz-js/viz: offline, imported only here), or one self-contained HTML page with
// the diagram inline. `--highlight` marks a route (answers file, case file or case id).

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runScripted, type GivenAnswers } from '../../core/scripted.js';
import { L } from '../../core/text.js';
import type { Answer, Deck, Lang } from '../../core/types.js';
import { question } from '../../core/engine.js';
import { fill } from '../../core/labels.js';
import { buildGraph, toDot, toMermaid, type GraphOptions as GraphBuildOptions } from '../../workshop/graph.js';
import { EXIT, mismatchLines, nearText, UsageError } from '../../core/errors.js';
import type { CliIO } from '../../io/cli-io.js';
import { loadForCommand } from '../load.js';
import type { DeckOptions } from '../options.js';
import { writeOutput } from '../save.js';
import { formatFromExtension } from '../../render/formats.js';
import { clean, quote } from '../../core/clean.js';
import { words } from '../../core/words/index.js';

type GraphFormat = 'mermaid' | 'dot' | 'svg' | 'html';

export interface GraphOptions extends DeckOptions {
  format?: GraphFormat;
  highlight?: string;
  out?: string;
  force?: boolean;
  sector?: string;
  from?: string;
  depth?: string;
  questionsOnly?: boolean;
  outcomes?: boolean;
}

const BY_EXT: Record<string, GraphFormat> = {
  '.mmd': 'mermaid',
  '.mermaid': 'mermaid',
  '.dot': 'dot',
  '.gv': 'dot',
  '.svg': 'svg',
  '.html': 'html',
  '.htm': 'html',
};

function formatOf(opts: GraphOptions): GraphFormat {
  if (opts.format) return opts.format;
  if (!opts.out) return 'mermaid';
  return formatFromExtension(opts.out, BY_EXT, '.mmd, .dot, .svg, .html');
}

export async function graph(io: CliIO, opts: GraphOptions): Promise<number> {
  const format = formatOf(opts);
  const deck = await loadForCommand(io, opts);
  const route = opts.highlight ? await routeFrom(io, deck, opts) : undefined;
  const filter = graphFilter(deck, opts);
  const g = buildGraph(deck, opts.lang, { ...filter, ...(route ? { route: route.path } : {}) });
  const part = filter.sector ? ` – ${sectorLabel(deck, filter.sector, opts.lang)}` : '';
  const title = `${L(deck.meta.title, opts.lang)} ${deck.meta.version}${part}${route ? ` – ${route.name}` : ''}`;
  let content: string;
  if (format === 'mermaid') content = toMermaid(g);
  else if (format === 'dot') content = toDot(g, title);
  else {
    const svg = await renderSvg(toDot(g, format === 'html' ? '' : title)); // the page has its own heading
    content = format === 'svg' ? svg : await graphPage(deck, opts.lang, title, svg, Boolean(route), filter.detail);
  }
  writeOutput(io, content, opts.out, opts.force, opts.lang);
  return EXIT.ok;
}

/** --sector, --from, --depth and the level of detail, checked against the deck (exit 2 with the valid ids). */
function graphFilter(deck: Deck, opts: GraphOptions): GraphBuildOptions {
  if (opts.questionsOnly && opts.outcomes)
    throw new UsageError(
      (w) => w.usage.notBoth,
      (w) => w.usage.notBothHint,
    );
  const out: GraphBuildOptions = { detail: opts.questionsOnly ? 'questions' : opts.outcomes ? 'cards' : 'collapsed' };
  const questions = [...deck.cards.values()].filter((c) => c.kind === 'question');
  if (opts.sector !== undefined) {
    const start = question(deck, deck.meta.start);
    const valid = start?.options.map((o) => o.id) ?? [];
    if (!valid.includes(opts.sector))
      throw new UsageError(
        (w) => fill(w.guide.unknownSector, { sector: clean(opts.sector!, 'visible') }),
        (w) => `${nearText(opts.sector!, valid, w)}${w.usage.sectors(quote(deck.meta.start), valid.join(', '))}`,
      );
    out.sector = opts.sector;
  }
  if (opts.from !== undefined) {
    const ids = questions.map((q) => q.id);
    if (!ids.includes(opts.from))
      throw new UsageError(
        (w) => w.errors.unknownQuestion(quote(opts.from)),
        (w) => `${nearText(opts.from!, ids, w)}${w.usage.questions(ids.join(', '))}`,
      );
    out.from = opts.from;
  }
  if (opts.depth !== undefined) {
    if (!/^\d+$/.test(opts.depth)) throw new UsageError((w) => w.usage.depth(quote(opts.depth)));
    out.depth = Number(opts.depth);
  }
  return out;
}

function sectorLabel(deck: Deck, sector: string, lang: Lang): string {
  const o = question(deck, deck.meta.start)?.options.find((x) => x.id === sector);
  return o ? L(o.label, lang) : sector;
}

/** The route to highlight: a case (by id or file: its recommended answers) or an answers file. */
async function routeFrom(io: CliIO, deck: Deck, opts: GraphOptions): Promise<{ path: Answer[]; name: string }> {
  const arg = opts.highlight!;
  const { casesDir, readCaseFile } = await import('../../workshop/case-files.js');
  const { recommendedAnswers } = await import('../../workshop/cases.js');
  let given: GivenAnswers;
  let name = arg;
  const byId = resolve(casesDir(io.cwd, opts.cards), `${arg}.yaml`);
  const file = existsSync(resolve(io.cwd, arg))
    ? resolve(io.cwd, arg)
    : /^[a-z0-9][a-z0-9._-]*$/.test(arg) && existsSync(byId)
      ? byId
      : undefined;
  if (!file)
    throw new UsageError(
      (w) => w.usage.noRoute(quote(arg)),
      (w) => w.usage.trainLists,
    );
  const { parse } = await import('yaml');
  const { readInputFile } = await import('../../io/read-file.js');
  let raw: unknown;
  try {
    raw = parse(readInputFile(file), { maxAliasCount: 100 });
  } catch {
    raw = undefined; // read again below, as an answers file, which says what is wrong
  }
  if (raw && typeof raw === 'object' && (raw as { kind?: unknown }).kind === 'case') {
    const r = await readCaseFile(file, arg, words(opts.lang));
    if (!r.case)
      throw new UsageError(
        (w) => `${w.usage.caseInvalid(quote(arg))}\n${r.problems.map((p) => `  ${p.message}`).join('\n')}`,
      );
    given = recommendedAnswers(deck, r.case);
    name = L(r.case.title, opts.lang);
  } else {
    const { readAnswersFile } = await import('../answers-file.js');
    given = await readAnswersFile(io.cwd, file);
  }
  const result = runScripted(deck, given);
  if (!result.ok) {
    throw new UsageError((w) => `${w.usage.routeMismatch(quote(arg))}\n${mismatchLines(result.problems, w)}`);
  }
  if (!result.walk.complete)
    io.stderr.write(`${words(opts.lang).usage.routeShort(quote(arg), result.walk.next!.id)}\n`);
  return { path: result.walk.path, name };
}

async function renderSvg(dot: string): Promise<string> {
  const { instance } = await import('@viz-js/viz');
  const viz = await instance();
  const r = viz.render(dot, { format: 'svg' });
  // Graphviz's messages quote the input: one line each, through the one cleaner.
  if (r.status !== 'success')
    throw new UsageError((w) => w.usage.graphviz(r.errors.map((e) => clean(e.message.trim(), 'visible')).join('; ')));
  return r.output;
}

// One landscape A4 page: the diagram is scaled to the page (width and height), and the header
// and legend are kept small so the diagram gets the room. Graphviz sizes are points, so the
// printed text size is the font size times the scale; tests/e2e/workshop-chromium.test.ts checks
// that the default diagram of the bundled deck prints at 8 pt or more.
const PAGE_CSS = `
main { max-width: none; margin: 0; padding: 0; }
header h1 { font-size: 14pt; margin: 0 0 1mm; }
header .meta { margin: 0; font-size: 9pt; }
figure { margin: 0; }
figure svg { width: 100%; height: auto; max-height: 170mm; display: block; }
.legend { display: flex; flex-wrap: wrap; gap: .1rem 1rem; padding: 0; margin: 1.5mm 0; list-style: none; font-size: 9pt; }
@page { size: A4 landscape; margin: 8mm; }
@media print {
  /* The page is a column: heading and legend, then the diagram in whatever height is left,
     scaled to fit (never pushed whole onto a second page, which left the first one blank). */
  body { margin: 0; }
  main { display: flex; flex-direction: column; height: 192mm; overflow: hidden; }
  figure { flex: 1 1 auto; min-height: 0; }
  figure svg { width: 100%; height: 100%; max-height: none; }
}
`;

async function graphPage(
  deck: Deck,
  lang: Lang,
  title: string,
  svg: string,
  highlighted: boolean,
  detail: GraphBuildOptions['detail'],
): Promise<string> {
  const { escapeHtml, page } = await import('../../render/html.js');
  const G = words(lang).graphLegend;
  const legend = [
    G.question,
    ...(detail === 'cards' ? [G.option, G.shapes] : [G.arrowText, G.urgent]),
    ...(detail === 'collapsed' ? [G.coloured] : []),
    ...(detail === 'cards' ? [G.dashed] : []),
    ...(highlighted ? [G.route] : []),
  ];
  const body = `<header><h1>${escapeHtml(title)}</h1><p class="meta">${escapeHtml(`${deck.meta.id} · ${words(lang).graphPage.reviewed} ${deck.meta.reviewed}`)}</p></header>
<ul class="legend">${legend.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>
<figure>${svg.replace(/^[\s\S]*?(<svg\b)/, '$1')}</figure>`;
  return page(lang, title, body, PAGE_CSS);
}
