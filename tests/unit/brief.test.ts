// "Kort fortalt" (src/core/brief.ts and its renderers): what the reviewers of round 2 found in 42
// played cases. The block is built from a summary model, so these tests build summaries directly.

import { describe, expect, it } from 'vitest';
import { Marked } from 'marked';
import { buildBrief, shortCondition } from '../../src/core/brief.js';
import { walk } from '../../src/core/engine.js';
import {
  buildSummary,
  type ContactItem,
  type DutyItem,
  type StepItem,
  type Summary,
  type TraceEntry,
} from '../../src/core/summary.js';
import type { Lang, Urgency } from '../../src/core/types.js';
import { renderHtml } from '../../src/render/html.js';
import { briefMarkdown, renderMarkdown } from '../../src/render/markdown.js';
import { safeMarkdown } from '../../src/render/safe-markdown.js';
import { renderText } from '../../src/render/text.js';
import { renderBrief } from '../../src/render/terminal.js';
import { fitAnswer } from '../../src/cli/prompts.js';
import { contact as contactCard, makeDeck, q } from '../helpers/deck.js';

const BASIS = [{ law: 'barnevernsloven', section: '§ 13-2', url: 'https://lovdata.no/lov/2021-06-18-97/§13-2' }];

const duty = (id: string, title: string, extra: Partial<DutyItem> = {}): DutyItem => ({
  id,
  title,
  because: [],
  status: 'applies',
  summary: 'S.',
  meaning: 'M.',
  basis: BASIS,
  reviewed: '2026-11-01',
  sources: [],
  ...extra,
});
const contact = (id: string, title: string, extra: Partial<ContactItem> = {}): ContactItem => ({
  id,
  title,
  because: [],
  when: 'Når.',
  emergency: false,
  local: false,
  missing: false,
  reviewed: '2026-11-01',
  ...extra,
});
const step = (id: string, title: string, urgency: Urgency): StepItem => ({ id, title, because: [], urgency });

const ALARM = { id: 'alarmtelefonen', title: 'Alarmtelefonen for barn og unge', phone: '116 111' };
const BVT = contact('lokal-barnevernstjeneste', 'Barnevernstjenesten i kommunen', {
  local: true,
  missing: true,
  fallback: ALARM,
});
const BVV = contact('lokal-barnevernvakt', 'Barnevernvakten', { local: true, missing: true, fallback: ALARM });
const ALARM_CONTACT = contact('alarmtelefonen', ALARM.title, { phone: '116 111', url: 'https://www.116111.no' });
const POLICE = contact('politi-112', 'Politiet – nødnummer', { phone: '112', emergency: true });
const NOD112 = contact('nod-112', 'Politiet – nødnummer', { phone: '112', emergency: true });
const AMK113 = contact('amk-113', 'Medisinsk nødtelefon', { phone: '113', emergency: true });
/** The trace of one answer, as the summary keeps it (only the option ids matter to the block). */
const ans = (question: string, ...ids: string[]): TraceEntry => ({
  question,
  questionText: question,
  options: ids.map((id) => ({ id, label: id })),
});

function summary(extra: Partial<Summary> = {}, lang: Lang = 'nb'): Summary {
  return {
    lang,
    deck: { id: 'd', version: '1', title: 'T', reviewed: '2026-11-01' },
    generated: '2026-11-27',
    urgent: false,
    answers: [],
    duties: [duty('meldeplikt-skole', 'Skolepersonalets plikt til å melde fra til barnevernet')],
    sharing: [],
    contacts: [BVT, ALARM_CONTACT],
    steps: [step('meld-skriftlig', 'Meld skriftlig til barnevernstjenesten i dag', 'today')],
    texts: {},
    ...extra,
  };
}

/** The short block as plain text at 80 columns, joined to one line for phrases that wrap. */
function block(s: Summary): { lines: string[]; flat: string } {
  const text = renderText(s);
  const lines = text
    .slice(
      text.indexOf('KORT FORTALT'),
      text.indexOf('HVEM DU KONTAKTER') >= 0 ? text.indexOf('HVEM DU KONTAKTER') : text.indexOf('WHOM TO CONTACT'),
    )
    .trimEnd()
    .split('\n');
  return { lines, flat: lines.join(' ').replace(/\s+/g, ' ') };
}

