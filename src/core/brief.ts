// "Kort fortalt": the few lines a worried person needs first (and, in the terminal, last): which
// duty, whom to call (always with a number), and the first steps with when. Built from the summary
// model only, so every format says the same; renderers decide nothing here.

import type { ContactItem, DutyItem, StepItem, Summary } from './summary.js';
import type { DutyStatus } from './types.js';

export interface BriefCall {
  /** The service to call first. */
  title: string;
  /** Its number; absent when it is a local service whose number is missing (ask the leader). */
  phone?: string;
  /**
   * The national number that leads instead (after hours, or urgent): the local service it puts
   * the person through to. The call is then `phone`/`title` of the national contact.
   */
  via?: string;
  /** The local number is missing: the national contact that can put the person through or pass it on. */
  fallback?: { title: string; phone: string };
  /** True when no duty applies here and nothing is urgent: the call is advice, not a must. */
  optional?: boolean;
}

export interface Brief {
  urgent: boolean;
  /**
   * The strongest status among the duties, with the titles that have it (at most two, duties to
   * report first) and how many more. `condition` is one short sentence from the condition of
   * `titles[conditionOf]`; `shortened` says there is more under the duties.
   */
  duty?: {
    status: DutyStatus;
    titles: string[];
    more: number;
    condition?: string;
    conditionOf?: number;
    shortened?: boolean;
  };
  /** The first call; in an urgent case the emergency number. */
  call?: BriefCall;
  /** The first steps, in the summary's order (most urgent first). */
  steps: Pick<StepItem, 'title' | 'urgency'>[];
  moreSteps: number;
}

const STATUS_RANK: readonly DutyStatus[] = ['applies', 'conditional', 'not-applicable'];
/** At most this many steps: the short block has to fit one 80×24 screen (about 12 lines). */
export const BRIEF_STEPS = 5;
/** Lines the duty, the call and the steps may take together at 80 columns (estimated). */
const BRIEF_LINES = 9;
/** A condition longer than this is cut at a word, with "…". */
export const CONDITION_MAX = 120;
/**
 * Steps that are always in the short block when the summary has them: reporting yourself when the
 * leader disagrees (a leader must never stop a report), and the written report today.
 */
export const BRIEF_MUST_STEPS: readonly string[] = ['meld-selv', 'meld-skriftlig'];
/** The duty to report (opplysningsplikt/meldeplikt) is named before cooperation and other duties. */
const isReportDuty = (d: DutyItem) => d.id.startsWith('meldeplikt-');
/** A local contact that stands for after-hours help: when it is in the summary, the national line may lead. */
const AFTER_HOURS = new Set(['lokal-barnevernvakt']);

export function buildBrief(s: Summary): Brief {
  const duty = dutyPart(s.duties);
  const call = callPart(s, duty.duty?.status);
  const steps = stepsPart(s.steps, lines(duty, call));
  return {
    urgent: s.urgent,
    ...duty,
    ...call,
    steps: steps.map((st) => ({ title: st.title, urgency: st.urgency })),
    moreSteps: s.steps.length - steps.length,
  };
}

function dutyPart(duties: readonly DutyItem[]): Pick<Brief, 'duty'> {
  for (const status of STATUS_RANK) {
    const same = duties.filter((d) => (d.status ?? 'applies') === status);
    if (same.length === 0) continue;
    // Stable: report duties first, the rest in the summary's order.
    const ordered = [...same.filter(isReportDuty), ...same.filter((d) => !isReportDuty(d))];
    const shown = ordered.slice(0, 2);
    const duty: NonNullable<Brief['duty']> = {
      status,
      titles: shown.map((d) => d.title),
      more: same.length - shown.length,
    };
    const at = status === 'conditional' ? shown.findIndex((d) => d.condition) : -1;
    if (at >= 0) {
      const { text, shortened } = shortCondition(shown[at]!.condition!);
      Object.assign(duty, { condition: text, conditionOf: at }, shortened ? { shortened } : {});
    }
    return { duty };
  }
  return {};
}

/**
 * One short sentence of a condition, without its closing full stop (the renderers put it in
 * brackets): the first sentence, or the first `CONDITION_MAX` characters cut at a word with "…".
 */
