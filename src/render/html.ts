// The summary as one self-contained, print-ready HTML page (A4): no scripts, no external files.
// Every card text is escaped: inline Markdown is rendered, raw HTML in a card is shown as text,
// and only http(s), mailto and tel links are kept.

import { Marked, type Tokens } from 'marked';
import { buildBrief } from '../core/brief.js';
import { labels } from '../core/labels.js';
import type { ContactItem, Summary } from '../core/summary.js';
import type { Basis } from '../core/types.js';
import { becauseOnce } from './because.js';
import { actNowIntro, briefCallText, briefDutyText, dutyGroups, missingText } from './markdown.js';
import { withoutControls } from './wrap.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const SAFE_URL = /^(https?:|mailto:|tel:)/i;

const md = new Marked({
  gfm: true,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(token.text);
    },
    link(this: { parser: { parseInline(t: Tokens.Generic[]): string } }, token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      return SAFE_URL.test(token.href) ? `<a href="${escapeHtml(token.href)}">${text}</a>` : text;
    },
    image(token: Tokens.Image) {
      return escapeHtml(token.text);
    },
  },
});

/** Inline Markdown from a card, made safe for HTML. */
export function inline(text: string): string {
  return md.parseInline(text, { async: false }) as string;
}

export function renderHtml(s: Summary): string {
  const L = labels(s.lang);
  const parts: string[] = [];
  const p = (html: string) => parts.push(html);
  const because = (text: string | undefined) => (text ? `<p class="because">${escapeHtml(text)}.</p>` : '');

  p(`<header><h1>${escapeHtml(L.summaryTitle)}</h1>`);
  p(
    `<p class="meta">${escapeHtml(`${s.deck.title} · ${L.version} ${s.deck.version} · ${L.reviewed} ${s.deck.reviewed} · ${L.generated} ${s.generated}`)}</p></header>`,
  );

  if (s.actNow) {
    p(
      `<section class="act-now"><h2>⚠ ${escapeHtml(L.actNow)}</h2><p><strong>${escapeHtml(actNowIntro(s, L))}</strong></p><ul>`,
    );
    for (const c of s.actNow.contacts)
      p(`<li><strong class="phone">${escapeHtml(c.phone ?? '')}</strong> ${inline(c.title)}: ${inline(c.when)}</li>`);
    p('</ul>');
    if (s.actNow.text) p(`<p>${inline(s.actNow.text)}</p>`);
    p('</section>');
  }

  p(briefHtml(s));

  // Page 1 in print: the short block, whom to call and the steps. The legal text follows.
  p(`<section class="contacts"><h2>${escapeHtml(L.contacts)}</h2><ol class="contacts">`);
  const contactWhy = becauseOnce(s, s.contacts);
  s.contacts.forEach((c, i) => p(contactHtml(c, s) + because(contactWhy[i]) + '</li>'));
  p('</ol>');
  if (s.contacts.length === 0) p(`<p>${escapeHtml(L.none)}</p>`);
  p('</section>');

  p(`<section class="steps"><h2>${escapeHtml(L.steps)}</h2><ul class="steps">`);
  const stepWhy = becauseOnce(s, s.steps);
  s.steps.forEach((st, i) => {
    p(
      `<li><label><input type="checkbox"> <strong>${inline(st.title)}</strong> <span class="urgency">(${escapeHtml(L.urgency[st.urgency] ?? st.urgency)})</span></label>${st.text ? ` – ${inline(st.text)}` : ''}${because(stepWhy[i])}</li>`,
    );
  });
  p('</ul>');
  if (s.steps.length === 0) p(`<p>${escapeHtml(L.none)}</p>`);
  p('</section>');

  p(`<section class="legal sharing"><h2>${escapeHtml(L.sharing)}</h2>`);
  if (s.sharing.length === 0) p(`<p>${escapeHtml(L.none)}</p>`);
  const sharingWhy = becauseOnce(s, s.sharing);
  s.sharing.forEach((x, i) => {
    p(`<article><h4>${inline(x.title)}</h4><dl>`);
    p(
      `<dt>${escapeHtml(L.share)}</dt><dd>${inline(x.share)}</dd><dt>${escapeHtml(L.with)}</dt><dd>${inline(x.with)}</dd><dt>${escapeHtml(L.why)}</dt><dd>${inline(x.why)}</dd>`,
    );
    if (x.not) p(`<dt>${escapeHtml(L.not)}</dt><dd class="not">${inline(x.not)}</dd>`);
    p(
      `</dl><p class="basis"><strong>${escapeHtml(L.provisions)}:</strong> ${basisHtml(x.basis)} (${escapeHtml(`${L.reviewed} ${x.reviewed}`)})</p>`,
    );
    p(because(sharingWhy[i]) + '</article>');
  });
  p('</section>');

  p(`<section class="legal duties"><h2>${escapeHtml(L.duties)}</h2>`);
  if (s.duties.length === 0) p(`<p>${escapeHtml(L.none)}</p>`);
  for (const [status, duties] of dutyGroups(s.duties)) {
    p(`<h3 class="status-${status}">${escapeHtml(L.dutyStatus[status]!)}</h3>`);
    const why = becauseOnce(s, duties);
    duties.forEach((d, i) => {
      p(`<article><h4>${inline(d.title)}</h4>`);
      if (d.condition) p(`<p class="condition"><em>${inline(d.condition)}</em></p>`);
      p(`<p>${inline(d.summary)}</p>`);
      p(`<p><strong>${escapeHtml(L.meaning)}:</strong> ${inline(d.meaning)}</p>`);
      if (d.limits) p(`<p><strong>${escapeHtml(L.limits)}:</strong> ${inline(d.limits)}</p>`);
      p(
        `<p class="basis"><strong>${escapeHtml(L.provisions)}:</strong> ${basisHtml(d.basis)} (${escapeHtml(`${L.reviewed} ${d.reviewed}`)})</p>`,
      );
      if (d.sources.length > 0)
        p(
          `<p class="sources"><strong>${escapeHtml(L.sources)}:</strong> ${d.sources.map((x) => link(x.url, x.title)).join(' · ')}</p>`,
        );
      p(because(why[i]) + '</article>');
    });
  }
  p('</section>');

  p(`<section class="small"><h2>${escapeHtml(L.answers)}</h2><ol class="answers">`);
  for (const a of s.answers)
    p(`<li>${inline(a.questionText)} → <strong>${a.options.map((o) => inline(o.label)).join(', ')}</strong></li>`);
  p('</ol></section>');

  if (s.texts.record)
    p(`<section class="small"><h2>${escapeHtml(L.record)}</h2><p>${inline(s.texts.record)}</p></section>`);
  if (s.texts.disagree)
    p(`<section class="small"><h2>${escapeHtml(L.disagree)}</h2><p>${inline(s.texts.disagree)}</p></section>`);

  p(
    `<footer class="small"><h2>${escapeHtml(L.about)}</h2><p>${escapeHtml(`${L.deck}: ${s.deck.id} ${L.version} ${s.deck.version}, ${L.reviewed} ${s.deck.reviewed}. ${L.generated[0]!.toUpperCase() + L.generated.slice(1)} ${s.generated}.`)}</p>`,
  );
  if (s.municipality) p(`<p>${escapeHtml(`${L.municipality}: ${s.municipality}.`)}</p>`);
  if (s.texts.disclaimer) p(`<p><em>${inline(s.texts.disclaimer)}</em></p>`);
  p(`<p><em>${escapeHtml(L.privacy)}</em></p></footer>`);

  return page(s.lang === 'en' ? 'en' : 'nb', L.summaryTitle, parts.join('\n'), SUMMARY_CSS);
}