describe('Kort fortalt: the first call', () => {
  it('after a recent sexual assault the overgrepsmottak leads the child welfare lines (M7)', () => {
    const s = summary({
      contacts: [BVT, contact('overgrepsmottak', 'Overgrepsmottaket', { phone: '116 117' }), ALARM_CONTACT],
    });
    expect(block(s).flat).toContain('Ring først: 116 117 Overgrepsmottaket.');
  });

  it("the child's own talk lines (116 123, Kirkens SOS, Kors på halsen) are never the first call (revaa case 2)", () => {
    const MH = contact('mental-helse-116123', 'Mental Helse Hjelpetelefonen', { phone: '116 123' });
    const SOS = contact('kirkens-sos', 'Kirkens SOS – krisetelefon', { phone: '22 40 00 40' });
    const KPH = contact('kors-pa-halsen', 'Kors på halsen (Røde Kors)', { phone: '800 33 321' });
    const NURSE = contact('lokal-helsesykepleier', 'Helsesykepleierne i kommunen', {
      local: true,
      phone: '22 33 44 57',
    });
    const nurse = summary({ answers: [ans('sektor', 'helsestasjon')], contacts: [MH, SOS, KPH] });
    expect(block(nurse).flat).not.toContain('Ring først');
    // A teacher whose municipality has filled in the school nurse: the nurse, not a talk line listed before it.
    const teacher = summary({ answers: [ans('sektor', 'skole')], contacts: [MH, SOS, KPH, NURSE] });
    expect(block(teacher).flat).toContain('Ring først: 22 33 44 57 Helsesykepleierne i kommunen.');
  });

  it('the legevakt ("if the child needs a doctor") is never the first call outside an emergency (barnevern staff, round 7)', () => {
    const LEGEVAKT = contact('legevakt-116117', 'Legevakt', { phone: '116 117' });
    const SLT = contact('politikontakt', 'Politikontakten for kommunen', {
      local: true,
      missing: true,
      fallback: { id: 'politi-02800', title: 'Politiet – når det ikke haster', phone: '02800' },
    });
    const calm = summary({ answers: [ans('sektor', 'barnevern')], contacts: [LEGEVAKT, SLT] });
    expect(block(calm).flat).toContain('Ring først: Politikontakten for kommunen');
    expect(block(calm).flat).not.toContain('116 117');
    // Urgent: the emergency number; and with none for this person (hospital staff), their own routine,
    // never a contact that is not an emergency number (revq Q4).
    const urgent = summary({
      urgent: true,
      answers: [ans('sektor', 'barnevern')],
      contacts: [AMK113, LEGEVAKT, SLT],
      actNow: { contacts: [AMK113] },
    });
    expect(block(urgent).flat).toContain('Ring først: 113 Medisinsk nødtelefon');
    const own = summary({ urgent: true, answers: [ans('sektor', 'sykehus')], contacts: [LEGEVAKT, ALARM_CONTACT] });
    expect(block(own).flat).toContain('Først: Du er selv akutthjelpen');
    expect(block(own).flat).not.toMatch(/116 117|116 111/);
  });

  it('a volunteer is not told to ask a leader for the number (R5-7)', () => {
    const s = summary({ answers: [ans('sektor', 'fritid'), ans('ansettelse', 'frivillig')] });
    expect(block(s).flat).not.toContain('spør lederen din');
    expect(block(s).flat).toContain('finn nummeret på kommunens nettside');
  });

  it('in office hours, the local service leads and 116 111 is the way to reach it, not a replacement', () => {
    const { flat } = block(summary());
    expect(flat).toContain(
      'Ring først: Barnevernstjenesten i kommunen – spør lederen din om nummeret. Får du ikke tak i dem: 116 111 (Alarmtelefonen for barn og unge) kan sette deg over eller melde videre.',
    );
    expect(flat).not.toMatch(/i stedet for/);
    const en = renderText(summary({}, 'en')).replace(/\s+/g, ' ');
    expect(en).toContain(
      'Call first: Barnevernstjenesten i kommunen – ask your leader for the number. If you cannot reach them: 116 111 (Alarmtelefonen for barn og unge) can put you through or pass it on.',
    );
    expect(en).not.toMatch(/instead of/);
  });

  it('after hours (tid: kveld) 116 111 leads and puts the person through; the leader is not asked at night', () => {
    const s = summary({ contacts: [BVT, BVV, ALARM_CONTACT], answers: [ans('tid', 'alene', 'kveld')] });
    expect(block(s).flat).toContain(
      'Ring først: 116 111 Alarmtelefonen for barn og unge – setter deg over til Barnevernvakten; finn det lokale nummeret på kommunens nettside.',
    );
    expect(block(s).flat).not.toContain('lederen');
    expect(buildBrief(s).call).toEqual({ title: ALARM.title, phone: '116 111', via: 'Barnevernvakten', ask: 'web' });
  });

  it('in office hours the barnevernstjeneste leads, ahead of 116 111 and the barnevernvakt (G4: school nurse)', () => {
    // The summary's order puts the helpline (order 5) and the barnevernvakt (4) before the service (10).
    const s = summary({
      contacts: [BVV, ALARM_CONTACT, BVT],
      answers: [ans('sektor', 'helsestasjon'), ans('tid', 'alene')],
    });
    expect(buildBrief(s).call).toMatchObject({
      title: 'Barnevernstjenesten i kommunen',
      fallback: { phone: '116 111' },
    });
    expect(block(s).flat).toContain('Ring først: Barnevernstjenesten i kommunen – spør lederen din om nummeret.');
    // 116 111 in its own right (self-harm) does not lead either.
    const g4 = summary({
      contacts: [ALARM_CONTACT, BVT],
      answers: [ans('sektor', 'helsestasjon'), ans('tid', 'ikke')],
    });
    expect(buildBrief(g4).call?.title).toBe('Barnevernstjenesten i kommunen');
  });

  it('the police never get 116 111 as the way to the barnevernvakt: they ask their own line (G7)', () => {
    const night = summary({
      contacts: [BVV, BVT],
      answers: [ans('sektor', 'politi'), ans('tid', 'alene', 'kveld'), ans('leder', 'ikke')],
    });
    expect(buildBrief(night).call).toEqual({ title: 'Barnevernvakten', ask: 'ops' });
    const { flat } = block(night);
    expect(flat).toContain('Ring først: Barnevernvakten – spør lederen din eller operasjonssentralen om nummeret.');
    expect(flat).not.toContain('116 111');
    // Nor as the fallback for the barnevernstjeneste in the day, nor in the list of contacts.
    const day = summary({ contacts: [BVT, ALARM_CONTACT], answers: [ans('sektor', 'politi')] });
    expect(buildBrief(day).call).toEqual({ title: 'Barnevernstjenesten i kommunen', ask: 'ops' });
    expect(renderText(day).replace(/\s+/g, ' ')).toContain(
      'Det lokale nummeret mangler her: spør lederen din eller operasjonssentralen om nummeret.',
    );
    const en = renderText({ ...night, lang: 'en' }).replace(/\s+/g, ' ');
    expect(en).toContain('Call first: Barnevernvakten – ask your leader or the operations centre for the number.');
  });

  it('"ask your leader" only for someone with a leader who is on their side and reachable (R1, R4, G8)', () => {
    const text = (answers: TraceEntry[]) => block(summary({ answers })).flat;
    const web = 'Ring først: Barnevernstjenesten i kommunen – finn nummeret på kommunens nettside.';
    expect(text([ans('sektor', 'helse'), ans('leder', 'ingen')])).toContain(web);
    expect(text([ans('sektor', 'barnehage'), ans('leder', 'uenig')])).toContain(web);
    expect(text([ans('sektor', 'skole'), ans('mistenkt', 'ja', 'leder')])).toContain(web);
    // A GP who was not asked about a leader often has none.
    expect(text([ans('sektor', 'helse')])).toContain(web);
    const ok = text([ans('sektor', 'barnehage'), ans('leder', 'enig')]);
    expect(ok).toContain('Ring først: Barnevernstjenesten i kommunen – spør lederen din om nummeret.');
    // The list of contacts says the same.
    const list = renderText(summary({ answers: [ans('sektor', 'skole'), ans('leder', 'uenig')] })).replace(/\s+/g, ' ');
    expect(list).toContain('i mellomtiden, og finn det lokale nummeret på kommunens nettside.');
    expect(list).not.toMatch(/spør lederen din om (det lokale )?nummeret/);
    const en = renderText(summary({ answers: [ans('leder', 'ingen')] }, 'en')).replace(/\s+/g, ' ');
    expect(en).toContain("Call first: Barnevernstjenesten i kommunen – find the number on the municipality's website.");
  });

  it('when urgent the emergency number leads', () => {
    const s = summary({ urgent: true, actNow: { contacts: [POLICE] } });
    expect(block(s).flat).toContain('Ring først: 112 Politiet – nødnummer.');
  });

  it('when urgent, the emergency number the summary puts first leads: 113 for a health danger (R3 replay)', () => {
    // buildSummary orders "act now" by the steps that call the numbers (tests/e2e/brief.test.ts, K7).
    const health = summary({
      urgent: true,
      actNow: { contacts: [AMK113, NOD112] },
      contacts: [NOD112, AMK113, BVT],
      steps: [
        step('ring-113', 'Ring 113 (medisinsk nødtelefon) nå', 'now'),
        step('ring-112', 'Ring 112 (politiet) nå', 'now'),
      ],
    });
    expect(block(health).flat).toContain('Ring først: 113 Medisinsk nødtelefon.');
    expect(block(health).lines.find((l) => l.startsWith('[ ]'))).toContain('Ring 113');
    // Violence first (a knife in the schoolyard): 112, as the first step says.
    const violence = summary({
      ...health,
      actNow: { contacts: [NOD112, AMK113] },
      steps: [
        step('ring-112', 'Ring 112 (politiet) nå', 'now'),
        step('ring-113', 'Ring 113 (medisinsk nødtelefon) nå', 'now'),
      ],
    });
    expect(block(violence).flat).toContain('Ring først: 112 Politiet – nødnummer.');
  });

  it('a stand-in whose own card `if` excludes this user does not come back as the fallback', () => {
    const d = makeDeck({ start: 'sektor' }, [
      q('sektor', [
        { id: 'skole', label: 'Skole', adds: ['lokal'] },
        { id: 'politi', label: 'Politi', adds: ['lokal'] },
      ]),
      contactCard('lokal', { name: 'Barnevernvakten', local: true, fallback: 'alarm' }),
      contactCard('alarm', { name: 'Alarmtelefonen', phone: '116 111', if: { not: { sektor: 'politi' } } }),
    ]);
    const build = (sektor: string) =>
      buildSummary(d, walk(d, new Map([['sektor', [sektor]]])).path, {
        lang: 'nb',
        generated: '2026-11-27',
        urgent: false,
      });
    expect(build('skole').contacts[0]?.fallback?.phone).toBe('116 111');
    expect(build('politi').contacts[0]?.fallback).toBeUndefined();
    expect(renderText(build('politi'))).not.toContain('116 111');
  });

  it('when no duty applies and nothing is urgent, the call is an offer, not an order', () => {
    const s = summary({
      duties: [duty('under-terskel', 'Under terskelen for meldeplikt', { status: 'not-applicable' })],
    });
    expect(block(s).flat).toContain('Vil du drøfte saken: Barnevernstjenesten i kommunen');
    expect(block(s).flat).not.toContain('Ring først');
  });

  it('the HTML says the same as the text', () => {
    const html = renderHtml(summary());
    expect(html).toContain(
      'Barnevernstjenesten i kommunen – spør lederen din om nummeret. Får du ikke tak i dem: <strong>116 111</strong> (Alarmtelefonen for barn og unge)',
    );
    expect(html).not.toContain('i stedet for');
  });
});

