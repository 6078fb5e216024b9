// The whole deck as a printable booklet (handout): the national numbers first, then every duty,
// sharing rule, contact and step with provisions and links, the deck's fixed texts and the
// sources. Pure: a deck in, Markdown or one self-contained HTML page (A4 print CSS) out.

import { labels } from '../core/labels.js';
import { L, localize } from '../core/text.js';
import type { Basis, ContactCard, Deck, DutyCard, Lang, SharingCard, SourceCard, StepCard } from '../core/types.js';
import { URGENCIES } from '../core/types.js';
import { escapeHtml, inline, page } from '../render/html.js';
import { withoutControls } from '../render/wrap.js';

const W = {
  nb: {
    booklet: 'Håndbok', numbers: 'Nasjonale nummer', numbersIntro: 'Er barnet i fare nå, ring nødnummer før du gjør noe annet.',
    local: 'Lokale kontakter', localNone: 'Ingen lokale nummer er lagt inn. Kommunen legger dem inn i tiltakskort.local.yaml (se README).',
    contents: 'Innhold', duties: 'Plikter', sharing: 'Deling av opplysninger', contacts: 'Kontakter', steps: 'Steg', texts: 'Godt å vite',
    summary: 'Hva som gjelder', emergency: 'nødnummer', when: 'Når', sources: 'Kilder', publisher: 'Utgiver', actNow: 'Mens du venter på hjelp',
    missing: 'Legg inn kommunens nummer', stepText: 'Hva du gjør',
  },
  en: {
    booklet: 'Handbook', numbers: 'National numbers', numbersIntro: 'If the child is in danger now, call an emergency number before anything else.',
    local: 'Local contacts', localNone: "No local numbers have been added. The municipality adds them in tiltakskort.local.yaml (see README).",
    contents: 'Contents', duties: 'Duties', sharing: 'Sharing information', contacts: 'Contacts', steps: 'Steps', texts: 'Good to know',
    summary: 'What applies', emergency: 'emergency', when: 'When', sources: 'Sources', publisher: 'Publisher', actNow: 'While you wait for help',
    missing: "Add your municipality's number", stepText: 'What to do',
  },
};

