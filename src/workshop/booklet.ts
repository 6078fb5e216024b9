// The whole deck as a printable booklet (handout): the national numbers first, then every duty,
// sharing rule, contact and step with provisions and links, the deck's fixed texts and the
// sources. Pure: a deck in, Markdown or one self-contained HTML page (A4 print CSS) out.

import { labels } from '../core/labels.js';
import { L, localize } from '../core/text.js';
import type { Basis, ContactCard, Deck, DutyCard, Lang, SharingCard, SourceCard, StepCard } from '../core/types.js';
import { URGENCIES } from '../core/types.js';
import { byOrder } from '../core/summary.js';
import { words } from '../core/words/index.js';
import { escapeHtml, inline, page } from '../render/html.js';
import { withoutControls } from '../render/wrap.js';
import { scope } from './graph.js';

export interface Booklet {
  lang: Lang;
  title: string;
  /** The audience (an answer to the first question), when the booklet is cut to one. */
  sector?: { id: string; label: string };
  version: string;
  reviewed: string;
  municipality?: string;
  generated: string;
  numbers: ContactCard[];
  localContacts: ContactCard[];
  duties: DutyCard[];
  sharing: SharingCard[];
  contacts: ContactCard[];
  steps: StepCard[];
  sources: SourceCard[];
}

/**
 * The booklet for the whole deck, or (with `sector`) for one audience: the reference cards the
 * flow can add when the first question is answered with that sector (conditions on it decide),
 * and the sources those cards cite.
 */
export function booklet(deck: Deck, lang: Lang, generated: string, opts: { sector?: string } = {}): Booklet {
  const sc = opts.sector !== undefined ? scope(deck, { sector: opts.sector }) : undefined;
  // Emergency contacts are in every booklet, whatever the flow adds.
  let all = [...deck.cards.values()].filter(
    (c) =>
      !sc || c.kind === 'question' || c.kind === 'source' || (c.kind === 'contact' && c.emergency) || sc.cardMay(c),
  );
  if (sc) {
    const cited = new Set(all.flatMap((c) => ('sources' in c && Array.isArray(c.sources) ? c.sources : [])));
    all = all.filter((c) => c.kind !== 'source' || cited.has(c.id));
  }
  const start = deck.cards.get(deck.meta.start);
  const sectorOption =
    opts.sector !== undefined && start?.kind === 'question'
      ? start.options.find((o) => o.id === opts.sector)
      : undefined;
  const contacts = all.filter((c): c is ContactCard => c.kind === 'contact').sort(byOrder);
  return {
    lang,
    title: L(deck.meta.title, lang),
    ...(sectorOption ? { sector: { id: sectorOption.id, label: L(sectorOption.label, lang) } } : {}),
    version: deck.meta.version,
    reviewed: deck.meta.reviewed,
    ...(deck.municipality ? { municipality: deck.municipality } : {}),
    generated,
    // National numbers: every national contact with a phone number, emergency numbers first.
    numbers: contacts
      .filter((c) => c.phone && !c.local && !deck.localIds.has(c.id))
      .sort((a, b) => Number(Boolean(b.emergency)) - Number(Boolean(a.emergency))),
    // The municipality's contacts: filled in by the overlay, or placeholders to fill in by hand.
    localContacts: contacts.filter((c) => deck.localIds.has(c.id) || c.local),
    duties: all.filter((c): c is DutyCard => c.kind === 'duty'),
    sharing: all.filter((c): c is SharingCard => c.kind === 'sharing'),
    contacts,
    steps: all
      .filter((c): c is StepCard => c.kind === 'step')
      .sort((a, b) => URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency) || byOrder(a, b)),
    sources: all.filter((c): c is SourceCard => c.kind === 'source'),
  };
}

function sourceTitle(deck: Deck, id: string, lang: Lang): { title: string; url?: string } {
  const s = deck.cards.get(id);
  return s?.kind === 'source' ? { title: L(s.title, lang), url: s.url } : { title: id };
}