describe('Kort fortalt: the duty line', () => {
  it('"the duty is your own" only restates the duty to report: it is not counted in the duty line (N7)', () => {
    const s = summary({
      duties: [
        duty('meldeplikt-barnevern', 'Opplysningsplikt til barnevernet'),
        duty('plikten-er-personlig', 'Plikten er din egen'),
        duty('meldeplikt-helse', 'Helsepersonells opplysningsplikt'),
      ],
    });
    expect(block(s).flat).toContain(
      'Plikt som gjelder for deg: Opplysningsplikt til barnevernet og Helsepersonells opplysningsplikt.',
    );
    expect(block(s).flat).not.toContain('Plikten er din egen');
  });

  it('"probably not yet" (below the threshold) is not "no duty for you" (H1, H3)', () => {
    const s = summary({
      duties: [duty('under-terskel', 'Under terskelen for meldeplikt', { status: 'not-applicable' })],
    });
    expect(block(s).flat).toContain(
      'Trolig ingen meldeplikt ennå – les hva som gjelder: Under terskelen for meldeplikt.',
    );
    expect(block(s).flat).not.toContain('Ingen meldeplikt for deg');
    expect(renderText({ ...s, lang: 'en' })).toContain('Probably no duty to report yet – read what applies');
    // A volunteer has no duty to report at all: that stays firm.
    const volunteer = summary({
      duties: [duty('frivillig-melderett', 'Som frivillig', { status: 'not-applicable' })],
    });
    expect(block(volunteer).flat).toContain('Ingen meldeplikt for deg her, men les hva som gjelder: Som frivillig.');
  });

  it('names the duty to report before the duty to cooperate', () => {
    const s = summary({
      duties: [
        duty('samarbeidsplikt', 'Samarbeidsplikt og samordning (fra 2022)'),
        duty('under', 'Annen plikt'),
        duty('meldeplikt-skole', 'Skolepersonalets plikt til å melde fra til barnevernet'),
      ],
    });
    expect(buildBrief(s).duty?.titles).toEqual([
      'Skolepersonalets plikt til å melde fra til barnevernet',
      'Samarbeidsplikt og samordning (fra 2022)',
    ]);
    // revq: the third duty is named by its short title, not "og 1 til".
    expect(block(s).flat).toContain(
      'Plikt som gjelder for deg: Skolepersonalets plikt til å melde fra til barnevernet, Samarbeidsplikt og samordning (fra 2022) og Annen plikt.',
    );
  });

  it('names the one duty left over by its short title instead of "og 1 til", in both languages (revq)', () => {
    const duties = [
      duty('meldeplikt-helse', 'Helsepersonells opplysningsplikt til barnevernet'),
      duty('helse-oyeblikkelig-hjelp', 'Plikt til å gi øyeblikkelig hjelp (helsepersonell)'),
      duty('avvergeplikt', 'Avvergeplikt – bare for lovbruddene på listen i straffeloven § 196'),
    ];
    const nb = block(summary({ duties })).flat;
    expect(nb).toContain(
      'Plikt som gjelder for deg: Helsepersonells opplysningsplikt til barnevernet, Plikt til å gi øyeblikkelig hjelp (helsepersonell) og Avvergeplikt.',
    );
    expect(nb).not.toMatch(/og 1 til/);
    const en = renderText(
      summary(
        {
          duties: [
            duty('meldeplikt-helse', "Health personnel's duty to inform the child welfare service"),
            duty('samarbeidsplikt', 'Duty to cooperate and coordinate (from 2022)'),
            duty('avvergeplikt', 'Duty to avert – only for the crimes listed in Penal Code section 196'),
          ],
        },
        'en',
      ),
    ).replace(/\s+/g, ' ');
    expect(en).toMatch(/Duty to cooperate and coordinate \(from 2022\) and Duty to avert\./);
    expect(en).not.toMatch(/and 1 more/);
    // Two or more left over: still counted, not named.
    const four = block(summary({ duties: [...duties, duty('x', 'Fjerde plikt')] })).flat;
    expect(four).toMatch(/\(helsepersonell\) og 2 til\./);
  });

  const LONG =
    'Gjelder bare hvis det er sikkert eller mest sannsynlig at barnet blir utsatt for et lovbrudd på lista i straffeloven § 196, og det fortsatt kan hindres. For barn under 14 år er det særlig voldtekt (§ 299), voldtekt (§ 291) og incest (§ 312). For §§ 299 og 303 gjelder plikten ikke når de to er omtrent jevnbyrdige i alder og utvikling (§ 308).';

  it('keeps a long condition to one short sentence, cut with "…" and "se under"', () => {
    const { text, shortened } = shortCondition(LONG);
    expect(shortened).toBe(true);
    expect([...text].length).toBeLessThanOrEqual(121);
    expect(text.endsWith('…')).toBe(true);
    expect(text).not.toMatch(/For barn under 14/);
    const s = summary({
      duties: [
        duty('avvergeplikt', 'Avvergeplikt', { status: 'conditional', condition: LONG }),
        duty('a', 'A', { status: 'conditional' }),
        duty('b', 'B', { status: 'conditional' }),
        duty('c', 'C', { status: 'conditional' }),
      ],
    });
    const { flat, lines } = block(s);
    const dutyLines = lines.filter(
      (_l, i) =>
        i >= lines.findIndex((x) => x.startsWith('- Plikt')) && i < lines.findIndex((x) => x.startsWith('- Ring')),
    );
    expect(dutyLines.length).toBeLessThanOrEqual(3);
    // The condition sits right after its own title, so "og 2 til" does not read as depending on it.
    expect(flat).toMatch(/Plikt som kan gjelde: Avvergeplikt \(gjelder bare hvis .*… – se under\), A og 2 til\./);
    // In the terminal's last screen the details are above, not below.
    expect(renderBrief(s, { color: false, width: 80 }).replace(/\s+/g, ' ')).toContain('– se over)');
  });

  it('a short condition is shown whole, and its full stop is not doubled', () => {
    expect(shortCondition('Ikke når de er jevnbyrdige (§ 308).')).toEqual({
      text: 'Ikke når de er jevnbyrdige (§ 308)',
      shortened: false,
    });
    const s = summary({
      duties: [
        duty('avvergeplikt', 'Avvergeplikt', {
          status: 'conditional',
          condition: 'Ikke når de er jevnbyrdige (§ 308).',
        }),
      ],
    });
    const md = briefMarkdown(s, { details: true }).join('\n');
    expect(md).toContain('**Plikt som kan gjelde:** Avvergeplikt (ikke når de er jevnbyrdige (§ 308)).');
    expect(md).not.toMatch(/\.\)\.|\.\./);
    expect(renderHtml(s)).not.toMatch(/\.\)\./);
  });

  it('a cut condition never ends inside a bracket or a "§" reference (revp D2)', () => {
    const trafficking =
      'Gjelder bare hvis det er sikkert eller mest sannsynlig at barnet blir utsatt for grov menneskehandel (straffeloven § 258) eller slaveri (§ 259), og det fortsatt kan hindres.';
    const { text, shortened } = shortCondition(trafficking);
    expect(shortened).toBe(true);
    expect(text).toBe(
      'Gjelder bare hvis det er sikkert eller mest sannsynlig at barnet blir utsatt for grov menneskehandel…',
    );
    const bare = `${'Gjelder hvis noe '.repeat(5)}skjer etter straffeloven § 196 første ledd bokstav a og b, og det kan hindres.`;
    const cut = shortCondition(bare).text;
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/§[\s\d]*…$/);
  });

  it('a first sentence ends at ". Capital", not inside "§ 196 er" or an abbreviation', () => {
    expect(shortCondition('Hvis lovbrudd etter § 196 er begått, f.eks. vold. Mer her.').text).toBe(
      'Hvis lovbrudd etter § 196 er begått, f.eks. vold',
    );
  });
});