export interface Booklet {
  lang: Lang;
  title: string;
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

const byOrder = (a: { order?: number }, b: { order?: number }) => (a.order ?? 1000) - (b.order ?? 1000);

export function booklet(deck: Deck, lang: Lang, generated: string): Booklet {
  const all = [...deck.cards.values()];
  const contacts = all.filter((c): c is ContactCard => c.kind === 'contact').sort(byOrder);
  return {
    lang,
    title: L(deck.meta.title, lang),
    version: deck.meta.version,
    reviewed: deck.meta.reviewed,
    ...(deck.municipality ? { municipality: deck.municipality } : {}),
    generated,
    // National numbers: every national contact with a phone number, emergency numbers first.
    numbers: contacts.filter((c) => c.phone && !c.local && !deck.localIds.has(c.id)).sort((a, b) => Number(Boolean(b.emergency)) - Number(Boolean(a.emergency))),
    localContacts: contacts.filter((c) => deck.localIds.has(c.id)),
    duties: all.filter((c): c is DutyCard => c.kind === 'duty'),
    sharing: all.filter((c): c is SharingCard => c.kind === 'sharing'),
    contacts,
    steps: all.filter((c): c is StepCard => c.kind === 'step').sort((a, b) => URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency) || byOrder(a, b)),
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
  const X = W[b.lang];
  const lang = b.lang;
  const out: string[] = [];
  const line = (t = '') => out.push(t);
  const basis = (bs: Basis[]) => bs.map((x) => `[${x.law} ${x.section}](${x.url})`).join(' · ');
  const texts = deck.meta.texts ?? {};

  line(`# ${b.title}`);
  line();
  line(`${X.booklet} · ${T.version} ${b.version} · ${T.reviewed} ${b.reviewed} · ${T.generated} ${b.generated}`);
  line();
  line(`## ${X.numbers}`);
  line();
  line(`**${X.numbersIntro}**`);
  line();
  for (const c of b.numbers) line(`- **${c.phone}** – ${L(c.name, lang)}${c.emergency ? ` (${X.emergency})` : ''}: ${L(c.when, lang)}`);
  line();
  if (b.municipality) {
    line(`## ${X.local}: ${b.municipality}`);
    line();
    for (const c of b.localContacts) line(`- **${c.phone ?? c.url ?? ''}** – ${L(c.name, lang)}: ${L(c.when, lang)}`);
    line();
  }
  const actNow = localize(texts.actNow, lang);
  if (actNow) line(actNow), line();

  line(`## ${X.duties}`);
  line();
  for (const d of b.duties) {
    line(`### ${L(d.title, lang)}`);
    line();
    line(L(d.summary, lang));
    line();
    line(`**${T.meaning}:** ${L(d.meaning, lang)}`);
    line();
    const limits = localize(d.limits, lang);
    if (limits) line(`**${T.limits}:** ${limits}`), line();
    line(`**${T.provisions}:** ${basis(d.basis)} (${T.reviewed} ${d.reviewed})`);
    line();
    if (d.sources?.length) line(`**${T.sources}:** ${d.sources.map((id) => sourceTitle(deck, id, lang)).map((s) => (s.url ? `[${s.title}](${s.url})` : s.title)).join(' · ')}`), line();
  }

  line(`## ${X.sharing}`);
  line();
  for (const x of b.sharing) {
    line(`### ${L(x.title, lang)}`);
    line();
    line(`- **${T.share}:** ${L(x.share, lang)}`);
    line(`- **${T.with}:** ${L(x.with, lang)}`);
    line(`- **${T.why}:** ${L(x.why, lang)}`);
    const not = localize(x.not, lang);
    if (not) line(`- **${T.not}:** ${not}`);
    line();
    line(`**${T.provisions}:** ${basis(x.basis)} (${T.reviewed} ${x.reviewed})`);
    line();
  }

  line(`## ${X.contacts}`);
  line();
  for (const c of b.contacts) {
    const missing = c.local && !deck.localIds.has(c.id);
    const bits = [c.phone ? `${T.phone}: **${c.phone}**` : '', c.url ? `${T.web}: <${c.url}>` : '', localize(c.hours, lang) ? `${T.hours}: ${localize(c.hours, lang)}` : ''].filter(Boolean);
    line(`### ${L(c.name, lang)}`);
    line();
    if (bits.length) line(bits.join(' · ')), line();
    line(`${X.when}: ${L(c.when, lang)}`);
    line();
    if (missing) line(`*${T.localMissing}*`), line();
  }

  line(`## ${X.steps}`);
  line();
  for (const s of b.steps) {
    const text = localize(s.text, lang);
    line(`- [ ] **${L(s.title, lang)}** (${T.urgency[s.urgency]})${text ? ` – ${text}` : ''}`);
  }
  line();

  const fixed = [[T.record, texts.record], [T.disagree, texts.disagree]] as const;
  if (fixed.some(([, t]) => t)) {
    line(`## ${X.texts}`);
    line();
    for (const [h, t] of fixed) if (t) line(`### ${h}`), line(), line(L(t, lang)), line();
  }

  if (b.sources.length) {
    line(`## ${X.sources}`);
    line();
    for (const s of b.sources) line(`- [${L(s.title, lang)}](${s.url})${s.publisher ? ` – ${s.publisher}` : ''} (${T.reviewed} ${s.reviewed})`);
    line();
  }
  const disclaimer = localize(texts.disclaimer, lang);
  if (disclaimer) line(`*${disclaimer}*`), line();
  line(`*${T.privacy}*`);
  return withoutControls(out.join('\n') + '\n'); // printed to the terminal without --out
}

// --- HTML --------------------------------------------------------------------------------------

const BOOKLET_CSS = `
.cover { break-after: page; page-break-after: always; }
.cover h1 { font-size: 2rem; margin-top: 0; }
.numbers { list-style: none; padding: 0; }
.numbers li { border: 2px solid #111; padding: .45rem .8rem; margin: .45rem 0; display: grid; grid-template-columns: minmax(7.5rem, max-content) 1fr; gap: .8rem; align-items: baseline; }
.numbers .phone { font-size: 1.6em; font-weight: 700; white-space: nowrap; }
.numbers .emergency { border-width: 4px; }
.numbers .tag { font-weight: 700; text-transform: uppercase; font-size: .8em; }
.card { border-left: 4px solid #111; padding-left: .8rem; margin: 1rem 0; }
.chapter { break-before: page; page-break-before: always; }
.toc { columns: 2; }
`;

export function bookletHtml(deck: Deck, b: Booklet): string {
  const T = labels(b.lang);
  const X = W[b.lang];
  const lang = b.lang;
  const parts: string[] = [];
  const p = (html: string) => parts.push(html);
  const texts = deck.meta.texts ?? {};
  const link = (url: string, text: string) => (/^(https?:|mailto:|tel:)/i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text));
  const basis = (bs: Basis[]) => bs.map((x) => link(x.url, `${x.law} ${x.section}`)).join(' · ');
  const H = (t: string) => escapeHtml(t);

