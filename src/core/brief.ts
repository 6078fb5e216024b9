// "Kort fortalt": the few lines a worried person needs first (and, in the terminal, last): which
// duty, whom to call (always with a number), and the first steps with when. Built from the summary
// model only, so every format says the same; renderers decide nothing here.

import type { ContactItem, DutyItem, StepItem, Summary } from './summary.js';
import type { DutyStatus } from './types.js';

export interface BriefCall {
  /** The service to call, and its number: the contact's own, or its national stand-in's. */
  title: string;
  phone: string;
  /** Set when the local number is missing: the local service this call stands in for. */
  insteadOf?: string;
}

export interface Brief {
  urgent: boolean;
  /** The strongest status among the duties, with the titles that have it (at most two) and how many more. */
  duty?: { status: DutyStatus; titles: string[]; more: number; condition?: string };
  /** The first call, with a number; in an urgent case the emergency number. */
  call?: BriefCall;
  /** The first steps, in the summary's order (most urgent first). */
  steps: Pick<StepItem, 'title' | 'urgency'>[];
  moreSteps: number;
}

const STATUS_RANK: readonly DutyStatus[] = ['applies', 'conditional', 'not-applicable'];
/** At most this many steps: the short block has to fit one 80×24 screen. */
export const BRIEF_STEPS = 4;

export function buildBrief(s: Summary): Brief {
  return {
    urgent: s.urgent,
    ...dutyPart(s.duties),
    ...callPart(s),
    steps: s.steps.slice(0, BRIEF_STEPS).map((st) => ({ title: st.title, urgency: st.urgency })),
    moreSteps: Math.max(0, s.steps.length - BRIEF_STEPS),
  };
}

function dutyPart(duties: readonly DutyItem[]): Pick<Brief, 'duty'> {
  for (const status of STATUS_RANK) {
    const same = duties.filter((d) => (d.status ?? 'applies') === status);
    if (same.length === 0) continue;
    const condition = status === 'conditional' ? same.find((d) => d.condition)?.condition : undefined;
    return {
      duty: {
        status,
        titles: same.slice(0, 2).map((d) => d.title),
        more: same.length - Math.min(2, same.length),
        ...(condition ? { condition } : {}),
      },
    };
  }
  return {};
}

/** The first contact a person can ring: emergency first when urgent, then the summary's order. */
function callPart(s: Summary): Pick<Brief, 'call'> {
  const candidates: ContactItem[] = [...(s.actNow?.contacts ?? []), ...s.contacts];
  for (const c of candidates) {
    const call = callFor(c);
    if (call) return { call };
  }
  return {};
}

/** What to ring for a contact: its own number, or (local number missing) its national stand-in. */
export function callFor(c: ContactItem): BriefCall | undefined {
  if (c.phone && !c.missing) return { title: c.title, phone: c.phone };
  if (c.missing && c.fallback?.phone) return { title: c.fallback.title, phone: c.fallback.phone, insteadOf: c.title };
  return undefined;
}
