// The summary as Markdown: the saved .md file, and the source of the terminal rendering.

import { labels } from '../core/labels.js';
import type { ContactItem, Summary } from '../core/summary.js';
import type { Basis } from '../core/types.js';
import { becauseText } from './because.js';
import { withoutControls } from './wrap.js';

export function renderMarkdown(s: Summary): string {
  const L = labels(s.lang);
  const out: string[] = [];
  const line = (text = '') => out.push(text);
  const because = (b: Parameters<typeof becauseText>[1]) => line(`*${becauseText(s, b)}.*`);

  line(`# ${L.summaryTitle}`);
  line();
  line(`${s.deck.title} · ${L.version} ${s.deck.version} · ${L.reviewed} ${s.deck.reviewed} · ${L.generated} ${s.generated}`);
  line();

  if (s.actNow) {
    line(`## ⚠ ${L.actNow}`);
    line();
    line(`**${L.actNowIntro}**`);
    line();
    for (const c of s.actNow.contacts) line(`- **${c.phone ?? ''}** ${c.title}: ${c.when}`);
    if (s.actNow.contacts.length > 0) line();
    if (s.actNow.text) {
      line(s.actNow.text);
      line();
    }
  }

  line(`## ${L.duties}`);
  line();
  if (s.duties.length === 0) line(L.none), line();
  for (const d of s.duties) {
    line(`### ${d.title}`);
    line();
    line(`**${L.status}:** ${L.dutyStatus[d.status]}${d.condition ? ` – ${d.condition}` : ''}`);
    line();
    line(d.summary);
    line();
    line(`**${L.meaning}:** ${d.meaning}`);
    line();
    if (d.limits) line(`**${L.limits}:** ${d.limits}`), line();
    line(`**${L.provisions}:** ${basisList(d.basis)} (${L.reviewed} ${d.reviewed})`);
    line();
    if (d.sources.length > 0) line(`**${L.sources}:** ${d.sources.map((x) => `[${x.title}](${x.url})`).join(' · ')}`), line();
    because(d.because);
    line();
  }

  line(`## ${L.sharing}`);
  line();
  if (s.sharing.length === 0) line(L.none), line();
  for (const x of s.sharing) {
    line(`### ${x.title}`);
    line();
    line(`- **${L.share}:** ${x.share}`);
    line(`- **${L.with}:** ${x.with}`);
    line(`- **${L.why}:** ${x.why}`);
    if (x.not) line(`- **${L.not}:** ${x.not}`);
    line();
    line(`**${L.provisions}:** ${basisList(x.basis)} (${L.reviewed} ${x.reviewed})`);
    line();
    because(x.because);
    line();
  }

  line(`## ${L.contacts}`);
  line();
  if (s.contacts.length === 0) line(L.none), line();
  s.contacts.forEach((c, i) => {
    line(`${i + 1}. **${c.title}**${contactLine(c, s)}`);
    line(`   ${c.when}`);
    if (c.missing) line(`   **${L.localMissing}**`);
    line(`   *${becauseText(s, c.because)}.*`);
    line();
  });

  line(`## ${L.steps}`);
  line();
  if (s.steps.length === 0) line(L.none), line();
  for (const st of s.steps) {
    line(`- [ ] **${st.title}** (${L.urgency[st.urgency]})${st.text ? ` – ${st.text}` : ''}`);
    line(`  *${becauseText(s, st.because)}.*`);
  }
  line();

  if (s.texts.record) {
    line(`## ${L.record}`);
    line();
    line(s.texts.record);
    line();
  }

  line(`## ${L.answers}`);
  line();
  s.answers.forEach((a, i) => line(`${i + 1}. ${a.questionText} → **${a.options.map((o) => o.label).join(', ')}**`));
  line();

  if (s.texts.disagree) {
    line(`## ${L.disagree}`);
    line();
    line(s.texts.disagree);
    line();
  }

  line(`## ${L.about}`);
  line();
  line(`${L.deck}: ${s.deck.id} ${L.version} ${s.deck.version}, ${L.reviewed} ${s.deck.reviewed}. ${L.generated[0]!.toUpperCase() + L.generated.slice(1)} ${s.generated}.`);
  if (s.municipality) line(`${L.municipality}: ${s.municipality}.`);
  line();
  if (s.texts.disclaimer) line(`*${s.texts.disclaimer}*`), line();
  line(`*${L.privacy}*`);
  return withoutControls(out.join('\n') + '\n');
}


export function basisList(basis: readonly Basis[]): string {
  return basis.map((b) => `[${b.law} ${b.section}](${b.url})`).join(' · ');
}

function contactLine(c: ContactItem, s: Summary): string {
  const L = labels(s.lang);
  const parts: string[] = [];
  if (c.phone) parts.push(`${L.phone}: **${c.phone}**`);
  if (c.url) parts.push(`${L.web}: ${c.url}`);
  if (c.hours) parts.push(`${L.hours}: ${c.hours}`);
  return parts.length > 0 ? ` – ${parts.join(' · ')}` : '';
}
