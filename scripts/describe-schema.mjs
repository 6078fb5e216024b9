// Puts the hover texts (bokmål and English in one string) into schema/cards.schema.json, and the
// `case` kind. Idempotent: run it again after a merge that adds fields to the schema, and add a
// line here for each new field. `node scripts/describe-schema.mjs --check` exits 1 when the file
// is not up to date (tests/unit/schema.test.ts runs the check).

import { readFileSync, writeFileSync } from 'node:fs';

const FILE = new URL('../schema/cards.schema.json', import.meta.url);

const D = {
  'common.kind': 'Hva slags kort dette er. / What kind of card this is.',
  'common.id':
    'Unik id i hele kortstokken: små bokstaver, sifre, - . _ (kortene viser til hverandre med id). / Unique id across the deck: lower-case letters, digits, - . _ (cards refer to each other by id).',
  'common.reviewed':
    'Datoen innholdet sist ble kontrollert mot kildene (ÅÅÅÅ-MM-DD); validate varsler når den er eldre enn 12 måneder. / The date the content was last checked against its sources (YYYY-MM-DD); validate warns when it is older than 12 months.',
  'common.sources': 'Kildekort (id) innholdet bygger på. / Source cards (ids) the content rests on.',
  'common.basis':
    'Hjemmelen: lov, paragraf slik den gjelder nå, og https-lenke til lovteksten. / The legal basis: law, section as in force now, and an https link to the text.',
  'common.title': 'Tittel. / Title.',
  'common.order': 'Rekkefølge i oppsummeringen: lavere kommer først. / Order in the summary: lower comes first.',
  'deck.version': 'Kortstokkens versjon (vises i hver oppsummering). / The deck version (shown in every summary).',
  'deck.languages':
    'Språkene kortstokken har tekst for; nb er påkrevd. / The languages the deck has text for; nb is required.',
  'deck.start': 'Det første spørsmålet (id). / The first question (id).',
  'deck.always': 'Referansekort som tas med i hver oppsummering. / Reference cards every summary includes.',
  'deck.texts':
    'Faste tekster i hver oppsummering: actNow, record, disagree, disclaimer. / Fixed texts of every summary.',
  'question.section':
    'Delen av veilederen spørsmålet hører til ("hvor du er"). / The part of the guide the question belongs to ("where you are").',
  'question.text': 'Spørsmålet slik det stilles. / The question as asked.',
  'question.why':
    'Hvorfor vi spør (vises med "Hvorfor spør vi om dette?"). / Why we ask (shown with "why do we ask?").',
  'question.multiple': 'true: flere svar kan velges. / true: several answers may be chosen.',
  'question.if':
    'Spørsmålet stilles bare når betingelsen holder (spørsmåls-id → svar-id). / The question is asked only when the condition holds (question id → option id).',
  'question.options': 'Svaralternativene. / The answer options.',
  'question.next':
    'Hvor flyten fortsetter etter spørsmålet: en spørsmåls-id, end, eller regler med if/goto. / Where the flow continues: a question id, end, or if/goto rules.',
  'option.id': 'Svarets id, unik i spørsmålet. / The option id, unique within the question.',
  'option.label': 'Svaret slik det vises. / The answer as shown.',
  'option.help': 'Kort forklaring av svaret. / A short explanation of the answer.',
  'option.next': "Oppfølgingsspørsmål for dette svaret (en gren). / This answer's follow-up question (a branch).",
  'option.adds':
    'Referansekort svaret legger til, eventuelt med en betingelse (card + if). / Reference cards the answer adds, optionally with a condition (card + if).',
  'option.urgent':
    'true: saken haster – "gjør dette nå" (112/113) kommer først. / true: the case is urgent – "act now" (112/113) comes first.',
  'duty.summary': 'Hva plikten går ut på. / What the duty is.',
  'duty.meaning': 'Hva det betyr for deg, konkret. / What it means for you, concretely.',
  'duty.limits': 'Når plikten ikke gjelder. / When the duty does not apply.',
  'sharing.share': 'Hva du kan dele. / What you may share.',
  'sharing.with': 'Med hvem. / With whom.',
  'sharing.why':
    'På hvilket grunnlag: samtykke, en hjemmel, anonym drøfting. / On which basis: consent, a provision, anonymous consultation.',
  'sharing.not': 'Hva du ikke kan dele eller gjøre. / What you must not share or do.',
  'contact.name': 'Navnet på tjenesten. / The name of the service.',
  'contact.phone':
    'Telefonnummer i anførselstegn: 8 sifre, 110/112/113, 0xxxx eller 116xxx. / Phone number in quotes: 8 digits, 110/112/113, 0xxxx or 116xxx.',
  'contact.url': 'Nettadresse (https). / Web address (https).',
  'contact.hours': 'Åpningstider. / Opening hours.',
  'contact.when': 'Når du bruker kontakten. / When to use the contact.',
  'contact.emergency':
    'true for nødnummer (112/113): vises under "gjør dette nå" når det haster. / true for emergency numbers: listed under "act now" when urgent.',
  'contact.local':
    'true: en plassholder kommunen fyller inn (--local FILE). / true: a placeholder the municipality fills in (--local FILE).',
  'step.text': 'Hva du gjør. / What to do.',
  'step.whenConditional':
    "Ordlyden når pliktene som nevnes, bare gjelder på vilkår i denne oppsummeringen (den sterkeste statusen blant dem; duties: plikt-id-er; title/text erstatter kortets). / The wording when the named duties come out conditional in this summary (the strongest status among them; duties: duty ids; title/text replace the card's).",
  'sharing.whenConditional':
    "Ordlyden når pliktene som nevnes, bare gjelder på vilkår i denne oppsummeringen (den sterkeste statusen blant dem; duties: plikt-id-er; title/share/with/why/not erstatter kortets). / The wording when the named duties come out conditional in this summary (the strongest status among them; duties: duty ids; title/share/with/why/not replace the card's).",
  'step.urgency': 'Når: now (nå), today (i dag), soon (snart) eller later (senere). / When: now, today, soon or later.',
  'source.url': 'Adressen til kilden (https). / The address of the source (https).',
  'source.publisher': 'Utgiver (Bufdir, Helsedirektoratet …). / Publisher.',
  'local.municipality': 'Kommunens navn. / The municipality.',
  'local.contacts':
    "Kommunens kontakter: overstyrer nasjonale plassholdere (samme id) eller legger til nye. / The municipality's contacts: override national placeholders (same id) or add new ones.",
  'scenario.answers':
    'Svarene: spørsmåls-id → svar-id (eller liste). / The answers: question id → option id (or a list).',
  'scenario.expect':
    'Hva flyten skal gi: status, urgent, duties/sharing/contacts/steps (include/exclude), next. / What the flow should give.',
  'case.sector':
    "Deltakerens sektor: svaret på kortstokkens første spørsmål (f.eks. skole). / The participant's sector: the answer to the deck's first question (e.g. skole).",
  'case.story':
    'Historien, 3–6 setninger, oppdiktet: roller, aldri navn eller steder. / The story, 3–6 sentences, fictional: roles, never names or places.',
  'case.recommended':
    'Den anbefalte ruten: spørsmåls-id → svar-id (eller liste); må gå helt til slutt. / The recommended route: question id → option id (or a list); must run to the end.',
  'case.debrief':
    'Hva deltakerne skal lære: hvilken plikt som gjelder og hvorfor, med hjemmelen kortene gir. / What to learn: which duty applies and why, with the provisions the cards give.',
};

