// "Kort fortalt": the few lines a worried person needs first (and, in the terminal, last): which
// duty, whom to call (always with a number), and the first steps with when. Built from the summary
// model only, so every format says the same; renderers decide nothing here.

import type { ContactItem, DutyItem, StepItem, Summary } from './summary.js';
import type { DutyStatus } from './types.js';

/** How to find a local number the municipality has not filled in (see `askFor`). */
export type Ask = 'leader' | 'ops' | 'web';

export interface BriefCall {
  /** The service to call first (absent only with `own`). */
  title?: string;
  /** Its number; absent when it is a local service whose number is missing and has no stand-in. */
  phone?: string;
  /** A local number is missing: how to find it (ask the leader, the police's own line, the web). */
  ask?: Ask;
  /**
   * The national number that leads instead (after hours, or urgent): the local service it puts
   * the person through to. The call is then `phone`/`title` of the national contact.
   */
  via?: string;
  /** The local number is missing: the national contact that can put the person through or pass it on. */
  fallback?: { title: string; phone: string };
  /** True when no duty applies here and nothing is urgent: the call is advice, not a must. */
  optional?: boolean;
  /**
   * True when the duty to report only may apply and nothing is urgent, and the first call is the
   * child welfare service: the call is an anonymous discussion, not a report (revt C3).
   */
  anonymous?: boolean;
  /**
   * Urgent, and no emergency number is for this person: their own service is the emergency help
   * (legevakt, hospital). Nothing else may stand in as the first call then (a helpline was, revq Q4).
   */
  own?: boolean;
  /**
   * The police's number beside the first call: someone who works with the child is suspected (a
   * colleague, the leader), and the steps say to contact the police (revab 5a).
   */
  also?: { title: string; phone: string };
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
    /** Not applicable only for now ("probably no duty yet"), not for good (a volunteer). */
    tentative?: boolean;
    titles: string[];
    more: number;
    /**
     * The short title of the one duty beyond `titles` (when `more` is 1): named instead of "og 1 til",
     * which left a nurse guessing what the second duty was (revq).
     */
    last?: string;
    condition?: string;
    conditionOf?: number;
    shortened?: boolean;
  };
  /** The first call; in an urgent case the emergency number. */
  call?: BriefCall;
  /** The first steps, most urgent first; outside an emergency a deadline ("before pick-up") leads. */
  steps: Pick<StepItem, 'title' | 'urgency'>[];
  moreSteps: number;
}

const STATUS_RANK: readonly DutyStatus[] = ['applies', 'conditional', 'not-applicable'];
/** Steps beyond the time-critical and the must-haves: only up to this many in all. */
export const BRIEF_STEPS = 5;
/** Lines the duty, the call and the steps may take together at 80 columns (estimated). */
const BRIEF_LINES = 9;
/** A condition longer than this is cut at a word, with "…". */
export const CONDITION_MAX = 120;
/** Steps that cannot wait: every one of them is in the block, first ("call before the child is picked up"). */
const TIME_CRITICAL: ReadonlySet<string> = new Set(['now', 'pickup']);
/**
 * Steps that come next, right after the time-critical ones, when the summary has them: reporting
 * yourself when the leader disagrees (a leader must never stop a report), alerting the police when
 * the duty to avert applies (the duty line names it, so its action must be there too: revz C2), and
 * the written report (for the police after hours, after the barnevernvakt is told).
 */
export const BRIEF_MUST_STEPS: readonly string[] = [
  'meld-selv',
  'ring-politiet-avverge',
  'meld-skriftlig',
  'politi-skriftlig-etterpa',
];
/** The duty to report (opplysningsplikt/meldeplikt) is named before cooperation and other duties. */
const isReportDuty = (d: DutyItem) => d.id.startsWith('meldeplikt-');
/**
 * Duties that exist because of who the suspect is (a school employee harming a pupil): the rule the
 * person must follow at work, so they are named right after the duty to report and keep their name
 * when the line is shortened, instead of hiding in "og 2 til" (revt C4).
 */
export const ROLE_DUTIES: ReadonlySet<string> = new Set(['skolemiljo-ansatt-krenker']);
/**
 * The duty everyone has to help a child in danger now (straffeloven § 287): the act-now block already
 * says what it asks (call the emergency number), so it is named only when no other duty applies or
 * may apply – for a private volunteer, where it is the one duty that binds them (revt C2).
 */