// --- Markdown ----------------------------------------------------------------------------------

export function bookletMarkdown(deck: Deck, b: Booklet): string {
  const T = labels(b.lang);
  const X = words(b.lang).booklet;
  const lang = b.lang;
  const out: string[] = [];
  const line = (t = '') => out.push(t);
  const basis = (bs: Basis[]) => bs.map((x) => `[${x.law} ${x.section}](${x.url})`).join(' · ');
  const texts = deck.meta.texts ?? {};

  const filled = (c: ContactCard) => !c.local || deck.localIds.has(c.id);
  line(`# ${b.title}${b.sector ? ` – ${X.forSector} ${b.sector.label}` : ''}`);
  line();
  line(`${X.booklet} · ${T.version} ${b.version} · ${T.reviewed} ${b.reviewed} · ${T.generated} ${b.generated}`);
  line();
  line(`## ${X.numbers}`);
  line();
  line(`**${X.numbersIntro}**`);
  line();
  for (const c of b.numbers)
    line(`- **${c.phone}** – ${L(c.name, lang)}${c.emergency ? ` (${X.emergency})` : ''}: ${L(c.when, lang)}`);
  line();
  line(`## ${X.local}${b.municipality ? `: ${b.municipality}` : ''}`);
  line();
  if (b.localContacts.some((c) => !filled(c))) line(X.localNone), line();
  for (const c of b.localContacts) {
    line(
      filled(c)
        ? `- **${c.phone ?? c.url ?? ''}** – ${L(c.name, lang)}: ${L(c.when, lang)}`
        : `- ${L(c.name, lang)} – ${X.fillIn}: ________________`,
    );
  }
  line();
  const actNow = localize(texts.actNow, lang);
  if (actNow) line(actNow), line();

  // One sector's handout has the same short texts as its printed page (see bookletHtml).
  const short = Boolean(b.sector);
  line(`## ${X.duties}`);
  line();
  if (short) line(`*${X.shortened}*`), line();
  for (const d of b.duties) {
    line(`### ${L(d.title, lang)}`);
    line();
    if (short && d.status) {
      const condition = d.status === 'conditional' ? localize(d.condition, lang) : undefined;
      line(`**${T.statusShort[d.status]}**${condition ? `: ${condition}` : ''}`), line();
    }
    line(L(d.summary, lang));
    line();
    if (!short) {
      line(`**${T.meaning}:** ${L(d.meaning, lang)}`);
      line();
      const limits = localize(d.limits, lang);
      if (limits) line(`**${T.limits}:** ${limits}`), line();
    }
    line(`**${T.provisions}:** ${basis(d.basis)} (${T.reviewed} ${d.reviewed})`);
    line();
    if (d.sources?.length && !short)
      line(
        `**${T.sources}:** ${d.sources
          .map((id) => sourceTitle(deck, id, lang))
          .map((s) => (s.url ? `[${s.title}](${s.url})` : s.title))
          .join(' · ')}`,
      ),
        line();
  }

  line(`## ${X.sharing}`);
  line();
  for (const x of b.sharing) {
    line(`### ${L(x.title, lang)}`);
    line();
    line(`- **${T.share}:** ${L(x.share, lang)}`);
    line(`- **${T.with}:** ${L(x.with, lang)}`);
    line(`- **${T.why}:** ${L(x.why, lang)}`);
    const not = short ? undefined : localize(x.not, lang);
    if (not) line(`- **${T.not}:** ${not}`);
    line();
    line(`**${T.provisions}:** ${basis(x.basis)} (${T.reviewed} ${x.reviewed})`);
    line();
  }

  line(`## ${X.contacts}`);
  line();
  for (const c of b.contacts) {
    const missing = c.local && !deck.localIds.has(c.id);
    const bits = [
      c.phone ? `${T.phone}: **${c.phone}**` : '',
      c.url ? `${T.web}: <${c.url}>` : '',
      localize(c.hours, lang) ? `${T.hours}: ${localize(c.hours, lang)}` : '',
    ].filter(Boolean);
    line(`### ${L(c.name, lang)}`);
    line();
    if (bits.length) line(bits.join(' · ')), line();
    line(`${X.when}: ${L(c.when, lang)}`);
    line();
    if (missing) line(`${X.fillIn}: ________________`), line();
  }

  line(`## ${X.steps}`);
  line();
  for (const s of b.steps) {
    const text = short ? undefined : localize(s.text, lang);
    line(`- [ ] **${L(s.title, lang)}** (${T.urgency[s.urgency]})${text ? ` – ${text}` : ''}`);
  }
  line();

  const fixed = [
    [T.record, texts.record],
    [T.disagree, texts.disagree],
  ] as const;
  if (fixed.some(([, t]) => t)) {
    line(`## ${X.texts}`);
    line();
    for (const [h, t] of fixed) if (t) line(`### ${h}`), line(), line(L(t, lang)), line();
  }

  if (b.sources.length) {
    line(`## ${X.sources}`);
    line();
    for (const s of b.sources)
      line(`- [${L(s.title, lang)}](${s.url})${s.publisher ? ` – ${s.publisher}` : ''} (${T.reviewed} ${s.reviewed})`);
    line();
  }
  const disclaimer = localize(texts.disclaimer, lang);
  if (disclaimer) line(`*${disclaimer}*`), line();
  line(`*${T.privacy}*`);
  return withoutControls(out.join('\n') + '\n'); // printed to the terminal without --out
}

