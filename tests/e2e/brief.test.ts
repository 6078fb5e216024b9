// "Kort fortalt" through the built CLI on the bundled deck, without a municipality's overlay: the
// cases the round-2 reviewers played. Answers come from the deck's own scenario files, so the test
// follows the flow when the content changes. Build first (npm test does).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, scenarioAnswers as answers, tempDir } from '../helpers/cli.js';

describe('run --format text: the short block', () => {
  let t: ReturnType<typeof tempDir>;
  beforeAll(() => {
    t = tempDir(); // no tiltakskort.local.yaml here: the local numbers are missing
  });
  afterAll(() => t.cleanup());

  /** The block for a scenario (or answers given as q=o). `maxLines`: six or more steps that cannot wait take room. */
  async function brief(scenario: string | string[], maxLines = 14): Promise<{ lines: string[]; flat: string }> {
    const given = typeof scenario === 'string' ? answers(scenario) : scenario.flatMap((a) => ['--answer', a]);
    const r = await cli(['run', ...given, '--format', 'text'], { cwd: t.dir });
    expect(r.code, r.stderr).toBe(0);
    const start = r.stdout.indexOf('KORT FORTALT');
    const lines = r.stdout.slice(start, r.stdout.indexOf('HVEM DU KONTAKTER')).trimEnd().split('\n');
    expect(start).toBeGreaterThan(-1);
    expect(lines.every((l) => [...l].length <= 80)).toBe(true);
    expect(lines.filter((l) => l.trim() !== '').length).toBeLessThanOrEqual(maxLines);
    return { lines, flat: lines.join(' ').replace(/\s+/g, ' ') };
  }

  /** The whole output of `run` with these answers (q=o) in a format. */
  async function runAnswers(format: 'text' | 'json', given: readonly string[]): Promise<string> {
    const r = await cli(['run', '--format', format, ...given.flatMap((a) => ['--answer', a])], { cwd: t.dir });
    return r.stdout;
  }

  it('hospital and legevakt staff in an acute suicide case: their own emergency routine first, never a helpline (revq Q4)', async () => {
    for (const sektor of ['sykehus', 'legevakt']) {
      const given = [`sektor=${sektor}`, 'alder=16-17', 'bekymring=akutt,selvskading', 'fare=helse', 'videre=na'];
      const { flat } = await brief(given);
      expect(flat).toContain('Først: Du er selv akutthjelpen – gi hjelpen nå og tilkall vakthavende lege');
      // The banner above says the same, not "ring the emergency number".
      const text = await runAnswers('text', given);
      expect(text.replace(/\s+/g, ' ')).toContain('Gi akutthjelp og tilkall vakthavende lege før du gjør noe annet.');
      expect(text).not.toContain('Ring nødnummeret før du gjør noe annet');
      const json = await runAnswers('json', given);
      expect((JSON.parse(json) as { brief: { call: unknown } }).brief.call).toEqual({ own: true });
      expect(flat).not.toContain('Ring først');
      expect(flat).not.toContain('116 111');
    }
    // The police have no 112 of their own either, but they are not the medical help: their own
    // line to the barnevernvakt leads, and no doctor on duty is named (revs S4).
    const policeCase = ['sektor=politi', 'alder=3-5', 'bekymring=akutt,vitne', 'fare=vold', 'videre=na'];
    const police = await brief(policeCase);
    expect(police.flat).toContain('Ring først: Barnevernvakten');
    expect(police.flat).not.toMatch(/akutthjelpen|vakthavende lege/);
    const policeText = await runAnswers('text', policeCase);
    expect(policeText.replace(/\s+/g, ' ')).toContain('Handle etter politiets rutiner for akutte oppdrag');
    const top = policeText.slice(0, policeText.indexOf('HVEM DU KONTAKTER'));
    expect(top).not.toMatch(/vakthavende lege|Ring nødnummeret før/);
    // Anyone else is told to ring 113 first.
    const { flat } = await brief([
      'sektor=skole',
      'alder=16-17',
      'bekymring=akutt,selvskading',
      'fare=helse',
      'videre=na',
    ]);
    expect(flat).toContain('Ring først: 113 Medisinsk nødtelefon');
  });

  it('in office hours, barnevernet leads and 116 111 is the way to reach it; the written report today is a step', async () => {
    const { flat } = await brief('barnehage-omsorgssvikt');
    expect(flat).toContain(
      'Ring først: Barnevernstjenesten i kommunen – spør lederen din om nummeret. Får du ikke tak i dem: 116 111 (Alarmtelefonen for barn og unge)',
    );
    expect(flat).not.toContain('i stedet for');
    expect(flat).toContain('[ ] I dag: Meld skriftlig til barnevernstjenesten');
  });

  it('when the leader disagrees, "report yourself" is in the block', async () => {
    const { flat } = await brief('skole-leder-uenig');
    expect(flat).toContain('Meld selv når lederen er uenig');
  });

  it('in the evening, 116 111 leads and puts the person through to the barnevernvakt', async () => {
    // Repeated violence by a parent: the duty to avert applies, and its police step takes a line.
    const { flat } = await brief('skole-melding-fra-elev-om-kvelden', 15);
    expect(flat).toMatch(/Ring først: 116 111 Alarmtelefonen for barn og unge – setter deg over til Barnevernvakten/);
    // Nobody asks their leader at night.
    expect(flat).toContain('finn det lokale nummeret på kommunens nettside');
  });

  it('before pick-up, the call before the child leaves and "do not promise secrecy" are in the block, with "report yourself" (R2)', async () => {
    const { flat } = await brief('r2-skole-8-aring-stefar-om-natten', 16);
    expect(flat).toContain('[ ] Før henting: Ring barnevernet før barnet går hjem');
    expect(flat).toContain('[ ] Nå: Ikke lov barnet å holde det hemmelig');
    expect(flat).toContain('[ ] Nå: Vent med å si det til foreldrene');
    expect(flat).toContain('Meld selv når lederen er uenig');
    // The leader is against reporting: the number is found elsewhere.
    expect(flat).toContain('Ring først: Barnevernstjenesten i kommunen – finn nummeret på kommunens nettside.');
    expect(flat).not.toContain('spør lederen din');
  });

  it('when the duty line says the duty to avert applies, the block also says to alert the police today (revz C2)', async () => {
    // A teacher, a child who has told of abuse by her stepfather that is still going on; the
    // time-critical steps alone used to fill the block, and the police step fell under "og 2 til".
    const story = (file: string, id: string) => answers(file, id).filter((a) => a !== '--answer');
    for (const [file, id] of [
      ['r11-u4-bup-13-aring-stefar-overgrep-pagar', 'r11-u4b-laerer-9-aring-far-slar-pagar'],
      ['r11-x1-fastlege-brannsar-ingen-legevakt', 'r11-x3-fastlege-10-aring-belte-ukentlig'],
    ] as const) {
      const { flat } = await brief(story(file, id), 16);
      expect(flat, id).toMatch(/Plikt som gjelder for deg: .*Avvergeplikt/);
      expect(flat, id).toContain('[ ] I dag: Varsle politiet i dag – avvergeplikten gjelder');
    }
    // A single blow: the duty to avert only may apply (below the block), and no police step is forced.
    const single = await brief(
      story('r11-x1-fastlege-brannsar-ingen-legevakt', 'r11-x3b-laerer-slag-en-gang-kan-gjelde'),
      16,
    );
    expect(single.flat).not.toMatch(/Plikt som gjelder for deg: .*Avvergeplikt/);
    expect(single.flat).not.toContain('Varsle politiet i dag');
  });

  it("a colleague or the leader suspected: the police's number stands beside the first call (revab 5a)", async () => {
    const kindergarten = [
      'sektor=barnehage',
      'bekymring=vold',
      'alder=3-5',
      'voldtype=enkelt',
      'foreldre-fare=nei',
      'tid=ikke',
      'hemmelig=nei',
      'leder=ikke',
    ];
    const { flat } = await brief([...kindergarten, 'mistenkt=kollega'], 15);
    expect(flat).toMatch(
      /Ring først: Barnevernstjenesten i kommunen .* Ring også 02800 \(Politiet – når det ikke haster\) i dag – barnevernet og politiet skal begge vite det\./,
    );
    const json = JSON.parse(await runAnswers('json', [...kindergarten, 'mistenkt=kollega'])) as {
      brief: { call: { also?: { phone: string } } };
    };
    expect(json.brief.call.also).toEqual({ title: 'Politiet – når det ikke haster', phone: '02800' });
    // The leader suspected, at school: the same.
    const school = await brief(
      [
        'sektor=skole',
        'bekymring=seksuelt',
        'alder=12-13',
        'mistenkt=leder',
        'foreldre-fare=nei',
        'tid=ikke',
        'hemmelig=nei',
        'nett=nei',
      ],
      16,
    );
    expect(school.flat).toContain('Ring også 02800');
    // A parent suspected: barnevernet alone leads, as before.
    const parent = await brief([...kindergarten.filter((a) => a !== 'foreldre-fare=nei'), 'mistenkt=ja']);
    expect(parent.flat).not.toContain('Ring også');
  });

  it("a teacher with a pupil who self-harms: the school nurse is the first contact, the child's talk lines after (revac)", async () => {
    const given = [
      'sektor=skole',
      'bekymring=selvskading',
      'alder=14-ar',
      'selvmord=ikke-akutt',
      'hjemme=nei',
      'tid=ikke',
      'hemmelig=nei',
      'foreldre-fare=nei',
    ];
    const json = JSON.parse(await runAnswers('json', given)) as { contacts: { id: string }[] };
    expect(json.contacts.map((c) => c.id)).toEqual([
      'lokal-helsesykepleier',
      'mental-helse-116123',
      'kirkens-sos',
      'kors-pa-halsen',
      'legevakt-116117',
    ]);
  });

  it('a dentist with a stable child whose illness goes untreated: barnevernet first, never 113 (revag case 3)', async () => {
    const given = [
      'sektor=tannhelse',
      'alder=6-11',
      'bekymring=omsorgssvikt,behandling',
      'svikt=alvorlig',
      'foreldre-fare=nei',
      'tid=ikke',
      'hemmelig=nei',
      'leder=folger',
    ];
    const { flat } = await brief(given);
    expect(flat).toContain('Ring først: Barnevernstjenesten i kommunen');
    expect(flat).not.toContain('Ring først: 113');
    // 113 stays in the list of contacts, for when it turns acute.
    const json = JSON.parse(await runAnswers('json', given)) as { contacts: { id: string }[] };
    expect(json.contacts.map((c) => c.id)).toContain('amk-113');
  });

  it('a police officer at night gets their own step to call the barnevernvakt now, never 116 111 (G7)', async () => {
    const { flat } = await brief('c1-politi-13-aring-ute-om-natten');
    expect(flat).toContain('[ ] Nå: Ta hånd om barnet, og ring barnevernvakten nå');
    // The first call is the barnevernvakt through the police's own line, never the legevakt (round 6, C1).
    expect(flat).toContain('Ring først: Barnevernvakten – politiets direkte linje');
    expect(flat).not.toContain('Ring først: 116 117');
    expect(flat).not.toContain('116 111');
  });

  it('a school nurse in office hours calls the barnevernstjeneste first, not 116 111 (G4)', async () => {
    const { flat } = await brief(
      [
        'sektor=helsestasjon',
        'alder=16-17',
        'bekymring=vold,selvskading',
        'mistenkt=ja',
        'voldtype=gjentatt', // revv C5 (round 10): the new severity question
        'selvmord=ikke-akutt',
        'tid=ikke',
        'hemmelig=ja',
        'leder=ikke',
      ],
      16,
    ); // the duty to avert applies (repeated violence): its police step takes a line, and asking about the suicide risk another (round 13)
    expect(flat).toContain('Ring først: Barnevernstjenesten i kommunen – spør lederen din om nummeret.');
    expect(flat).toContain('[ ] Nå: Vent med å si det til foreldrene');
  });

  it('a GP with no leader is not told to ask one (B1)', async () => {
    const { flat } = await brief('b1-fastlege-4-aring-brannskade-ingen-leder', 16);
    expect(flat).toContain('finn nummeret på kommunens nettside');
    expect(flat).not.toContain('spør lederen din');
  });

  it('an unclear worry reads "may apply", and "not serious" reads "probably no duty yet", never "no duty for you" (H1)', async () => {
    const unclear = await brief('barnehage-uklar');
    // revv (round 10): kindergarten staff see their one duty card (it names bvl § 13-2), not the general one beside it
    expect(unclear.flat).toContain('Plikt som kan gjelde: Barnehagepersonalets opplysningsplikt');
    expect(unclear.flat).not.toContain('Ingen meldeplikt for deg her');
    const { flat } = await brief('r4-foreldre-rus-ikke-alvorlig');
    expect(flat).toContain('Trolig ingen meldeplikt ennå – les hva som gjelder: Under terskelen for meldeplikt.');
  });

  it('a seriously hurt child after violence: "act now" and the short block both put 113 before 112 (K7)', async () => {
    const r = await cli(['run', ...answers('r5-k7-trener-far-rister-7-aring-som-ikke-svarer'), '--format', 'text'], {
      cwd: t.dir,
    });
    const actNow = r.stdout.slice(r.stdout.indexOf('HANDLE NÅ'), r.stdout.indexOf('KORT FORTALT'));
    expect(actNow.indexOf('113 Medisinsk nødtelefon')).toBeGreaterThan(-1);
    expect(actNow.indexOf('113 Medisinsk nødtelefon')).toBeLessThan(actNow.indexOf('112 Politiet'));
  });

  it('in a health emergency 113 leads, as the first step says (R3, R7)', async () => {
    const { lines, flat } = await brief('r7-skole-venn-har-tatt-piller');
    expect(flat).toContain('Ring først: 113 Medisinsk nødtelefon.');
    expect(lines.find((l) => l.startsWith('[ ]'))).toContain('Ring 113');
    // Health danger and a missing pupil both ticked: 112 and 113 are both in, and 113, the first step, leads.
    const both = await brief(['sektor=skole', 'alder=16-17', 'bekymring=akutt', 'fare=helse,annen', 'videre=na']);
    expect(both.flat).toContain('Ring først: 113 Medisinsk nødtelefon.');
    expect(both.lines.find((l) => l.startsWith('[ ]'))).toContain('Ring 113');
    expect(both.flat).toContain('Ring 112');
  });

  it('the saved .md keeps the web address of a contact whole', async () => {
    const r = await cli(['run', ...answers('skole-melding-fra-elev-om-kvelden'), '--format', 'md'], { cwd: t.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('https://www.116111.no');
    expect(r.stdout).not.toMatch(/www\\\./);
  });
});