describe('Kort fortalt: the steps', () => {
  const STEPS = [
    step('ikke-konfronter', 'Ikke konfronter den du mistenker', 'now'),
    step('ikke-avhor', 'Ikke avhør barnet, og ikke undersøk saken selv', 'now'),
    step('ikke-lov', 'Ikke lov barnet å holde det hemmelig', 'now'),
    step('for-henting', 'Ring barnevernet før barnet hentes eller går hjem', 'pickup'),
    step('involver-leder', 'Ta med lederen din – men vent ikke på det', 'today'),
    step('meld-skriftlig', 'Meld skriftlig til barnevernstjenesten i dag', 'today'),
    step('meld-selv', 'Meld selv når lederen er uenig', 'today'),
    step('informer', 'Fortell foreldrene at du har meldt', 'soon'),
  ];

  it('shows every "now" and "before pick-up" step first, the deadline first outside an emergency, then the must-haves (R1, R2, H5, J3)', () => {
    const b = buildBrief(summary({ steps: STEPS }));
    const titles = b.steps.map((st) => st.title);
    expect(titles).toEqual([
      'Ring barnevernet før barnet hentes eller går hjem',
      'Ikke konfronter den du mistenker',
      'Ikke avhør barnet, og ikke undersøk saken selv',
      'Ikke lov barnet å holde det hemmelig',
      'Meld skriftlig til barnevernstjenesten i dag',
      'Meld selv når lederen er uenig',
    ]);
    expect(b.moreSteps).toBe(2);
  });

  it('a must-have never pushes out a time-critical step, and the rest only fill what is left', () => {
    const many = [
      ...['a', 'b', 'c', 'd', 'e'].map((id) => step(`now-${id}`, `Gjør ${id} nå`, 'now')),
      step('for-henting', 'Ring barnevernet før barnet hentes eller går hjem', 'pickup'),
      step('meld-skriftlig', 'Meld skriftlig til barnevernstjenesten i dag', 'today'),
      step('annet', 'Noe annet i dag', 'today'),
    ];
    const titles = buildBrief(summary({ steps: many })).steps.map((st) => st.title);
    expect(titles).toHaveLength(7);
    expect(titles).toContain('Ring barnevernet før barnet hentes eller går hjem');
    expect(titles).toContain('Meld skriftlig til barnevernstjenesten i dag');
    expect(titles).not.toContain('Noe annet i dag');
    // Few time-critical steps: the block fills up to five with the next ones.
    const few = [
      step('ikke-lov', 'Ikke lov barnet å holde det hemmelig', 'now'),
      step('involver-leder', 'Ta med lederen din', 'today'),
      step('meld-skriftlig', 'Meld skriftlig til barnevernstjenesten i dag', 'today'),
      step('snakk', 'Snakk med barnet igjen', 'soon'),
      step('drof', 'Drøft anonymt', 'soon'),
      step('senere', 'Følg opp', 'later'),
    ];
    const shown = buildBrief(summary({ steps: few })).steps.map((st) => st.title);
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(shown).toEqual(few.slice(0, shown.length).map((st) => st.title));
  });

  it('when the steps need the room, the duty line gives way (one title, no condition), and the block stays short', () => {
    const s = summary({
      steps: STEPS,
      duties: [
        duty('avvergeplikt', 'Avvergeplikt – bare for lovbruddene på listen i straffeloven § 196', {
          status: 'conditional',
          condition:
            'Gjelder bare hvis det er sikkert eller mest sannsynlig at barnet blir utsatt for et lovbrudd på lista i straffeloven § 196, og det fortsatt kan hindres.',
        }),
        duty('meldeplikt-skole', 'Skolepersonalets plikt til å melde fra til barnevernet', { status: 'conditional' }),
      ],
    });
    const b = buildBrief(s);
    expect(b.duty).toEqual({
      status: 'conditional',
      titles: ['Skolepersonalets plikt til å melde fra til barnevernet'],
      more: 1,
      // revq: the one left over is named by its short title, not "og 1 til".
      last: 'Avvergeplikt',
    });
    const { lines } = block(s);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('barnevernet og Avvergeplikt.');
    // Six steps that cannot wait, the call with its fallback, one duty line: 15 lines at most.
    expect(lines.filter((l) => l.trim() !== '').length).toBeLessThanOrEqual(15);
    expect(lines.every((l) => [...l].length <= 80)).toBe(true);
    expect(lines.join('\n')).toMatch(/Ring barnevernet før barnet hentes/);
    // With room to spare, the duty line keeps its condition.
    const roomy = summary({ duties: s.duties, steps: STEPS.slice(4, 6) });
    expect(buildBrief(roomy).duty?.condition).toBeDefined();
  });
});

