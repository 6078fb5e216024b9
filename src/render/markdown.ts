// The summary as Markdown: the saved .md file, and the source of the plain-text and terminal
// renderings. Action first: act now, the short block, whom to call, the steps; the legal text
// (sharing, duties) after that; the answers and the small print last.

import { askFor, buildBrief, callFor, ownEmergency, type Brief } from '../core/brief.js';
import { fill, labels } from '../core/labels.js';
import type { ContactItem, DutyItem, Summary } from '../core/summary.js';
import type { Basis, DutyStatus } from '../core/types.js';
import { becauseOnce } from './because.js';
import { withoutControls } from './wrap.js';

const STATUSES: readonly DutyStatus[] = ['applies', 'conditional', 'not-applicable'];

export function renderMarkdown(s: Summary): string {
  const L = labels(s.lang);
  const out: string[] = [];
  const line = (text = '') => out.push(text);

  line(`# ${L.summaryTitle}`);
  line();
  line(
    `${s.deck.title} · ${L.version} ${s.deck.version} · ${L.reviewed} ${s.deck.reviewed} · ${L.generated} ${s.generated}`,
  );
  line();

  if (s.actNow) {
    line(`## ⚠ ${L.actNow}`);
    line();
    line(`**${actNowIntro(s, L)}**`);
    line();
    for (const c of s.actNow.contacts) line(`- **${c.phone ?? ''}** ${c.title}: ${c.when}`);
    if (s.actNow.contacts.length > 0) line();
    if (s.actNow.text) {
      line(s.actNow.text);
      line();
    }
  }

  out.push(...briefMarkdown(s, { details: true }));

  line(`## ${L.contacts}`);
  line();
  if (s.contacts.length === 0) line(L.none), line();
  const contactWhy = becauseOnce(s, s.contacts);
  s.contacts.forEach((c, i) => {
    line(`${i + 1}. **${c.title}**${contactLine(c, s)}`);
    line(`   ${c.when}`);
    if (c.missing) line(`   **${missingText(c, s)}**`);
    if (contactWhy[i]) line(`   *${contactWhy[i]}.*`);
    line();
  });

  line(`## ${L.steps}`);
  line();
  if (s.steps.length === 0) line(L.none), line();
  const stepWhy = becauseOnce(s, s.steps);
  s.steps.forEach((st, i) => {
    line(`- [ ] **${st.title}** (${L.urgency[st.urgency] ?? st.urgency})${st.text ? ` – ${st.text}` : ''}`);
    if (stepWhy[i]) line(`  *${stepWhy[i]}.*`);
  });
  line();

  line(`## ${L.sharing}`);
  line();
  if (s.sharing.length === 0) line(L.none), line();
  const sharingWhy = becauseOnce(s, s.sharing);
  s.sharing.forEach((x, i) => {
    line(`#### ${x.title}`);
    line();
    line(`- **${L.share}:** ${x.share}`);
    line(`- **${L.with}:** ${x.with}`);
    line(`- **${L.why}:** ${x.why}`);
    if (x.not) line(`- **${L.not}:** ${x.not}`);
    line();
    line(`**${L.provisions}:** ${basisList(x.basis)} (${L.reviewed} ${x.reviewed})`);
    line();
    if (sharingWhy[i]) line(`*${sharingWhy[i]}.*`), line();
  });

  line(`## ${L.duties}`);
  line();
  if (s.duties.length === 0) line(L.none), line();
  for (const [status, duties] of dutyGroups(s.duties)) {
    line(`### ${L.dutyStatus[status]}`);
    line();
    const why = becauseOnce(s, duties);
    duties.forEach((d, i) => {
      line(`#### ${d.title}`);
      line();
      if (d.condition) line(`*${d.condition}*`), line();
      line(d.summary);
      line();
      line(`**${L.meaning}:** ${d.meaning}`);
      line();
      if (d.limits) line(`**${L.limits}:** ${d.limits}`), line();
      line(`**${L.provisions}:** ${basisList(d.basis)} (${L.reviewed} ${d.reviewed})`);
      line();
      if (d.sources.length > 0)
        line(`**${L.sources}:** ${d.sources.map((x) => `[${x.title}](${x.url})`).join(' · ')}`), line();
      if (why[i]) line(`*${why[i]}.*`), line();
    });
  }

  line(`## ${L.answers}`);
  line();
  s.answers.forEach((a, i) => line(`${i + 1}. ${a.questionText} → **${a.options.map((o) => o.label).join(', ')}**`));
  line();

  if (s.texts.record) {
    line(`## ${L.record}`);
    line();
    line(s.texts.record);
    line();
  }

  if (s.texts.disagree) {
    line(`## ${L.disagree}`);
    line();
    line(s.texts.disagree);
    line();
  }

  line(`## ${L.about}`);
  line();
  line(
    `${L.deck}: ${s.deck.id} ${L.version} ${s.deck.version}, ${L.reviewed} ${s.deck.reviewed}. ${L.generated[0]!.toUpperCase() + L.generated.slice(1)} ${s.generated}.`,
  );
  if (s.municipality) line(`${L.municipality}: ${s.municipality}.`);
  line();
  if (s.texts.disclaimer) line(`*${s.texts.disclaimer}*`), line();
  line(`*${L.privacy}*`);
  return withoutControls(out.join('\n') + '\n');
}

/**
 * "Kort fortalt" as Markdown lines: the duty with its status, the first call with a number, the
 * first steps with when. About ten lines, so that it fits one 80×24 screen with room to spare;
 * the terminal shows it again right above the save question.
 */