  p(`<section class="cover"><header><h1>${inline(b.title)}</h1>`);
  p(`<p class="meta">${H(`${X.booklet} · ${T.version} ${b.version} · ${T.reviewed} ${b.reviewed} · ${T.generated} ${b.generated}`)}</p></header>`);
  p(`<h2 id="numbers">${H(X.numbers)}</h2><p><strong>${H(X.numbersIntro)}</strong></p><ul class="numbers">`);
  for (const c of b.numbers) {
    p(`<li class="${c.emergency ? 'emergency' : ''}"><span class="phone">${H(c.phone ?? '')}</span><span><strong>${inline(L(c.name, lang))}</strong>${c.emergency ? ` <span class="tag">(${H(X.emergency)})</span>` : ''}<br>${inline(L(c.when, lang))}</span></li>`);
  }
  p('</ul>');
  if (b.municipality) {
    p(`<h2>${H(`${X.local}: ${b.municipality}`)}</h2><ul class="numbers">`);
    for (const c of b.localContacts) p(`<li><span class="phone">${H(c.phone ?? '')}</span><span><strong>${inline(L(c.name, lang))}</strong><br>${inline(L(c.when, lang))}</span></li>`);
    p('</ul>');
  } else {
    p(`<p><em>${H(X.localNone)}</em></p>`);
  }
  const actNow = localize(texts.actNow, lang);
  if (actNow) p(`<p>${inline(actNow)}</p>`);
  p(`<h2>${H(X.contents)}</h2><ol class="toc"><li><a href="#duties">${H(X.duties)}</a></li><li><a href="#sharing">${H(X.sharing)}</a></li><li><a href="#contacts">${H(X.contacts)}</a></li><li><a href="#steps">${H(X.steps)}</a></li>${b.sources.length ? `<li><a href="#sources">${H(X.sources)}</a></li>` : ''}</ol>`);
  p('</section>');

  p(`<section id="duties"><h2>${H(X.duties)}</h2>`);
  for (const d of b.duties) {
    p(`<article class="card" id="${H(d.id)}"><h3>${inline(L(d.title, lang))}</h3><p>${inline(L(d.summary, lang))}</p>`);
    p(`<p><strong>${H(T.meaning)}:</strong> ${inline(L(d.meaning, lang))}</p>`);
    const limits = localize(d.limits, lang);
    if (limits) p(`<p><strong>${H(T.limits)}:</strong> ${inline(limits)}</p>`);
    p(`<p class="basis"><strong>${H(T.provisions)}:</strong> ${basis(d.basis)} (${H(`${T.reviewed} ${d.reviewed}`)})</p>`);
    if (d.sources?.length) p(`<p class="sources"><strong>${H(T.sources)}:</strong> ${d.sources.map((id) => sourceTitle(deck, id, lang)).map((s) => (s.url ? link(s.url, s.title) : H(s.title))).join(' · ')}</p>`);
    p('</article>');
  }
  p('</section>');