describe('the answer after an answered question', () => {
  // As askFlow wraps it: the question's last line ends at column 71.
  const MSG =
    'Steg 4 · Terskel\n  Hvor alvorlig er det du har sett, og har det pågått over tid eller\n  skjedd flere ganger, eller er det noe du har hørt fra andre voksne?';

  it('starts on its own line when the question leaves little room, and no line passes 80 columns', () => {
    const out = fitAnswer(MSG, 'Barnet får ikke mat, klær eller tilsyn det trenger, over tid', 80);
    const all = `✔ ${MSG} ${out}`.split('\n');
    expect(all.every((l) => [...l].length <= 80)).toBe(true);
    expect(out.startsWith('\n  Barnet får ikke mat')).toBe(true);
    // No word alone at the end of the question's line.
    expect(all.some((l) => /\? Barnet$/.test(l))).toBe(false);
  });

  it('follows a short question on the same line, and wraps under it', () => {
    const out = fitAnswer(
      'Steg 2 · Bekymring\n  Hva er du bekymret for?',
      'Negativ sosial kontroll eller æresrelatert vold, Omsorgssvikt, Vold',
      80,
    );
    expect(out.startsWith('Negativ sosial kontroll')).toBe(true);
    expect(out.split('\n').length).toBe(2);
    expect(out.split('\n')[1]).toMatch(/^ {2}\S/);
  });

  it('a line that already reaches the margin never gets a word past it ("Ikke" after "Hvorfor")', () => {
    const long = `Steg 5 · Terskel\n  ${'x'.repeat(76)}?`;
    const out = fitAnswer(long, 'Ikke alvorlig nok', 80);
    expect(out).toBe('\n  Ikke alvorlig nok');
  });
});