export const BACKGROUND_DUTIES: ReadonlySet<string> = new Set(['hjelpeplikt']);
/** "Not applicable" cards that only say "probably not yet" (the worry is below the threshold). */
const NOT_YET: ReadonlySet<string> = new Set(['under-terskel']);
/** Duties that only restate another one ("the duty is your own"): named in the block only when alone. */
const COMPANION: ReadonlySet<string> = new Set(['plikten-er-personlig']);
/**
 * After a recent sexual assault the medical examination cannot wait (injuries, evidence, emergency
 * contraception), so the overgrepsmottak leads the child welfare lines when it is in the summary.
 */
const MEDICAL_FIRST = 'overgrepsmottak';
/** The local child welfare services: they lead even without a number (with how to find it). */
const OFFICE = 'lokal-barnevernstjeneste';
const AFTER_HOURS = 'lokal-barnevernvakt';
/** The police reach the barnevernvakt through their operations centre: a contact with no number of its own. */
const POLICE_AFTER_HOURS = 'barnevernvakt-politi';
/** The national helpline that puts calls through to the barnevernvakt. */
const HELPLINE = 'alarmtelefonen';
/**
 * Contacts for "if the child needs it" (medical help that cannot wait): never the first call
 * outside an emergency, where the steps say whom to call (barnevern staff, whose own service is
 * not among their contacts, were told to ring the legevakt first).
 */
const ONLY_IF_NEEDED: ReadonlySet<string> = new Set([
  'legevakt-116117',
  // revag case 3 (round 13): "seriously ill and not treated" lists 113 for when it turns acute; a dentist with a
  // stable child in the chair was told "Ring først: 113". An acute danger is answered as one (urgent), and then
  // 113 leads as an emergency number.
  'amk-113',
]);
/**
 * Talk lines for the child or young person itself (not emergency services): the adult tells the child
 * about them, and never calls one of them first (revaa case 2: a school nurse was told to ring 116 123).
 */
const FOR_THE_CHILD: ReadonlySet<string> = new Set(['mental-helse-116123', 'kirkens-sos', 'kors-pa-halsen']);

/** What the person answered to a question (option ids), from the summary's trace. */
function answered(s: Summary, question: string): ReadonlySet<string> {
  return new Set(s.answers.find((a) => a.question === question)?.options.map((o) => o.id) ?? []);
}

export function buildBrief(s: Summary): Brief {
  const { roleSecond, ...duty } = dutyPart(s.duties);
  const call = callPart(s, duty.duty?.status);
  const also = call.call && alsoPolice(s, call.call);
  if (also) call.call = { ...call.call, also };
  const forced = forcedSteps(s.steps);
  // The steps come first: when the ones that must be there do not fit, the duty line gives way
  // (one title, no condition: the duties are all below).
  if (duty.duty && lines(duty, call) + forced.reduce((n, st) => n + stepLines(st), 0) > BRIEF_LINES) {
    duty.duty = shortDuty(duty.duty, roleSecond);
  }
  const picked = stepsPart(s.steps, forced, lines(duty, call));
  // Outside an emergency, a step with a deadline ("before the child goes home") is the one thing
  // to do before the clock runs out; the "now" steps beside it are mostly what not to do. So it
  // leads. In an emergency the "ring 112/113" step (now) keeps the lead.
  const steps = s.urgent
    ? picked
    : [...picked.filter((st) => st.urgency === 'pickup'), ...picked.filter((st) => st.urgency !== 'pickup')];
  return {
    urgent: s.urgent,
    ...duty,
    ...call,
    steps: steps.map((st) => ({ title: st.title, urgency: st.urgency })),
    moreSteps: s.steps.length - steps.length,
  };
}

/**
 * A duty's short title: the title before its first " – " or " (" ("Avvergeplikt – bare for …" is
 * "Avvergeplikt", "Samarbeidsplikt og samordning (fra 2022)" is "Samarbeidsplikt og samordning").
 */