export function shortCondition(condition: string): { text: string; shortened: boolean } {
  const text = condition.replace(/\s+/g, ' ').trim();
  // A sentence ends at . ! ? followed by a space and a capital letter (not "§ 196 er", "f.eks. at").
  const end = /[.!?](?=\s+[A-ZÆØÅ«"(])/.exec(text);
  let first = end ? text.slice(0, end.index + 1) : text;
  let shortened = first.length < text.length;
  if ([...first].length > CONDITION_MAX) {
    const cut = [...first].slice(0, CONDITION_MAX).join('');
    const space = cut.lastIndexOf(' ');
    first = `${(space > CONDITION_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
    shortened = true;
  }
  return { text: first.replace(/\.$/, ''), shortened };
}

/**
 * The first contact a person can ring: emergency first when urgent, then the summary's order. A
 * local service whose number is missing stays first, with its national stand-in as the way to
 * reach it; only after hours (the barnevernvakt is in the summary) or when urgent does the
 * national number lead.
 */
function callPart(s: Summary, status: DutyStatus | undefined): Pick<Brief, 'call'> {
  const candidates: ContactItem[] = [...(s.actNow?.contacts ?? []), ...s.contacts];
  const afterHours = s.contacts.some((c) => AFTER_HOURS.has(c.id));
  const optional = !s.urgent && (status === undefined || status === 'not-applicable') ? { optional: true } : {};
  for (const c of candidates) {
    if (c.phone && !c.missing) return { call: { title: c.title, phone: c.phone, ...optional } };
    const fb = c.missing && c.fallback?.phone ? { title: c.fallback.title, phone: c.fallback.phone } : undefined;
    if (!fb) continue;
    if (s.urgent || afterHours) return { call: { ...fb, via: c.title, ...optional } };
    return { call: { title: c.title, fallback: fb, ...optional } };
  }
  return {};
}

/** What to ring for a contact: its own number, or (local number missing) its national stand-in. */
export function callFor(c: ContactItem): { title: string; phone: string } | undefined {
  if (c.phone && !c.missing) return { title: c.title, phone: c.phone };
  if (c.missing && c.fallback?.phone) return { title: c.fallback.title, phone: c.fallback.phone };
  return undefined;
}

/** Screen lines of a list item at 80 columns (word wrap, two columns of indent), for the budget only. */
export function lineCount(text: string, width = 80): number {
  let lines = 1;
  let col = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = [...word].length;
    if (col > 0 && col + 1 + w > width) {
      lines++;
      col = 2 + w;
    } else col += (col > 0 ? 1 : 2) + w;
  }
  return lines;
}

/** The duty and call lines as they will read, near enough: labels are about 30 characters. */
function lines(duty: Pick<Brief, 'duty'>, call: Pick<Brief, 'call'>): number {
  const label = 'x'.repeat(28);
  const d = duty.duty;
  const c = call.call;
  const dutyText = d
    ? `${label} ${d.titles.join(', ')} ${d.condition ? `(${d.condition} – se under)` : ''} og 2 til.`
    : '';
  const callText = c
    ? `${label} ${c.phone ?? ''} ${c.title} ${c.via ? `${label} ${c.via} ${label}` : ''} ${c.fallback ? `${label} ${label} ${c.fallback.phone} (${c.fallback.title}) ${label} ${label}` : ''}`
    : '';
  return (d ? lineCount(dutyText) : 0) + (c ? lineCount(callText) : 0);
}

const stepLines = (st: StepItem) => lineCount(`[ ] Før henting: ${st.title}`);

/**
 * The first steps: the ones that must be there (report yourself, report in writing today), then
 * the most time-critical, up to `BRIEF_STEPS` and as many as fit the block; in the summary's order.
 */
function stepsPart(steps: readonly StepItem[], used: number): StepItem[] {
  const must = steps.filter((st) => BRIEF_MUST_STEPS.includes(st.id));
  const picked = new Set<StepItem>(must.slice(0, BRIEF_STEPS));
  let room = BRIEF_LINES - used - [...picked].reduce((n, st) => n + stepLines(st), 0);
  for (const st of steps) {
    if (picked.size >= BRIEF_STEPS) break;
    if (picked.has(st)) continue;
    const need = stepLines(st);
    // Always at least three steps (the block is useless without them); more only while they fit.
    if (picked.size >= 3 && need > room) break;
    picked.add(st);
    room -= need;
  }
  return steps.filter((st) => picked.has(st));
}