describe('web addresses in the saved Markdown', () => {
  const marked = new Marked({ gfm: true });

  it('keep https addresses intact (no backslash in "www.")', () => {
    expect(
      safeMarkdown('1. **Alarmtelefonen** – Telefon: **116 111** · Nett: https://www.116111.no · Åpent: Hele døgnet'),
    ).toBe('1. **Alarmtelefonen** – Telefon: **116 111** · Nett: https://www.116111.no · Åpent: Hele døgnet');
    const md = safeMarkdown(renderMarkdown(summary()));
    expect(md).toContain('Nett: https://www.116111.no');
    expect(md).not.toContain('\\.');
  });

  it('bare www. and http:// addresses read and copy whole, but do not become links', () => {
    expect(safeMarkdown('Se www.116111.no.')).toBe('Se `www.116111.no`.');
    expect(safeMarkdown('Se http://e.no/a?b=1, og mer')).toBe('Se `http://e.no/a?b=1`, og mer');
    const html = marked.parse(safeMarkdown('Se www.evil.example og http://evil.example'), { async: false }) as string;
    expect(html).not.toContain('href');
    expect(html).toContain('<code>www.evil.example</code>');
  });

  it('an https address still cannot carry HTML or start an image', () => {
    const html = marked.parse(safeMarkdown('https://e.no/<script>x</script> https://e.no/x![i](https://e.no/i.png)'), {
      async: false,
    }) as string;
    expect(html).not.toMatch(/<script|<img/);
  });
});