/** "Kort fortalt": the same lines as in the terminal and the Markdown file, in a box. */
function briefHtml(s: Summary): string {
  const L = labels(s.lang);
  const b = buildBrief(s);
  const out = [`<section class="brief"><h2>${escapeHtml(L.brief)}</h2>`];
  const duty = briefDutyText(b, s.lang, L.seeBelow);
  if (duty) out.push(`<p>${inline(duty)}</p>`);
  const call = briefCallText(b, s.lang);
  if (call) out.push(`<p class="call">${inline(call)}</p>`);
  if (b.steps.length > 0) {
    out.push(`<p><strong>${escapeHtml(L.doThis)}:</strong></p><ul class="steps">`);
    for (const st of b.steps)
      out.push(
        `<li><label><input type="checkbox"> <span class="when">${escapeHtml(L.urgencyWhen[st.urgency] ?? st.urgency)}:</span> ${inline(st.title)}</label></li>`,
      );
    out.push('</ul>');
  }
  out.push('</section>');
  return out.join('');
}

/** A complete, self-contained HTML document with A4 print CSS. Shared with other HTML output. */
export function page(lang: string, title: string, body: string, extraCss = ''): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(withoutControls(title))}</title>
<style>${CSS}${extraCss}</style>
</head>
<body>
<main>
${withoutControls(body)}
</main>
</body>
</html>
`;
}

const CSS = `
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #111; background: #fff; margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; border-bottom: 2px solid #111; padding-bottom: .15rem; margin-top: 1.6rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 .3rem; }
.meta, .because { color: #444; font-size: .9em; }
.because { font-style: italic; margin-top: .2rem; }
.act-now { border: 3px solid #000; padding: .2rem 1rem .6rem; margin-top: 1rem; }
.act-now h2 { border: 0; }
.phone { font-size: 1.15em; white-space: nowrap; }
.brief .call strong:nth-of-type(2) { font-size: 1.15em; white-space: nowrap; } /* the number in the first call */
dl { display: grid; grid-template-columns: 9rem 1fr; gap: .2rem .8rem; margin: .3rem 0; }
dt { font-weight: 600; }
dd { margin: 0; }
.not { font-weight: 600; }
ul.steps { list-style: none; padding-left: 0; }
ul.steps li { margin: .4rem 0; }
input[type=checkbox] { width: 1.1em; height: 1.1em; vertical-align: -0.15em; }
a { color: #0645ad; overflow-wrap: anywhere; }
article, li { break-inside: avoid; page-break-inside: avoid; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
@page { size: A4; margin: 16mm 15mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  a { color: #111; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; color: #333; }
}
`;

/**
 * The summary's print layout: compact type so that page 1 holds the short block, the contacts and
 * the steps; the legal texts (sharing, duties) smaller and after them. Contacts and steps are never
 * split mid-item; a long legal text may run on to the next page rather than leave half a page empty.
 */
const SUMMARY_CSS = `
.brief { border: 2px solid #111; padding: .1rem .9rem .4rem; margin-top: .8rem; }
.brief h2 { border: 0; margin-top: .4rem; }
.brief p { margin: .3rem 0; }
.brief ul.steps li { margin: .15rem 0; }
.when { font-weight: 600; }
ol.contacts li { margin: .3rem 0; }
.legal { font-size: .92em; }
.legal h3 { margin-top: .8rem; }
.small { font-size: .88em; }
@media print {
  body { font-size: 9.5pt; line-height: 1.25; }
  h1 { font-size: 15pt; }
  h2 { font-size: 11.5pt; margin-top: .7rem; }
  h3 { font-size: 10.5pt; margin: .5rem 0 .15rem; }
  h4 { font-size: 10pt; margin: .45rem 0 .1rem; }
  p, dl { margin: .2rem 0; }
  ul.steps li, ol.contacts li { margin: .12rem 0; }
  .because { margin-top: 0; }
  .legal { font-size: 8.5pt; }
  .legal article { break-inside: auto; page-break-inside: auto; }
  .legal h3 { margin: .4rem 0 .1rem; }
  .legal h4 { margin: .35rem 0 .05rem; }
  .small { font-size: 8.5pt; }
  .small h2 { margin-top: .5rem; }
  .small p, .legal p { margin: .1rem 0; }
  ol.contacts { columns: 2; column-gap: 1.2rem; padding-left: 1.2rem; }
  ol.contacts li { break-inside: avoid; }
  .brief ul.steps { margin: .1rem 0; }
  .legal dl { grid-template-columns: 7rem 1fr; }
  section.steps, section.contacts { font-size: 8.5pt; }
  ul.steps li .because, ol.contacts li .because { display: inline; margin-left: .3em; font-size: 8pt; }
  header { margin-bottom: 0; }
  .meta { margin: 0; }
  a.bare::after { content: none !important; }
  @page { margin: 10mm 12mm; }
}
`;

function basisHtml(basis: readonly Basis[]): string {
  return basis.map((b) => link(b.url, `${b.law} ${b.section}`)).join(' · ');
}

function link(url: string, text: string): string {
  return SAFE_URL.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function contactHtml(c: ContactItem, s: Summary): string {
  const L = labels(s.lang);
  const bits: string[] = [];
  if (c.phone) bits.push(`${escapeHtml(L.phone)}: <strong class="phone">${escapeHtml(c.phone)}</strong>`);
  if (c.url)
    bits.push(
      `${escapeHtml(L.web)}: ${SAFE_URL.test(c.url) ? `<a class="bare" href="${escapeHtml(c.url)}">${escapeHtml(c.url)}</a>` : escapeHtml(c.url)}`,
    );
  if (c.hours) bits.push(`${escapeHtml(L.hours)}: ${inline(c.hours)}`);
  const missing = c.missing ? `<p class="not">${escapeHtml(missingText(c, s))}</p>` : '';
  return `<li><strong>${inline(c.title)}</strong>${bits.length ? ` – ${bits.join(' · ')}` : ''}<br>${inline(c.when)}${missing}`;
}