// --- HTML --------------------------------------------------------------------------------------

// Compact print: one sector's booklet fits on four A4 pages. The numbers come first on page 1;
// chapters follow without forced page breaks, cards in two columns, links to provisions print
// as the provision (law and section) only, sources with their address.
const BOOKLET_CSS = `
.cover h1 { font-size: 1.5rem; margin-top: 0; }
.cover h1 .sector { font-weight: 400; }
.numbers { list-style: none; padding: 0; margin: .3rem 0; }
.numbers li { border: 2px solid #111; padding: .3rem .7rem; margin: .3rem 0; display: grid; grid-template-columns: minmax(6rem, max-content) 1fr; gap: .7rem; align-items: baseline; }
.numbers .phone { font-size: 1.5em; font-weight: 700; white-space: nowrap; }
.numbers .emergency { border-width: 4px; }
.numbers .emergency .phone { font-size: 2em; }
.numbers .tag { font-weight: 700; text-transform: uppercase; font-size: .8em; }
.numbers li.fill { display: block; border-style: dashed; }
.line { display: inline-block; min-width: 14rem; border-bottom: 1.5px solid #111; height: 1.4em; vertical-align: bottom; }
.others { columns: 2; padding-left: 1.1rem; margin: .3rem 0; }
.card { border-left: 3px solid #111; padding-left: .6rem; margin: .5rem 0; }
.card p, .card dl { margin: .2rem 0; }
.card h3 { margin: .2rem 0; }
.toc { columns: 3; margin: .2rem 0; }
nav h2 { font-size: 1rem; }
@media print {
  body { font-size: 8pt; line-height: 1.12; }
  .card { margin: .25rem 0; padding-left: .45rem; }
  .card h3 { margin: .1rem 0; }
  p { margin: .3rem 0; }
  .numbers li { padding: .2rem .6rem; margin: .2rem 0; }
  h2 { font-size: 12pt; margin: .6rem 0 .3rem; }
  h3 { font-size: 10pt; }
  .card h3 { font-size: 9pt; }
  nav { display: none; }
  .numbers.local { display: grid; grid-template-columns: 1fr 1fr; column-gap: 3mm; }
  .numbers.local li { margin: .15rem 0; padding: .2rem .5rem; }
  .line { min-width: 9rem; }
  /* Tighter than the body (1.12): at 1.15 one more step title pushed the hospital handout to a fifth page. */
  #sources ul { columns: 2; column-gap: 6mm; line-height: 1.08; padding-left: 1rem; margin: .2rem 0; }
  footer p { margin: .2rem 0; }
  #sources a::after { font-size: 1em; }
  #sources a.site::after { content: none; }
  #duties, #sharing, #contacts, #steps, #texts { columns: 2; column-gap: 6mm; }
  #duties h2, #sharing h2, #contacts h2, #steps h2, #texts h2, #duties .shortened { column-span: all; }
  #texts h3 { margin: .1rem 0; }
  dl { display: block; }
  dt { display: inline; }
  dt::after { content: ": "; }
  dd { display: inline; }
  dd::after { content: ""; display: block; margin-bottom: .05rem; }
  article, li { break-inside: auto; page-break-inside: auto; }
  .basis a::after, .sources a::after { content: none; }
  /* A contact's link text is its address already. */
  #contacts a::after { content: none; }
  ul.steps li { margin: .05rem 0; }
  ul.steps { margin: 0 0 .2rem; }
  #steps h3.when { font-size: 9pt; margin: .25rem 0 .05rem; }
  ul.contacts { padding-left: 1rem; margin: .2rem 0; }
  ul.contacts li { margin: .1rem 0; }
}
@page { size: A4; margin: 8mm 10mm; }
`;