describe('a duty specific to the suspect role (revt C4)', () => {
  const duties = [
    duty('meldeplikt-barnevern', 'Opplysningsplikt til barnevernet (meldeplikt)'),
    duty('meldeplikt-skole', 'Skolepersonalets plikt til å melde fra til barnevernet'),
    duty('plikten-er-personlig', 'Plikten er din egen'),
    duty('skolemiljo-ansatt-krenker', 'Skjerpet plikt til å si fra til rektor når en ansatt krenker en elev'),
    duty('avvergeplikt', 'Avvergeplikt – bare for lovbruddene på listen', { status: 'conditional' }),
  ];

  it('is named right after the duty to report, not hidden in "og 2 til"', () => {
    const b = buildBrief(summary({ duties }));
    expect(b.duty?.titles).toEqual([
      'Opplysningsplikt til barnevernet (meldeplikt)',
      'Skjerpet plikt til å si fra til rektor når en ansatt krenker en elev',
    ]);
    expect(block(summary({ duties })).flat).toContain('Skjerpet plikt til å si fra til rektor');
  });

  const STEPS = [
    step('ring-112', 'Ring 112 (politiet) nå', 'now'),
    step('avtalt-mote', 'Et avtalt møte: si dato og sted til politiet i dag – 112 hvis møtet er i dag', 'now'),
    step('ikke-konfronter', 'Ikke konfronter den du mistenker', 'now'),
    step('over-leder', 'Lederen vil ikke handle: gå til lederens leder, så kollegaen holdes borte fra barna', 'now'),
    step('ikke-lov', 'Ikke lov barnet å holde det hemmelig', 'now'),
    step('ikke-avhor', 'Ikke avhør barnet om det som har skjedd', 'now'),
    step('bilder', 'Ikke lagre, kopier eller send videre bilder eller filmer', 'now'),
    step('meld-skriftlig', 'Meld skriftlig til barnevernstjenesten', 'today'),
    step('meld-selv', 'Meld selv når lederen er uenig', 'today'),
  ];

  it('keeps its name when the steps need the room and the duty line is shortened', () => {
    const s = summary({ duties, steps: STEPS });
    const b = buildBrief(s);
    expect(b.duty?.titles).toEqual([
      'Opplysningsplikt til barnevernet',
      'Skjerpet plikt til å si fra til rektor når en ansatt krenker en elev',
    ]);
    expect(b.duty?.more).toBe(1);
    expect(block(s).flat).toContain('Skjerpet plikt til å si fra til rektor');
  });

  it('without it, the two report duties are named as before', () => {
    const b = buildBrief(summary({ duties: duties.filter((d) => d.id !== 'skolemiljo-ansatt-krenker') }));
    expect(b.duty?.titles).toEqual([
      'Opplysningsplikt til barnevernet (meldeplikt)',
      'Skolepersonalets plikt til å melde fra til barnevernet',
    ]);
  });
});