const CASE = {
  description:
    'Et treningstilfelle (cases/*.yaml) for `tiltakskort train`: én per fil, filnavnet er id-en. / A training case for `tiltakskort train`: one per file, the file name is the id.',
  type: 'object',
  required: ['kind', 'id', 'title', 'sector', 'story', 'recommended', 'debrief'],
  additionalProperties: false,
  properties: {
    kind: { const: 'case' },
    id: { $ref: '#/definitions/id' },
    title: { $ref: '#/definitions/text' },
    sector: { $ref: '#/definitions/id' },
    story: { $ref: '#/definitions/text' },
    recommended: {
      type: 'object',
      additionalProperties: {
        anyOf: [{ $ref: '#/definitions/id' }, { type: 'array', items: { $ref: '#/definitions/id' }, minItems: 1 }],
      },
    },
    debrief: { $ref: '#/definitions/text' },
    reviewed: { $ref: '#/definitions/date' },
  },
};

export function describe(schema) {
  const s = structuredClone(schema);
  // The id is relative: it resolves against wherever the file is read from (the shipped file in
  // node_modules/tiltakskort/schema/, or the repository's schema/), never against a web address
  // that does not exist. Editors map files to it with yaml.schemas (docs/cards.md).
  s.$id = 'cards.schema.json';
  s.definitions.case ??= CASE;
  if (!s.properties.kind.enum.includes('case')) s.properties.kind.enum.push('case');
  if (!s.allOf.some((x) => x.if?.properties?.kind?.const === 'case'))
    s.allOf.push({
      if: { properties: { kind: { const: 'case' } }, required: ['kind'] },
      then: { $ref: '#/definitions/case' },
    });
  s.description = s.description.replace(
    /, a local overlay or a scenario\./,
    ', a local overlay, a scenario or a training case.',
  );
  s.properties.kind.description = D['common.kind'];
  for (const [name, def] of Object.entries(s.definitions)) {
    for (const [prop, v] of Object.entries(def.properties ?? {})) {
      const text = D[`${name}.${prop}`] ?? D[`common.${prop}`];
      if (!text || typeof v !== 'object') continue;
      // "description" first, so it reads well in the file; the rest keeps its order.
      def.properties[prop] = {
        description: text,
        ...Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'description')),
      };
    }
  }
  return s;
}

const text = readFileSync(FILE, 'utf8');
const out = JSON.stringify(describe(JSON.parse(text)), null, 2) + '\n';
if (process.argv.includes('--check')) {
  if (out !== text) {
    console.error('schema/cards.schema.json is not up to date: run node scripts/describe-schema.mjs');
    process.exit(1);
  }
} else if (out !== text) writeFileSync(FILE, out);