export function briefMarkdown(s: Summary, opts: { details: boolean; callLast?: boolean }): string[] {
  const L = labels(s.lang);
  const b = buildBrief(s);
  const out: string[] = [`## ${L.brief}`, ''];
  // In the terminal's last screen the full text is above; in the files it is below.
  const duty = briefDutyText(b, s.lang, opts.details ? L.seeBelow : L.seeAbove);
  if (duty) out.push(`- ${duty}`);
  const callText = briefCallText(b, s.lang);
  const call = callText ? `- ${callText}` : undefined;
  const steps = b.steps.map((st) => `- [ ] **${L.urgencyWhen[st.urgency] ?? st.urgency}:** ${st.title}`);
  const more = b.moreSteps > 0 ? fill(L.moreSteps, { n: b.moreSteps }) : '';
  if (!opts.details) {
    // At the end of the terminal run: in the files' order (the call before the steps) when the
    // block fits the screen; on a screen too small for it the number to call comes last, right
    // above the save question, so that it is still there when the rest has scrolled away.
    const tail = more ? [`  *${more}*`] : [];
    if (opts.callLast) out.push(...steps, ...tail, ...(call ? [call] : []));
    else out.push(...(call ? [call] : []), ...steps, ...tail);
    return out.map(withoutControls);
  }
  if (call) out.push(call);
  out.push(...steps, '');
  const tail = `${more} ${L.detailsBelow}`.trim();
  if (tail) out.push(`*${tail}*`, '');
  return out.map(withoutControls);
}

/**
 * The short block's duty line (inline Markdown, shared with the HTML): the status, the titles,
 * and a conditional duty's condition in brackets right after its own title, so that "og 2 til"
 * never reads as if every duty hung on it.
 */
export function briefDutyText(b: Brief, lang: Summary['lang'], see: string): string | undefined {
  if (!b.duty) return undefined;
  const L = labels(lang);
  const d = b.duty;
  const titles = d.titles.map((t, i) => {
    if (i !== d.conditionOf || !d.condition) return t;
    const c = d.condition;
    // "Gjelder hvis …" reads on in brackets as "gjelder hvis …"; "NAV …" keeps its capitals.
    const lower = /^\p{Lu}\p{Ll}/u.test(c) ? c[0]!.toLowerCase() + c.slice(1) : c;
    return `${t} (${lower}${d.shortened ? ` – ${see}` : ''})`;
  });
  // The one duty beyond the titles is named by its short title, not "og 1 til" (revq).
  const named = d.more === 1 && d.last ? [...titles, d.last] : titles;
  const rest = named.length > titles.length ? 0 : d.more;
  const list =
    named.length > 1 && rest === 0 ? `${named.slice(0, -1).join(', ')} ${L.and} ${named.at(-1)}` : named.join(', ');
  const status = d.tentative ? L.briefNotYet : L.briefDuty[d.status];
  return endSentence(`**${status}:** ${list}${rest > 0 ? ` ${fill(L.andMore, { n: rest })}` : ''}`);
}

/**
 * The line under "Handle nå": ring the emergency number; for legevakt and hospital staff, who are
 * the medical emergency help, give help and call the doctor on duty; for the police, act on their
 * routines (112 is themselves). Shared with the HTML.
 */
export function actNowIntro(s: Summary, L: ReturnType<typeof labels>): string {
  if (ownEmergency(s)) return L.actNowIntroOwn;
  if (s.urgent && (s.actNow?.contacts ?? []).length === 0) return L.actNowIntroPolice;
  return L.actNowIntro;
}

/** The short block's call line (inline Markdown, shared with the HTML). */
export function briefCallText(b: Brief, lang: Summary['lang']): string | undefined {
  const c = b.call;
  if (!c) return undefined;
  const L = labels(lang);
  if (c.own) return L.callOwn;
  const label = `**${c.optional ? L.callOptional : c.anonymous ? L.callAnonymous : L.callFirst}:**`;
  const ask = c.ask ?? 'leader';
  const also = c.also ? ` ${fill(L.callAlso, { phone: `**${c.also.phone}**`, title: c.also.title })}` : '';
  if (c.fallback) {
    // The local service leads; the national line is the way to reach it, not a replacement.
    return `${label} ${c.title} – ${L.askNumber[ask]}. ${fill(L.callFallback, { phone: `**${c.fallback.phone}**`, title: c.fallback.title })}${also}`;
  }
  // A local service with no number and no stand-in (the police): say how to find the number.
  if (!c.phone) return `${endSentence(`${label} ${c.title} – ${L.askNumber[ask]}`)}${also}`;
  const via = c.via ? ` – ${fill(L.callVia, { local: c.via })}; ${L.askLocal[ask]}` : '';
  return `${endSentence(`${label} **${c.phone}** ${c.title}${via}`)}${also}`;
}

/** A full stop at the end, unless the text already ends a sentence ("(§ 308)." stays as it is). */
function endSentence(text: string): string {
  return /[.!?…]\**$/.test(text) ? text : `${text}.`;
}

/** Duties by status, in the order applies → may apply → does not apply; empty groups left out. */
export function dutyGroups(duties: readonly DutyItem[]): [DutyStatus, DutyItem[]][] {
  return STATUSES.map(
    (st) => [st, duties.filter((d) => (d.status ?? 'applies') === st)] as [DutyStatus, DutyItem[]],
  ).filter(([, list]) => list.length > 0);
}

/** For a local contact the municipality has not filled in: the national stand-in, or ask your leader. */
export function missingText(c: ContactItem, s: Summary): string {
  const L = labels(s.lang);
  const call = callFor(c, s);
  const ask = askFor(s);
  return call
    ? fill(L.localFallback, { phone: call.phone, title: call.title, ask: L.askLocal[ask]! })
    : fill(L.localMissingAsk, { ask: L.askNumber[ask]! });
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