export function shortTitle(title: string): string {
  const cut = title.split(/\s+[–(]/u)[0]!.trim();
  return cut.length > 0 ? cut : title;
}

/** The duty line at its shortest: the status and the first title ("Plikt som kan gjelde" says the rest). */
function shortDuty(d: NonNullable<Brief['duty']>, keepSecond = false): NonNullable<Brief['duty']> {
  // A duty specific to the suspect's role keeps its (short) name beside the first (revt C4).
  if (keepSecond && d.titles.length === 2) {
    return {
      status: d.status,
      ...(d.tentative ? { tentative: true } : {}),
      titles: d.titles.map(shortTitle),
      more: d.more,
      ...(d.last ? { last: d.last } : {}),
    };
  }
  const more = d.more + d.titles.length - 1;
  // The one duty left over is named by its short title ("og 1 til" named nothing).
  const last = more === 1 ? (d.titles.length === 2 ? shortTitle(d.titles[1]!) : d.last) : undefined;
  return {
    status: d.status,
    ...(d.tentative ? { tentative: true } : {}),
    // Short titles both, so that naming the second one costs no extra line where it can be helped.
    titles: d.titles.slice(0, 1).map((t) => (last ? shortTitle(t) : t)),
    more,
    ...(last ? { last } : {}),
  };
}

/** The duty line; `roleSecond`: its second duty is one specific to the suspect's role (ROLE_DUTIES). */
function dutyPart(every: readonly DutyItem[]): Pick<Brief, 'duty'> & { roleSecond?: boolean } {
  const other = every.filter((d) => !BACKGROUND_DUTIES.has(d.id));
  const duties = other.some((d) => (d.status ?? 'applies') !== 'not-applicable') ? other : every;
  for (const status of STATUS_RANK) {
    const all = duties.filter((d) => (d.status ?? 'applies') === status);
    if (all.length === 0) continue;
    const own = all.filter((d) => !COMPANION.has(d.id));
    const same = own.length > 0 ? own : all;
    // Stable: report duties first, the rest in the summary's order – but a duty specific to the
    // suspect's role comes second, after the first report duty (revt C4).
    const report = same.filter(isReportDuty);
    const role = same.filter((d) => ROLE_DUTIES.has(d.id));
    const ordered = [
      ...report.slice(0, 1),
      ...role,
      ...report.slice(1),
      ...same.filter((d) => !isReportDuty(d) && !ROLE_DUTIES.has(d.id)),
    ];
    const shown = ordered.slice(0, 2);
    const duty: NonNullable<Brief['duty']> = {
      status,
      ...(status === 'not-applicable' && same.every((d) => NOT_YET.has(d.id)) ? { tentative: true } : {}),
      titles: shown.map((d) => d.title),
      more: same.length - shown.length,
      ...(ordered.length === shown.length + 1 ? { last: shortTitle(ordered[shown.length]!.title) } : {}),
    };
    const at = status === 'conditional' ? shown.findIndex((d) => d.condition) : -1;
    if (at >= 0) {
      const { text, shortened } = shortCondition(shown[at]!.condition!);
      Object.assign(duty, { condition: text, conditionOf: at }, shortened ? { shortened } : {});
    }
    return { duty, roleSecond: shown[1] !== undefined && ROLE_DUTIES.has(shown[1].id) };
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
    let kept = space > CONDITION_MAX / 2 ? cut.slice(0, space) : cut;
    // Never stop inside a bracket or a section reference ("(straffeloven §…"): cut before the
    // open bracket, then drop a trailing "§", "§ 13" or "§ 13 b": the cut may have split it (revp D2).
    const open = kept.lastIndexOf('(');
    if (open > kept.lastIndexOf(')')) kept = kept.slice(0, open);
    kept = kept.replace(/\s+§+(\s*\d+(\s+[a-z])?)?$/u, '');
    first = `${kept.replace(/[\s,;:–-]+$/, '')}…`;
    shortened = true;
  }
  return { text: first.replace(/\.$/, ''), shortened };
}

/**
 * The first contact a person can ring. When urgent, the emergency numbers lead, in the order of
 * their "ring" steps (113 first when "Ring 113" is the first step), so the call and the steps agree. Then the summary's order,
 * except that the local child welfare service that is open now leads: the barnevernvakt after
 * hours (answer tid: kveld), else the barnevernstjeneste, before 116 111 and the other one.
 * A local service whose number is missing stays first, with its national stand-in as the way to
 * reach it; the stand-in leads only when urgent, after hours or for the barnevernvakt itself (its
 * card: call 116 111 if you cannot find the number). The police get no stand-in: they reach the
 * barnevernvakt through their own line.
 */
function callPart(s: Summary, status: DutyStatus | undefined): Pick<Brief, 'call'> {
  const police = answered(s, 'sektor').has('politi');
  const night = answered(s, 'tid').has('kveld');
  // The summary orders the emergency numbers as the steps call them (113 first for a health danger).
  const emergency = s.actNow?.contacts ?? [];
  // Urgent with no emergency number for a person whose service is the medical emergency help
  // (legevakt, hospital): their own routine, never a contact that is not an emergency number. The
  // police, who have no 112 either, keep their own line to the barnevernvakt below (revs S4).
  if (ownEmergency(s)) return { call: { own: true } };
  // The police's own line to the barnevernvakt leads every other contact when it is there.
  const policeLine = s.contacts.filter((c) => c.id === POLICE_AFTER_HOURS);
  const ordered = [
    ...policeLine,
    ...openFirst(
      s.contacts.filter((c) => c.id !== POLICE_AFTER_HOURS),
      night ? AFTER_HOURS : OFFICE,
    ),
  ];
  const medical = ordered.filter((c) => c.id === MEDICAL_FIRST);
  const rest = ordered.filter(
    (c) => c.id !== MEDICAL_FIRST && !FOR_THE_CHILD.has(c.id) && (s.urgent || !ONLY_IF_NEEDED.has(c.id)),
  );
  const candidates: ContactItem[] = [...emergency, ...medical, ...rest];
  const optionalCall = !s.urgent && (status === undefined || status === 'not-applicable') ? { optional: true } : {};
  const ask = { ask: askFor(s) };
  for (const c of candidates) {
    // Only the child welfare lines: a discussion without names while the duty only may apply.
    const anonymous =
      !s.urgent && status === 'conditional' && (c.id === OFFICE || c.id === AFTER_HOURS) ? { anonymous: true } : {};
    const optional = { ...optionalCall, ...anonymous };
    if (c.phone && !c.missing) return { call: { title: c.title, phone: c.phone, ...optional } };
    if (c.id === POLICE_AFTER_HOURS) return { call: { title: c.title, ask: 'ops' as const, ...optional } };
    if (!c.missing) continue;
    const fb = !police && c.fallback?.phone ? { title: c.fallback.title, phone: c.fallback.phone } : undefined;
    if (fb && (s.urgent || night || c.id === AFTER_HOURS))
      return { call: { ...fb, via: c.title, ...ask, ...optional } };
    if (fb) return { call: { title: c.title, fallback: fb, ...ask, ...optional } };
    if (c.id === OFFICE || c.id === AFTER_HOURS) return { call: { title: c.title, ...ask, ...optional } };
  }
  return {};
}

/** The police's lines outside an emergency: the municipality's own police contact first, else 02800. */
const POLICE_LINES = ['lokal-politikontakt', 'politi-02800'];
/** The steps that tell the person to contact the police today. */
const POLICE_STEPS: ReadonlySet<string> = new Set(['kontakt-politi', 'ring-politiet-avverge']);

/**
 * A crime where the child is looked after (a colleague or the leader suspected) is the police's
 * as much as the child welfare service's: the police's number stands beside the first call, so
 * the block does not read as "ring barnevernet" alone. Only where the steps send the person to the
 * police; never for the police, in an emergency (112 leads) or when the first call is the police.
 */
function alsoPolice(s: Summary, call: BriefCall): { title: string; phone: string } | undefined {
  if (call.own || s.urgent || answered(s, 'sektor').has('politi')) return undefined;
  const suspect = answered(s, 'mistenkt');
  if (!suspect.has('kollega') && !suspect.has('leder')) return undefined;
  if (!s.steps.some((st) => POLICE_STEPS.has(st.id))) return undefined;
  for (const id of POLICE_LINES) {
    const c = s.contacts.find((x) => x.id === id);
    const number = c && callFor(c, s);
    if (number) return number.phone === call.phone ? undefined : number;
  }
  return undefined;
}

/** The contacts with `lead` moved before the first of the child welfare lines (the helpline included). */
function openFirst(contacts: readonly ContactItem[], lead: string): ContactItem[] {
  const first = contacts.find((c) => c.id === lead);
  if (!first) return [...contacts];
  const out = contacts.filter((c) => c !== first);
  const other = out.findIndex((c) => [OFFICE, AFTER_HOURS, HELPLINE].includes(c.id));
  // Never later than it was: it only moves ahead of the other child welfare lines.
  out.splice(other >= 0 ? Math.min(other, contacts.indexOf(first)) : contacts.indexOf(first), 0, first);
  return out;
}

/**
 * How to find a local number that is missing. "Ask your leader" only when the person has one who
 * is reachable and on their side: not with no leader, a leader against reporting or suspected,
 * after hours, or a GP who was not asked (often without a leader). The police ask their own line.
 */
export function askFor(s: Summary): Ask {
  if (answered(s, 'sektor').has('politi')) return 'ops';
  // A volunteer has no leader in the municipality's sense: the municipality's website.
  if (answered(s, 'ansettelse').has('frivillig')) return 'web';
  const leader = answered(s, 'leder');
  if (leader.has('ingen') || leader.has('uenig') || answered(s, 'mistenkt').has('leder')) return 'web';
  if (answered(s, 'tid').has('kveld')) return 'web';
  if (leader.size === 0 && answered(s, 'sektor').has('helse')) return 'web';
  return 'leader';
}

/**
 * Urgent, no emergency number is for this person, and they are not the police: their own service
 * is the medical emergency help (legevakt, hospital), so they give help and call the doctor on duty.
 */
export function ownEmergency(s: Summary): boolean {
  return s.urgent && (s.actNow?.contacts ?? []).length === 0 && !answered(s, 'sektor').has('politi');
}

/** What to ring for a contact: its own number, or (local number missing) its national stand-in. */
export function callFor(c: ContactItem, s: Summary): { title: string; phone: string } | undefined {
  if (c.phone && !c.missing) return { title: c.title, phone: c.phone };
  if (c.missing && c.fallback?.phone && !answered(s, 'sektor').has('politi'))
    return { title: c.fallback.title, phone: c.fallback.phone };
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
    ? `${label} ${d.titles.join(', ')} ${d.condition ? `(${d.condition} – se under)` : ''} og ${d.last ?? '2 til'}.`
    : '';
  const callText = c
    ? `${label} ${c.phone ?? ''} ${c.title ?? ''} ${c.via ? `${label} ${c.via} ${label}` : ''} ${c.fallback ? `${label} ${label} ${c.fallback.phone} (${c.fallback.title}) ${label} ${label}` : ''} ${c.also ? `${label} ${c.also.phone} (${c.also.title}) ${label} ${label}` : ''}`
    : '';
  return (d ? lineCount(dutyText) : 0) + (c ? lineCount(callText) : 0);
}

const stepLines = (st: StepItem) => lineCount(`[ ] Før henting: ${st.title}`);

/**
 * The steps that are always in the block: every time-critical one (now, before pick-up), then the
 * must-haves. The summary sorts by urgency, so the time-critical ones are its first steps.
 */
function forcedSteps(steps: readonly StepItem[]): StepItem[] {
  return [
    ...steps.filter((st) => TIME_CRITICAL.has(st.urgency)),
    ...steps.filter((st) => !TIME_CRITICAL.has(st.urgency) && BRIEF_MUST_STEPS.includes(st.id)),
  ];
}

/**
 * The first steps: the forced ones (even past the line budget: they are why the block is there),
 * then the rest in the summary's order while they fit, up to `BRIEF_STEPS` and at least three in
 * all; shown in the summary's order.
 */
function stepsPart(steps: readonly StepItem[], forced: readonly StepItem[], used: number): StepItem[] {
  const picked = new Set<StepItem>(forced);
  let room = BRIEF_LINES - used - forced.reduce((n, st) => n + stepLines(st), 0);
  for (const st of steps) {
    if (picked.size >= BRIEF_STEPS) break;
    if (picked.has(st)) continue;
    const need = stepLines(st);
    if (picked.size >= 3 && need > room) break;
    picked.add(st);
    room -= need;
  }
  return steps.filter((st) => picked.has(st));
}