  p(`<section id="sharing"><h2>${H(X.sharing)}</h2>`);
  for (const x of b.sharing) {
    p(`<article class="card" id="${H(x.id)}"><h3>${inline(L(x.title, lang))}</h3><dl>`);
    p(`<dt>${H(T.share)}</dt><dd>${inline(L(x.share, lang))}</dd><dt>${H(T.with)}</dt><dd>${inline(L(x.with, lang))}</dd><dt>${H(T.why)}</dt><dd>${inline(L(x.why, lang))}</dd>`);
    const not = localize(x.not, lang);
    if (not) p(`<dt>${H(T.not)}</dt><dd class="not">${inline(not)}</dd>`);
    p(`</dl><p class="basis"><strong>${H(T.provisions)}:</strong> ${basis(x.basis)} (${H(`${T.reviewed} ${x.reviewed}`)})</p></article>`);
  }
  p('</section>');

  p(`<section id="contacts"><h2>${H(X.contacts)}</h2><ul class="contacts">`);
  for (const c of b.contacts) {
    const bits: string[] = [];
    if (c.phone) bits.push(`${H(T.phone)}: <strong class="phone">${H(c.phone)}</strong>`);
    if (c.url) bits.push(`${H(T.web)}: ${link(c.url, c.url)}`);
    const hours = localize(c.hours, lang);
    if (hours) bits.push(`${H(T.hours)}: ${inline(hours)}`);
    const missing = c.local && !deck.localIds.has(c.id) ? `<br><em class="not">${H(T.localMissing)}</em>` : '';
    p(`<li id="${H(c.id)}"><strong>${inline(L(c.name, lang))}</strong>${bits.length ? ` – ${bits.join(' · ')}` : ''}<br>${inline(L(c.when, lang))}${missing}</li>`);
  }
  p('</ul></section>');

  p(`<section id="steps"><h2>${H(X.steps)}</h2><ul class="steps">`);
  for (const s of b.steps) {
    const text = localize(s.text, lang);
    p(`<li id="${H(s.id)}"><label><input type="checkbox"> <strong>${inline(L(s.title, lang))}</strong> <span class="urgency">(${H(T.urgency[s.urgency])})</span></label>${text ? ` – ${inline(text)}` : ''}</li>`);
  }
  p('</ul></section>');

  const fixed = [[T.record, texts.record], [T.disagree, texts.disagree]] as const;
  if (fixed.some(([, t]) => t)) {
    p(`<section><h2>${H(X.texts)}</h2>`);
    for (const [h, t] of fixed) if (t) p(`<h3>${H(h)}</h3><p>${inline(L(t, lang))}</p>`);
    p('</section>');
  }
  if (b.sources.length) {
    p(`<section id="sources"><h2>${H(X.sources)}</h2><ul>`);
    for (const s of b.sources) p(`<li>${link(s.url, L(s.title, lang))}${s.publisher ? ` – ${H(s.publisher)}` : ''} (${H(`${T.reviewed} ${s.reviewed}`)})</li>`);
    p('</ul></section>');
  }
  const disclaimer = localize(texts.disclaimer, lang);
  p(`<footer>${disclaimer ? `<p><em>${inline(disclaimer)}</em></p>` : ''}<p><em>${H(T.privacy)}</em></p></footer>`);
  return page(lang, `${b.title} – ${X.booklet}`, parts.join('\n'), BOOKLET_CSS);
}