export function bookletHtml(deck: Deck, b: Booklet): string {
  const T = labels(b.lang);
  const X = words(b.lang).booklet;
  const lang = b.lang;
  const parts: string[] = [];
  const p = (html: string) => parts.push(html);
  const texts = deck.meta.texts ?? {};
  const link = (url: string, text: string) =>
    /^(https?:|mailto:|tel:)/i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
  const basis = (bs: Basis[]) => bs.map((x) => link(x.url, `${x.law} ${x.section}`)).join(' · ');
  const H = (t: string) => escapeHtml(t);

  // Page 1: whom to call. Emergency numbers first and largest, then the municipality's own
  // numbers (or lines to write them on), then the other national numbers.
  const filled = (c: ContactCard) => !c.local || deck.localIds.has(c.id);
  const numberLi = (c: ContactCard) =>
    `<li class="${c.emergency ? 'emergency' : ''}"><span class="phone">${H(c.phone ?? '')}</span><span><strong>${inline(L(c.name, lang))}</strong>${c.emergency ? ` <span class="tag">(${H(X.emergency)})</span>` : ''} – ${inline(L(c.when, lang))}</span></li>`;
  p(
    `<section class="cover"><header><h1>${inline(b.title)}${b.sector ? ` <span class="sector">– ${H(`${X.forSector} ${b.sector.label}`)}</span>` : ''}</h1>`,
  );
  p(
    `<p class="meta">${H(`${X.booklet} · ${T.version} ${b.version} · ${T.reviewed} ${b.reviewed} · ${T.generated} ${b.generated}`)}</p></header>`,
  );
  p(`<h2 id="numbers">${H(X.callFirst)}</h2><p><strong>${H(X.numbersIntro)}</strong></p><ul class="numbers">`);
  for (const c of b.numbers.filter((x) => x.emergency)) p(numberLi(c));
  p('</ul>');
  p(`<h2 id="local">${H(`${X.local}${b.municipality ? `: ${b.municipality}` : ''}`)}</h2>`);
  if (b.localContacts.some((c) => !filled(c))) p(`<p>${H(X.localNone)}</p>`);
  p('<ul class="numbers local">');
  for (const c of b.localContacts) {
    p(
      filled(c)
        ? `<li><span class="phone">${H(c.phone ?? '')}</span><span><strong>${inline(L(c.name, lang))}</strong> – ${inline(L(c.when, lang))}</span></li>`
        : `<li class="fill"><span><strong>${inline(L(c.name, lang))}</strong><br>${H(X.fillIn)}: <span class="line"></span></span></li>`,
    );
  }
  p('</ul>');
  const others = b.numbers.filter((x) => !x.emergency);
  if (others.length) {
    p(`<h2>${H(X.otherNumbers)}</h2><ul class="others">`);
    for (const c of others) p(`<li><strong class="phone">${H(c.phone ?? '')}</strong> ${inline(L(c.name, lang))}</li>`);
    p('</ul>');
  }
  const actNow = localize(texts.actNow, lang);
  if (actNow) p(`<p>${inline(actNow)}</p>`);
  p(
    `<nav><h2>${H(X.contents)}</h2><ol class="toc"><li><a href="#duties">${H(X.duties)}</a></li><li><a href="#sharing">${H(X.sharing)}</a></li><li><a href="#contacts">${H(X.contacts)}</a></li><li><a href="#steps">${H(X.steps)}</a></li>${b.sources.length ? `<li><a href="#sources">${H(X.sources)}</a></li>` : ''}</ol></nav>`,
  );
  p('</section>');

  // One sector's handout prints less, not smaller: per duty the title, its default status, the
  // summary and the provisions; per sharing rule what, with whom and why in one paragraph. The
  // full texts stay in the whole-deck booklet, and the handout says where they are.
  const short = Boolean(b.sector);
  // A card's check date; the short handout prints it only where it differs from the deck's date
  // in its header.
  const checked = (date: string) => (short && date === b.reviewed ? '' : ` (${H(`${T.reviewed} ${date}`)})`);
  p(`<section id="duties"><h2>${H(X.duties)}</h2>`);
  if (short) p(`<p class="shortened"><em>${H(X.shortened)}</em></p>`);
  for (const d of b.duties) {
    p(`<article class="card" id="${H(d.id)}"><h3>${inline(L(d.title, lang))}</h3>`);
    if (short && d.status) {
      const condition = d.status === 'conditional' ? localize(d.condition, lang) : undefined;
      p(
        `<p class="status"><strong>${H(T.statusShort[d.status]!)}</strong>${condition ? `: ${inline(condition)}` : ''}</p>`,
      );
    }
    p(`<p>${inline(L(d.summary, lang))}</p>`);
    if (!short) {
      p(`<p><strong>${H(T.meaning)}:</strong> ${inline(L(d.meaning, lang))}</p>`);
      const limits = localize(d.limits, lang);
      if (limits) p(`<p><strong>${H(T.limits)}:</strong> ${inline(limits)}</p>`);
    }
    p(`<p class="basis"><strong>${H(T.provisions)}:</strong> ${basis(d.basis)}${checked(d.reviewed)}</p>`);
    if (d.sources?.length && !b.sector)
      p(
        `<p class="sources"><strong>${H(T.sources)}:</strong> ${d.sources
          .map((id) => sourceTitle(deck, id, lang))
          .map((s) => (s.url ? link(s.url, s.title) : H(s.title)))
          .join(' · ')}</p>`,
      );
    p('</article>');
  }
  p('</section>');

  p(`<section id="sharing"><h2>${H(X.sharing)}</h2>`);
  for (const x of b.sharing) {
    if (short) {
      p(`<article class="card" id="${H(x.id)}"><h3>${inline(L(x.title, lang))}</h3>`);
      p(
        `<p><strong>${H(T.share)}:</strong> ${inline(L(x.share, lang))} <strong>${H(T.with)}:</strong> ${inline(L(x.with, lang))} <strong>${H(T.why)}:</strong> ${inline(L(x.why, lang))}</p>`,
      );
      p(`<p class="basis"><strong>${H(T.provisions)}:</strong> ${basis(x.basis)}${checked(x.reviewed)}</p></article>`);
      continue;
    }
    p(`<article class="card" id="${H(x.id)}"><h3>${inline(L(x.title, lang))}</h3><dl>`);
    p(
      `<dt>${H(T.share)}</dt><dd>${inline(L(x.share, lang))}</dd><dt>${H(T.with)}</dt><dd>${inline(L(x.with, lang))}</dd><dt>${H(T.why)}</dt><dd>${inline(L(x.why, lang))}</dd>`,
    );
    const not = localize(x.not, lang);
    if (not) p(`<dt>${H(T.not)}</dt><dd class="not">${inline(not)}</dd>`);
    p(
      `</dl><p class="basis"><strong>${H(T.provisions)}:</strong> ${basis(x.basis)} (${H(`${T.reviewed} ${x.reviewed}`)})</p></article>`,
    );
  }
  p('</section>');

  // In one sector's handout the numbers are on page 1 already, so the contacts chapter holds the
  // rest (web addresses), and steps are a checklist of titles.
  p(`<section id="contacts"><h2>${H(X.contacts)}</h2><ul class="contacts">`);
  for (const c of b.contacts) {
    if (short && (c.phone || c.local)) continue;
    const bits: string[] = [];
    if (c.phone) bits.push(`${H(T.phone)}: <strong class="phone">${H(c.phone)}</strong>`);
    if (c.url) bits.push(`${H(T.web)}: ${link(c.url, c.url)}`);
    const hours = localize(c.hours, lang);
    if (hours) bits.push(`${H(T.hours)}: ${inline(hours)}`);
    const missing = c.local && !deck.localIds.has(c.id) ? `<br>${H(X.fillIn)}: <span class="line"></span>` : '';
    p(
      `<li id="${H(c.id)}"><strong>${inline(L(c.name, lang))}</strong>${bits.length ? ` – ${bits.join(' · ')}` : ''}<br>${inline(L(c.when, lang))}${missing}</li>`,
    );
  }
  p('</ul></section>');

  p(`<section id="steps"><h2>${H(X.steps)}</h2>`);
  if (short) {
    // A checklist of titles under one heading per urgency (the steps are sorted by it).
    for (const u of URGENCIES) {
      const group = b.steps.filter((s) => s.urgency === u);
      if (!group.length) continue;
      const when = T.urgency[u];
      p(`<h3 class="when">${H(when.charAt(0).toUpperCase() + when.slice(1))}</h3><ul class="steps">`);
      for (const s of group)
        p(
          `<li id="${H(s.id)}"><label><input type="checkbox"> <strong>${inline(L(s.title, lang))}</strong></label></li>`,
        );
      p('</ul>');
    }
  } else {
    p('<ul class="steps">');
    for (const s of b.steps) {
      const text = localize(s.text, lang);
      p(
        `<li id="${H(s.id)}"><label><input type="checkbox"> <strong>${inline(L(s.title, lang))}</strong> <span class="urgency">(${H(T.urgency[s.urgency])})</span></label>${text ? ` – ${inline(text)}` : ''}</li>`,
      );
    }
    p('</ul>');
  }
  p('</section>');

  const fixed = [
    [T.record, texts.record],
    [T.disagree, texts.disagree],
  ] as const;
  if (fixed.some(([, t]) => t)) {
    p(`<section id="texts"><h2>${H(X.texts)}</h2>`);
    for (const [h, t] of fixed) if (t) p(`<h3>${H(h)}</h3><p>${inline(L(t, lang))}</p>`);
    p('</section>');
  }
  if (b.sources.length) {
    p(`<section id="sources"><h2>${H(X.sources)}</h2><ul>`);
    // One sector's handout prints each source's site, not its whole address (the link stays in
    // the file, and the whole-deck booklet prints it).
    const host = (url: string) => {
      try {
        return new URL(url).host.replace(/^www\./, '');
      } catch {
        return '';
      }
    };
    for (const s of b.sources) {
      p(
        short
          ? `<li>${link(s.url, L(s.title, lang)).replace('<a ', '<a class="site" ')}${host(s.url) ? ` (${H(host(s.url))})` : ''}</li>`
          : `<li>${link(s.url, L(s.title, lang))}${s.publisher ? ` – ${H(s.publisher)}` : ''} (${H(`${T.reviewed} ${s.reviewed}`)})</li>`,
      );
    }
    p('</ul></section>');
  }
  const disclaimer = localize(texts.disclaimer, lang);
  p(
    short
      ? `<footer><p><em>${disclaimer ? `${inline(disclaimer)} ` : ''}${H(T.privacy)}</em></p></footer>`
      : `<footer>${disclaimer ? `<p><em>${inline(disclaimer)}</em></p>` : ''}<p><em>${H(T.privacy)}</em></p></footer>`,
  );
  return page(lang, `${b.title} – ${X.booklet}`, parts.join('\n'), BOOKLET_CSS);
}