describe('the first call when the duty to report only may apply (revt C3)', () => {
  const conditional = [duty('meldeplikt-skole', 'Skolepersonalets plikt', { status: 'conditional' })];

  it('says that the call to the child welfare service is an anonymous discussion', () => {
    const s = summary({ duties: conditional, contacts: [BVT, ALARM_CONTACT] });
    expect(buildBrief(s).call).toMatchObject({ title: 'Barnevernstjenesten i kommunen', anonymous: true });
    expect(block(s).flat).toContain('Ring først (anonym drøfting, uten navn):');
  });

  it('not where the duty applies, nor in an emergency', () => {
    const applies = summary({ duties: [duty('meldeplikt-skole', 'Skolepersonalets plikt')], contacts: [BVT] });
    expect(buildBrief(applies).call?.anonymous).toBeUndefined();
    expect(block(applies).flat).not.toContain('anonym drøfting');
    const urgent = summary({ urgent: true, duties: conditional, contacts: [NOD112, BVT] });
    expect(buildBrief(urgent).call?.anonymous).toBeUndefined();
  });
});

describe('the duty to help (hjelpeplikt) in the short block (revt C2)', () => {
  const help = duty('hjelpeplikt', 'Hjelpeplikt – alle skal hjelpe et barn i fare nå');

  it('is the duty named for a private volunteer, whose other cards do not bind them', () => {
    const s = summary({
      urgent: true,
      duties: [help, duty('frivillig-melderett', 'Som frivillig', { status: 'not-applicable' })],
    });
    expect(buildBrief(s).duty).toMatchObject({ status: 'applies', titles: [help.title] });
  });

  it('gives way to a duty to report that applies or may apply (the act-now block says what it asks)', () => {
    const s = summary({
      urgent: true,
      duties: [help, duty('meldeplikt-barnehage', 'Barnehagepersonalets opplysningsplikt', { status: 'conditional' })],
    });
    expect(buildBrief(s).duty).toMatchObject({
      status: 'conditional',
      titles: ['Barnehagepersonalets opplysningsplikt'],
    });
  });
});