// --- Pocket card -------------------------------------------------------------------------------

const POCKET_CSS = `
main { max-width: 148mm; padding: 0; }
body { font-size: 9.5pt; line-height: 1.3; }
h1 { font-size: 13pt; margin: 0; }
h2 { font-size: 10.5pt; margin: 2.5mm 0 1mm; padding-bottom: 0; }
.numbers { list-style: none; padding: 0; margin: 0; }
.numbers li { display: grid; grid-template-columns: 32mm 1fr; gap: 3mm; align-items: baseline; border-bottom: 1px solid #999; padding: 1.2mm 0; }
.numbers .phone { font-weight: 700; font-size: 1.25em; white-space: nowrap; }
.numbers .emergency .phone { font-size: 1.7em; }
.line { display: inline-block; width: 30mm; border-bottom: 1.5px solid #111; height: 1.2em; }
ol.ask { margin: 0; padding-left: 5mm; }
ol.ask li { margin: .8mm 0; }
.meta { font-size: 7.5pt; }
@page { size: A5; margin: 8mm; }
@media print { body { font-size: 9.5pt; } main { padding: 0; } a[href^="http"]::after { content: none; } }
`;

/** One A5 page for the staff room: the numbers, three questions to ask yourself, where to report. */
export function pocketHtml(deck: Deck, b: Booklet): string {
  const T = labels(b.lang);
  const X = words(b.lang).booklet;
  const lang = b.lang;
  const H = (t: string) => escapeHtml(t);
  const filled = (c: ContactCard) => !c.local || deck.localIds.has(c.id);
  const parts: string[] = [];
  const p = (html: string) => parts.push(html);
  p(
    `<header><h1>${H(X.pocket)}${b.sector ? ` – ${H(b.sector.label)}` : ''}${b.municipality ? ` · ${H(b.municipality)}` : ''}</h1></header>`,
  );
  p(`<h2>${H(X.callFirst)}</h2><ul class="numbers">`);
  for (const c of b.numbers.filter((x) => x.emergency))
    p(
      `<li class="emergency"><span class="phone">${H(c.phone ?? '')}</span><span>${inline(L(c.name, lang))}</span></li>`,
    );
  for (const c of b.localContacts) {
    p(
      filled(c)
        ? `<li><span class="phone">${H(c.phone ?? '')}</span><span>${inline(L(c.name, lang))}</span></li>`
        : `<li><span class="line"></span><span>${inline(L(c.name, lang))}</span></li>`,
    );
  }
  p('</ul>');
  p(`<h2>${H(X.ask)}</h2><ol class="ask">${X.questions.map((q) => `<li>${H(q)}</li>`).join('')}</ol>`);
  p(`<h2>${H(X.report)}</h2><p>${H(X.reportText)}`);
  const office = b.localContacts.find((c) => c.id === 'lokal-barnevernstjeneste');
  if (office) p(filled(office) ? ` <strong>${H(office.phone ?? '')}</strong>` : ` <span class="line"></span>`);
  const online = b.contacts.find((c) => c.id === 'digital-bekymringsmelding');
  if (online?.url) p(` <strong>${H(online.url.replace(/^https:\/\//, ''))}</strong>`);
  p('</p>');
  p(`<p class="meta">${H(`${b.title} · ${T.version} ${b.version} · ${T.reviewed} ${b.reviewed}`)}</p>`);
  return page(lang, `${b.title} – ${X.pocket}`, parts.join('\n'), POCKET_CSS);
}
