// Every word the tool itself shows, in bokmål; card text lives in cards/. One file per language
// (words/nb.ts and words/en.ts have the same keys: en.ts is typed by nb.ts), so a translator
// reads and changes one file, and a missing key is a type error. Messages, usage errors and --help
// are here too, and the findings of validate and test (findings: worded when printed).

/** What a field should hold, by the English name core/checks/shape.ts gives it. */
const nbExpected: Record<string, string> = {
  'a URL': 'en URL',
  'an id': 'en id',
  'a non-empty text': 'tekst som ikke er tom',
  'a card id or {card:, if:}': 'en kort-id eller {card:, if:}',
  'a condition (question: option)': 'en betingelse (spørsmål: svar)',
  'a contact': 'en kontakt',
  'a date as YYYY-MM-DD': 'en dato som ÅÅÅÅ-MM-DD',
  'a list of card ids': 'en liste med kort-id-er',
  'a list of ids': 'en liste med id-er',
  'a mapping of texts': 'en tabell med tekster',
  'a non-empty string': 'tekst som ikke er tom',
  'a number': 'et tall',
  'a question id or a list of rules (if:, goto:)': 'en spørsmål-id eller en liste med regler (if:, goto:)',
  'a rule (if:, goto:)': 'en regel (if:, goto:)',
  'an id (lower-case letters, digits, "-", "." or "_")': 'en id (små bokstaver, sifre, «-», «.» eller «_»)',
  'an option (id, label, …)': 'et svar (id, label, …)',
  'law, section and url': 'lov, paragraf og url',
  text: 'tekst',
  'text (a string, or nb:/en: texts)': 'tekst (en streng, eller nb:/en:-tekster)',
  'true or false': 'true eller false',
};
/** What was found instead: a quoted value stays as it is. */
const nbGot = (got: string): string =>
  ({ nothing: 'ingenting', 'a list': 'en liste', 'a mapping': 'en tabell' })[got] ??
  got.replace(/^number /, 'tallet ').replace(/^boolean /, '');

export const nb = {
  /** The guide, `run` and the summary (core/labels.ts). */
  guide: {
    brief: 'Kort fortalt',
    dutyStatus: {
      applies: 'Gjelder for deg',
      conditional: 'Kan gjelde – hvis …',
      'not-applicable': 'Gjelder ikke deg – men …',
    } as Record<string, string>,
    briefDuty: {
      applies: 'Plikt som gjelder for deg',
      conditional: 'Plikt som kan gjelde',
      'not-applicable': 'Ingen meldeplikt for deg her, men les hva som gjelder',
    } as Record<string, string>,
    /** A "not applicable" that only means "probably not yet" (below the threshold). */
    briefNotYet: 'Trolig ingen meldeplikt ennå – les hva som gjelder',
    andMore: 'og {n} til',
    and: 'og',
    callFirst: 'Ring først',
    callOptional: 'Vil du drøfte saken',
    callAnonymous: 'Ring først (anonym drøfting, uten navn)',
    callVia: 'setter deg over til {local}',
    /** Urgent, and the person's own service is the emergency help (legevakt, hospital): no number to ring first. */
    callOwn:
      '**Først:** Du er selv akutthjelpen – gi hjelpen nå og tilkall vakthavende lege etter rutinene deres. Er barnet et annet sted: ring **113**.',
    /** How to find a missing local number (core/brief.ts askFor): leader, the police's own line, the web. */
    askNumber: {
      leader: 'spør lederen din om nummeret',
      ops: 'spør lederen din eller operasjonssentralen om nummeret',
      web: 'finn nummeret på kommunens nettside',
    } as Record<string, string>,
    askLocal: {
      leader: 'spør lederen din om det lokale nummeret',
      ops: 'spør lederen din eller operasjonssentralen om det lokale nummeret',
      web: 'finn det lokale nummeret på kommunens nettside',
    } as Record<string, string>,
    callFallback: 'Får du ikke tak i dem: {phone} ({title}) kan sette deg over eller melde videre.',
    /** Beside the first call when a colleague or the leader is suspected (core/brief.ts alsoPolice). */
    callAlso: 'Ring også {phone} ({title}) i dag – barnevernet og politiet skal begge vite det.',
    seeBelow: 'se under',
    seeAbove: 'se over',
    doThis: 'Gjør dette',
    moreSteps: '{n} steg til under «Neste steg».',
    detailsBelow: 'Under: hvem du kontakter, alle stegene, hva du kan dele og pliktene med hjemmel.',
    localFallback: 'Det lokale nummeret mangler her. Ring {phone} ({title}) i mellomtiden, og {ask}.',
    localMissingAsk: 'Det lokale nummeret mangler her: {ask}.',
    urgencyWhen: { now: 'Nå', pickup: 'Før henting', today: 'I dag', soon: 'Snart', later: 'Senere' } as Record<
      string,
      string
    >,
    moreAbove: '↑ flere over',
    moreBelow: '↓ flere under',
    tipOne: '↑↓ flytt · enter velg',
    tipMany: '↑↓ flytt · mellomrom kryss av · enter videre',
    plainOne: 'Skriv nummeret og trykk Enter. 0\u00a0=\u00a0tilbake, ?\u00a0=\u00a0hvorfor\u00a0spør\u00a0vi.',
    plainOneFirst: 'Skriv nummeret og trykk Enter. ?\u00a0=\u00a0hvorfor\u00a0spør\u00a0vi.',
    plainMany:
      'Skriv ett eller flere nummer (for eksempel: 2 5) og trykk Enter. 0\u00a0=\u00a0tilbake, ?\u00a0=\u00a0hvorfor\u00a0spør\u00a0vi.',
    plainManyFirst:
      'Skriv ett eller flere nummer (for eksempel: 2 5) og trykk Enter. ?\u00a0=\u00a0hvorfor\u00a0spør\u00a0vi.',
    plainInvalid: 'Det forstod jeg ikke. Skriv et nummer fra listen (1–{n}).',
    plainOnlyOne: 'Velg bare ett svar her.',
    plainYes: 'j',
    answered: 'Svar',
    saveFormat:
      'Jeg vet ikke hvilket format «{file}» skal ha. Avslutt navnet med .html (for utskrift), .md, .txt eller .json.',
    saveExists: '«{file}» finnes allerede. Skriv et annet navn.',
    saveExistsOut:
      '«{file}» finnes allerede, og ingenting er spurt ennå. Velg et annet navn, eller legg til --force for å skrive over.',
    saveNoFolder: 'Mappen «{dir}» finnes ikke. Skriv et navn i en mappe som finnes.',
    saveIsFolder: '«{file}» er en mappe. Skriv et filnavn.',
    saveNotWritable: 'Du har ikke lov til å skrive i «{dir}». Velg en annen mappe.',
    saveFailed: 'Kunne ikke lagre «{file}»: {reason}',
    outProblem: 'Fila i --out kan ikke brukes.',
    summaryTitle: 'Oppsummering: hva du gjør nå',
    actNow: 'Handle nå',
    actNowIntro: 'Barnet kan være i fare nå. Ring nødnummeret før du gjør noe annet.',
    /** No emergency number is for the person: they are the emergency help (legevakt, hospital). */
    actNowIntroOwn: 'Barnet kan være i fare nå. Gi akutthjelp og tilkall vakthavende lege før du gjør noe annet.',
    /** The police in an urgent case: 112 is themselves. */
    actNowIntroPolice:
      'Barnet kan være i fare nå. Handle etter politiets rutiner for akutte oppdrag før du gjør noe annet.',
    duties: 'Plikter',
    meaning: 'Hva det betyr for deg',
    limits: 'Grenser',
    provisions: 'Hjemmel',
    sharing: 'Hva du kan dele',
    share: 'Hva',
    with: 'Med hvem',
    why: 'Hvorfor du kan',
    not: 'Ikke del / ikke gjør',
    contacts: 'Hvem du kontakter',
    phone: 'Telefon',
    web: 'Nett',
    hours: 'Åpent',
    whenToUse: 'Når',
    localMissing: 'Det lokale nummeret mangler her: spør lederen din om det.',
    steps: 'Neste steg',
    status: 'Status',
    statusShort: {
      applies: 'Gjelder',
      conditional: 'Gjelder på vilkår',
      'not-applicable': 'Gjelder ikke her',
    } as Record<string, string>,
    urgency: { now: 'nå', pickup: 'før henting', today: 'i dag', soon: 'denne uka', later: 'senere' },
    record: 'Hva du skriver ned, og hvor',
    answers: 'Svarene dine',
    disagree: 'Hvis du er uenig eller fortsatt bekymret',
    about: 'Om denne oppsummeringen',
    deck: 'Kortstokk',
    version: 'versjon',
    reviewed: 'kontrollert',
    generated: 'laget',
    municipality: 'Lokale kontakter',
    because: 'Fordi du svarte',
    always: 'Tas alltid med',
    sources: 'Kilder',
    none: 'Ingen.',
    back: '← Tilbake',
    whyAsk: '? Hvorfor spør vi om dette?',
    step: 'Steg',
    keys: { navigate: 'flytt', select: 'velg' } as Record<string, string>,
    chooseMany: 'Velg alt som passer (mellomrom for å velge, enter for å gå videre)',
    pickAtLeastOne: 'Du valgte ingen svar. Hva vil du gjøre?',
    chooseAgain: 'Velge svar',
    interrupted: 'Avbrutt. Ingenting er lagret.',
    saveAsk: 'Vil du lagre oppsummeringen som en fil?',
    saveWhere: 'Filnavn (.html for utskrift, .md, .txt eller .json)',
    saved: 'Lagret',
    savedNote: 'Bare du kan lese filen. Den inneholder ingen navn eller personopplysninger fra verktøyet.',
    privacy: 'Verktøyet spør aldri om navn eller fødselsnummer, sender ingenting på nett og lagrer bare det du ber om.',
    scrollUp: 'Hele oppsummeringen står over: bla opp for å lese alt.',
    emergencyFirst: 'Er barnet i fare akkurat nå? Ring først:',
    emergencyShort: 'Fare nå? Ring:',
    noTerminal: 'Veilederen stiller spørsmål og trenger en terminal, men ingen er koblet til.',
    noTerminalHint:
      'Svar med nummer fra en pipe med --plain, eller gi svarene: tiltakskort run --answers FIL (eller --answer SPØRSMÅL=SVAR …). `tiltakskort run --format json` viser det første spørsmålet.',
    unknownSector: 'Ukjent sektor «{sector}».',
    validSectors: 'Gyldige: {list}.',
  },
  /** The guide's save question. */
  save: {
    defaultFile: 'oppsummering.html',
    yesNo: '(j/N)',
    answerYesNo: 'Svar j (ja) eller n (nei).',
    yes: 'Ja',
    no: 'Nei',
  },
  /** What the guide and `run` say about a local file's skipped contacts (cli/load.ts). */
  overlay: {
    protected: (id: string) =>
      `«${id}» er en nasjonal kontakt og kan ikke endres i den lokale fila. Det nasjonale nummeret gjelder.`,
    emergency: (id: string) =>
      `«${id}» er merket som nødnummer i den lokale fila. Bare den nasjonale kortstokken har nødnumre; kontakten er hoppet over.`,
    phone: (id: string) => `Telefonnummeret til «${id}» er ikke et gyldig norsk nummer; kontakten er hoppet over.`,
    invalid: (id: string) => `Kontakten «${id}» i den lokale fila har en feil og er hoppet over.`,
    overlayInvalid: 'Den lokale fila har en feil; ingen lokale kontakter er lagt inn.',
    unreadable: 'Den lokale fila kan ikke leses; ingen lokale kontakter er lagt inn.',
    tail: 'Nasjonale numre (112, 113 …) vises som vanlig. `tiltakskort validate --local FIL` viser alle feil.',
    detail: 'Detaljer',
  },
  /** The workshop commands: train, show, search, list (workshop/labels.ts). */
  workshop: {
    cases: 'Treningscaser',
    noCases: 'Ingen treningscaser funnet.',
    trainHint: 'Start en case med: tiltakskort train CASE',
    case: 'Case',
    story: 'Historien',
    sectorGiven: 'Sektor (fra casen)',
    yourRoute: 'Din rute',
    recommended: 'Anbefalt',
    routes: 'Din rute og den anbefalte',
    notAsked: '(ikke spurt)',
    same: '=',
    differs: '≠',
    sameMark: 'likt',
    differsMark: 'ulikt',
    parting: 'Her skilte rutene lag',
    youChose: 'Du svarte',
    recommendedAnswer: 'Anbefalt svar',
    whyAsked: 'Hvorfor spørsmålet stilles',
    missing: 'Anbefalt, men ikke med i ruten din',
    extra: 'Med i ruten din, men ikke i den anbefalte',
    matchAll: 'Rutene fører til de samme pliktene, delingsreglene, kontaktene og stegene.',
    matchButAnswers:
      'Svarene er ikke helt like, men rutene fører til de samme pliktene, delingsreglene, kontaktene og stegene.',
    differsAll: 'Rutene fører ikke til det samme. Se forskjellene under.',
    debrief: 'Gjennomgang',
    basis: 'Hjemmel',
    addedBy: 'Kommer fra',
    kinds: { duties: 'Plikt', sharing: 'Deling', contacts: 'Kontakt', steps: 'Steg' } as Record<string, string>,
    continue: 'Trykk Enter for å gå videre',
    whyTitle: 'Hvorfor spør vi?',
    youAnswered: 'Du svarte',
    question: 'Spørsmål',
    nothing: 'Ingen.',
    noMatches: 'Ingen treff',
    unknownKind: 'Ukjent type',
    addedByOptions: 'Legges til av',
    always: 'Tas alltid med',
    next: 'Neste',
    multiple: 'flere svar mulig',
    condition: 'når',
    cardIf: 'Med i oppsummeringen bare når',
  },
  /** `list`: the heading of each kind. */
  list: {
    questions: 'Spørsmål',
    duties: 'Plikter',
    sharing: 'Deling',
    contacts: 'Kontakter',
    steps: 'Steg',
    sources: 'Kilder',
    cases: 'Treningscaser',
  },
  /** `show` and `list`: field names and details. */
  browse: {
    local: 'lokal',
    localField: 'Lokal',
    whatApplies: 'Hva som gjelder',
    whatToDo: 'Hva du gjør',
    when: 'Når',
    publisher: 'Utgiver',
  },
  /** `search`. */
  search: { more: '… {n} til (bruk --limit)' },
  /** `deck`: the booklet and the pocket card. */
  booklet: {
    shortened: 'Kortversjon. Full tekst for hver plikt finnes i den fullstendige håndboka (tiltakskort deck).',
    booklet: 'Håndbok',
    numbers: 'Nasjonale nummer',
    numbersIntro: 'Er barnet i fare nå, ring nødnummer før du gjør noe annet.',
    local: 'Lokale kontakter',
    localNone: 'Kommunens egne nummer er ikke fylt inn i dette heftet. Spør lederen din om dem, og skriv dem inn her:',
    fillIn: 'Skriv inn kommunens nummer her',
    callFirst: 'Ring først',
    otherNumbers: 'Andre nasjonale nummer',
    forSector: 'for',
    contents: 'Innhold',
    duties: 'Plikter',
    sharing: 'Deling av opplysninger',
    contacts: 'Kontakter',
    steps: 'Steg',
    texts: 'Godt å vite',
    summary: 'Hva som gjelder',
    emergency: 'nødnummer',
    when: 'Når',
    sources: 'Kilder',
    publisher: 'Utgiver',
    actNow: 'Mens du venter på hjelp',
    missing: 'Legg inn kommunens nummer',
    stepText: 'Hva du gjør',
    pocket: 'Lommekort',
    ask: 'Tre spørsmål til deg selv',
    report: 'Hvor du melder',
    reportText: 'Bekymringsmelding til barnevernstjenesten i kommunen – på telefon, eller digitalt:',
    questions: [
      'Er barnet i fare nå? Ring 112 (politi) eller 113 (ambulanse) før du gjør noe annet.',
      'Har jeg grunn til å tro at barnet blir utsatt for vold, overgrep eller alvorlig omsorgssvikt? Da skal du selv melde til barnevernet – plikten er personlig, og lederen din kan ikke stoppe den.',
      'Er jeg usikker? Drøft saken uten navn med barnevernstjenesten, og snakk med lederen din. Ikke konfronter den du mistenker, og ikke lov barnet å holde det hemmelig.',
    ],
  },
  /** `graph`: words in the diagram. */
  graph: {
    duty: 'Plikt',
    sharing: 'Deling',
    contact: 'Kontakt',
    step: 'Steg',
    end: 'Slutt',
    always: 'Tas alltid med',
    then: 'deretter',
    skip: 'hvis ikke spurt',
    if: 'hvis',
    others: 'andre svar',
    more: '… flere spørsmål',
  } as Record<string, string>,
  /** `graph`: the reference cards' kinds, folded. */
  graphKinds: { duty: 'Plikter', sharing: 'Deling av opplysninger', contact: 'Kontakter', step: 'Steg' },
  /** `graph`: the page around the diagram. */
  graphPage: { reviewed: 'kontrollert', card: 'kort', cards: 'kort' },

  /** `graph --format html`: the legend above the diagram. */
  graphLegend: {
    question: 'Fet boks: spørsmål',
    option: 'Avrundet boks: svaralternativ',
    shapes: 'Notat: plikt · Mappe: delingsregel · Komponent: kontakt · Pilform: steg',
    arrowText: 'Tekst på en pil: svarene som fører dit',
    urgent: '(!): haster',
    coloured: 'Fargede bokser: kortene svarene legger til, per type',
    dashed: 'Stiplet linje: svaret legger til kortet',
    route: '★ og tykk linje: ruten',
  },
  /** `--help`: the commands, their options and the examples (cli/main.ts, cli/register-*.ts). */
  help: {
    about:
      'Veileder for deg som jobber med barn og er bekymret for et barn: hvilken plikt du har, hva du kan dele og hvem du kontakter.',
    titles: {
      'Usage:': 'Bruk:',
      'Options:': 'Valg:',
      'Commands:': 'Kommandoer:',
      'Arguments:': 'Argumenter:',
      'Global Options:': 'Felles valg:',
    } as Record<string, string>,
    usageWords: { '[options]': '[valg]', '[command]': '[kommando]' } as Record<string, string>,
    choices: 'mulige',
    default: 'standard',
    help: 'vis hjelp for kommandoen',
    helpCommand: 'vis hjelp for en kommando',
    version: 'vis versjonsnummeret',
    cards: 'les kortene fra denne mappen i stedet for den nasjonale kortstokken',
    local: 'kommunens egne kontakter (standard: ./tiltakskort.local.yaml hvis den finnes)',
    lang: 'språk for spørsmål, svar og meldinger (også TILTAKSKORT_LANG)',
    sector: 'svar på det første spørsmålet (sektoren din) på forhånd',
    outGuide: 'lagre oppsummeringen i denne fila uten å spørre (.md, .html, .txt eller .json)',
    formatGuide: 'formatet på fila som lagres (standard: fra filendelsen)',
    force: 'skriv over fila i --out hvis den finnes',
    plain:
      'enkel visning for skjermlesere, enkle terminaler og svar fra en pipe: nummererte linjer, svar med nummer (også med TERM=dumb)',
    run: 'gå gjennom spørsmålene med svar gitt på forhånd, uten terminal (for CI og forberedte caser)',
    answer: 'ett svar; gjenta valget, eller gi flere svar som spørsmål=a,b',
    answers: 'fil med svar (YAML eller JSON): spørsmål-id → svar-id eller liste med id-er',
    formatRun: 'format på resultatet (standard: text, eller fra filendelsen i --out)',
    outRun: 'skriv oppsummeringen til denne fila (format fra filendelsen hvis ikke --format)',
    schema: 'skriv ut JSON Schema for kortfilene (for editorer og yaml-language-server)',
    validate: 'sjekk en kortstokk (standard: den nasjonale) og vis hvert problem med fil:linje:kolonne',
    dir: 'mappen med kortstokken (standard: den innebygde cards/)',
    localValidate:
      'sjekk kommunens lokale fil sammen med kortstokken (standard: ./tiltakskort.local.yaml hvis den finnes)',
    strict: 'lokale kontakter som mangler nummer i den lokale fila, regnes som feil',
    format: 'format på resultatet',
    config:
      'alvorlighet per regel, alder på kontroll, flere opphevede hjemler (standard: ./tiltakskort.config.yaml hvis den finnes)',
    noCache: 'ikke les eller skriv mellomlageret',
    test: 'kjør scenariofilene (DIR/scenarios/*.yaml) gjennom spørsmålene og vis hvor mange svar de dekker',
    localTest: 'legg kommunens lokale fil over kortstokken (standard: ./tiltakskort.local.yaml hvis den finnes)',
    minCoverage: 'feil hvis scenariene dekker færre prosent av alle svarene enn dette',
    train: 'kurs: fortell en case, gå gjennom veilederen og sammenlign ruten din med den anbefalte',
    case: 'id-en til en treningscase (eller en case-fil); uten: vis casene',
    answersTrain: 'gå en forberedt rute fra denne svarfila, uten terminal',
    formatTrain: 'format på sammenligningen',
    present: 'visning for kursholder: stor tekst, høy kontrast, ett spørsmål per skjerm, «hvorfor» etter hvert svar',
    graph: 'tegn spørsmålene, svarene og utfallene som et diagram (Mermaid, DOT, SVG eller en HTML-side)',
    formatGraph: 'diagramformat (standard: fra filendelsen i --out, ellers mermaid)',
    highlight: 'marker en rute: en svarfil, en case-fil eller en case-id',
    sectorGraph: 'bare delen for dette svaret på det første spørsmålet (for eksempel skole)',
    from: 'start diagrammet ved dette spørsmålet',
    depth: 'bare spørsmål høyst N steg fra det første som tegnes',
    questionsOnly: 'bare spørsmål og svar, ingen andre kort',
    outcomes: 'hvert svar og hvert kort det legger til, i egen boks (hele kartet)',
    out: 'skriv til denne fila i stedet for til skjermen',
    deck: 'hele kortstokken som et hefte for utskrift: HTML (A4) eller Markdown',
    formatDeck: 'format på heftet (standard: fra filendelsen i --out, ellers md)',
    sectorDeck: 'bare kortene for denne målgruppen (et svar på det første spørsmålet, for eksempel skole)',
    pocket: 'et lommekort på én side (A5, HTML): numrene, tre spørsmål, hvor du melder',
    list: 'vis kortene i kortstokken, etter type',
    kind: 'duties, sharing, contacts, questions, steps, sources eller cases (standard: alle)',
    show: 'vis ett kort i sin helhet',
    id: 'id-en til et kort (se `tiltakskort list`)',
    search: 'søk i kortstokken (bokmål og engelsk); avslutter med 1 uten treff, som grep',
    words: 'ord å lete etter (alle ordene må finnes)',
    limit: 'vis høyst så mange treff',
    exitCodes: `Avslutningskoder:
  0    ferdig (run: alle spørsmålene er besvart)
  1    funn i sjekken (validate, test)
  2    feil i bruken eller i kortene: meldingen sier hva og hvor
  3    run: svarene tok slutt før siste spørsmål (neste spørsmål skrives ut)
  130  avbrutt (Ctrl+C); ingenting er lagret`,
    examples: `Eksempler:
  $ tiltakskort                              veilederen, ett spørsmål om gangen
  $ tiltakskort --sector skole --out a.html  start som ansatt i skolen, lagre som HTML
  $ tiltakskort --plain                      nummererte spørsmål, skriv svaret (skjermlesere)
  $ tiltakskort --lang en                    på engelsk
  $ tiltakskort run --format json            det første spørsmålet, for skript
  $ tiltakskort run --answers case.yaml      alle spørsmålene fra en svarfil
  $ tiltakskort validate                     sjekk kortene, for eksempel i CI`,
    runExamples: `Eksempler:
  $ tiltakskort run --format json
  $ tiltakskort run --answer sektor=skole --answer bekymring=vold,omsorgssvikt
  $ tiltakskort run --answers case.yaml --format html --out oppsummering.html`,
    more: 'Kortformat, CI og kurs: se README.md og docs/ i pakken.',
  },
  /** Usage errors of the workshop commands and `test` (cli/commands/). Values come quoted. */
  usage: {
    sectors: (start: string, list: string) => `Sektorer (svar på ${start}): ${list}.`,
    questions: (list: string) => `Spørsmål: ${list}.`,
    kinds: (list: string) => `Typer: ${list}.`,
    unknownKind: (kind: string) => `Ukjent type ${kind}.`,
    noCard: (id: string) => `Ingen kort med id-en ${id}.`,
    noCardHint: '`tiltakskort list` viser alle id-ene; `tiltakskort search ORD` finner kort etter teksten.',
    limit: (v: string) => `--limit må være et helt tall, minst 1 (fikk ${v}).`,
    noWords: 'Skriv minst ett ord å søke etter.',
    notBoth: '--questions-only og --outcomes kan ikke brukes sammen.',
    notBothHint: 'Velg ett av dem (ingen av dem: de andre kortene samlet i én boks per type).',
    depth: (v: string) => `--depth må være et helt tall (0 eller mer), fikk ${v}.`,
    noRoute: (arg: string) => `Fant ingen svarfil, case-fil eller case-id ${arg}.`,
    trainLists: '`tiltakskort train` viser casene.',
    caseInvalid: (arg: string) => `Casen ${arg} har feil:`,
    routeMismatch: (arg: string) => `Ruten i ${arg} passer ikke med kortstokken:`,
    routeShort: (arg: string, next: string) =>
      `Merk: ruten i ${arg} stopper før siste spørsmål (neste spørsmål: ${next}); diagrammet viser den så langt den går.`,
    graphviz: (reason: string) => `Graphviz kunne ikke tegne diagrammet: ${reason}`,
    noCase: (arg: string) => `Ingen treningscase ${arg}.`,
    answersNeedsCase: '--answers trenger en case: tiltakskort train CASE --answers FIL.',
    trainNoTerminal: 'Treningen stiller spørsmål og trenger en terminal, men ingen er koblet til.',
    trainNoTerminalHint: (c: string) =>
      `For å sammenligne en forberedt rute uten terminal: tiltakskort train ${c} --answers FIL [--format json].`,
    jsonNeedsAnswers: '--format json trenger --answers FIL (uten svarfil vises sammenligningen som tekst).',
    caseMismatch: (id: string, deck: string) => `Casen ${id} passer ikke med kortstokken ${deck}:`,
    fixRecommended: 'Rett «recommended» i case-fila (`tiltakskort list questions` viser id-ene).',
    incompleteNext: (next: string) => `Ikke ferdig: svarene stopper før siste spørsmål (neste spørsmål: ${next}).`,
    pocketHtml: 'Lommekortet er en HTML-side (A5, for utskrift).',
    pocketHint: 'Ta bort --format md, eller skriv til en .html-fil.',
    noScenarioFolder: (dir: string) => `Ingen scenariomappe: ${dir}`,
    scenariosWhere: 'Scenariofiler ligger i DIR/scenarios/*.yaml (kind: scenario, answers, expect); se docs/ci.md.',
    noScenarioFiles: (dir: string) => `Ingen scenariofiler i ${dir}.`,
    addScenarios: 'Legg til scenariofiler (*.yaml, kind: scenario); se docs/ci.md.',
    deckErrors: (n: number) =>
      `Kortstokken har ${n} feil, så ingen scenarier ble kjørt (\`tiltakskort validate\` viser dem).`,
    deckFolder: (dir: string) => `Fant ikke mappen med kortstokken: ${dir}`,
    deckFolderHint: 'Gi mappen som har deck.yaml og kortfilene.',
    folders: {
      deck: 'mappen med kortstokken',
      scenarios: 'scenariomappen',
      cases: 'mappen med treningscaser',
    } as Record<string, string>,
    cannotRead: (what: string, detail: string) => `Kan ikke lese ${what}: ${detail}`,
    readableHint: 'Sjekk at filene finnes og kan leses.',
    localNotFound: (file: string) => `Fant ikke den lokale fila: ${file}`,
    checkLocal: 'Sjekk stien du ga til --local.',
    localUnreadable: (file: string, reason: string) => `Kan ikke lese den lokale fila ${file}: ${reason}`,
    checkLocalYaml: 'Sjekk stien du ga til --local: det må være en YAML-fil som kan leses.',
    fixLocal: (file: string) => `Fjern eller rett ${file} i denne mappen.`,
    configNotFound: (file: string) => `Fant ikke konfigurasjonsfila: ${file}`,
    checkConfig: 'Sjekk stien du ga til --config.',
    configUnreadable: (file: string, reason: string) => `Kan ikke lese konfigurasjonen ${file}: ${reason}`,
    configYaml: 'Konfigurasjonen er YAML: rules:, reviewMaxAgeMonths:, repealed:.',
    /** Config file errors (lint/config.ts); the file name is put in front. */
    configMapping: 'Konfigurasjonen må være en tabell (rules:, reviewMaxAgeMonths:, repealed:).',
    configRulesMap: '«rules» knytter regel-id-er til error, warning, info eller off.',
    configUnknownRule: (rule: string) => `Ukjent regel ${rule} i konfigurasjonen.`,
    configRuleList: (ids: readonly string[]) => `Regler: ${ids.join(', ')}.`,
    configLevel: (rule: string, got: string) =>
      `Regelen ${rule}: ventet error, warning, info eller off, men fant ${got}.`,
    configReviewAge: (got: string) =>
      `«reviewMaxAgeMonths» må være et helt antall måneder (1 eller flere), men fant ${got}.`,
    configRepealedList: '«repealed» er en liste med bestemmelser (law/section, url eller text, og now).',
    configUnknownKey: (key: string) => `Ukjent nøkkel ${key} i konfigurasjonen.`,
    configAllowed: (keys: readonly string[]) => `Tillatt: ${keys.join(', ')}.`,
    configEntryMapping: (where: string) => `${where}: ventet en tabell med law/section, url eller text, og now.`,
    configEntryKey: (where: string, key: string) => `${where}: ukjent nøkkel ${key}.`,
    configEntryList: (where: string) => `${where}: ventet en tekst eller en liste med tekster.`,
    configEntryNeeds: (where: string) => `${where}: gi minst én av law (med section), url eller text.`,
    configSectionNeedsLaw: (where: string) => `${where}: «section» trenger «law».`,
    configNow: (where: string) =>
      `${where}: «now» sier hva som skal vises til i stedet (f.eks. «barnevernsloven § 13-2»).`,
  },
  /** Errors and notices on stderr (cli/, io/, core/errors.ts). Values come quoted. */
  /** validate's and test's reports around the findings (lint/format/*). */
  report: {
    errors: (n: number) => `${n} feil`,
    warnings: (n: number) => `${n} ${n === 1 ? 'advarsel' : 'advarsler'}`,
    notes: (n: number) => `${n} ${n === 1 ? 'merknad' : 'merknader'}`,
    files: (n: number) => `${n} ${n === 1 ? 'fil' : 'filer'}`,
    scenarios: (n: number) => `${n} scenario${n === 1 ? '' : 'er'}`,
    questions: (n: number) => `${n} spørsmål`,
    passed: (n: number) => `${n} bestått`,
    failed: (n: number) => `${n} feilet`,
    /** "2 errors, 1 warning" in 3 files (6 checked). */
    found: (what: string, inFiles: string, checked: string) => `${what} i ${inFiles} (${checked} sjekket).`,
    clean: (checked: string) => `Ingen problemer funnet (${checked} sjekket).`,
    checked: (what: string, checked: string) => `${what} (${checked} sjekket).`,
    coverage: (reached: number, total: number, percent: number) =>
      `Dekning: ${reached} av ${total} svar nås av minst ett scenario (${percent} %)`,
    coverageShort: (percent: number, reached: number, total: number) =>
      `Dekning ${percent} % (${reached}/${total} svar)`,
    minimum: (min: number) => `, minimum ${min} %`,
    belowMinimum: (percent: number, min: number) =>
      `Dekningen for scenarioene er ${percent} %, under minimum ${min} %.`,
    neverReached: 'aldri nådd',
    coverageOf: (percent: number) => `dekning ${percent} %`,
    paths: (median: string, worst: string, guarded: number, total: string) =>
      `Stier: median ${median}${worst}; ${guarded} av ${total} er avgrenset (exclude, absentText eller dutyStatus)`,
    longest: (questions: string, id: string) => `, lengst ${questions} (${id})`,
    deckErrors: (n: number) => `${n} feil i kortstokken`,
    nErrors: (n: number) => `${n} feil`,
    more: (n: number) => `… og ${n} til (se loggen).`,
    where: 'hvor',
    rule: 'regel',
    error: 'feil',
    scenario: 'scenario',
    file: 'fil',
    problem: 'problem',
    /** The GitHub job summary (lint/format/step-summary.ts). */
    stepCounts: (errors: number, warnings: number, files: number) =>
      `${errors} feil, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'} i ${files} ${files === 1 ? 'fil' : 'filer'}.`,
    stepScenarios: (total: number, passed: number, failed: number) =>
      `${total} scenario${total === 1 ? '' : 'er'}, ${passed} bestått, ${failed} feilet.`,
    stepCoverage: (percent: number, reached: number, total: number) =>
      `Dekning: ${percent} % av svarene (${reached}/${total})`,
    jobSummaryFailed: (file: string) => `Merk: kunne ikke skrive jobbsammendraget til ${file}.`,
  },
  /** The findings of validate and test (core/checks, lint/): worded when printed, see core/checks/finding.ts. */
  findings: {
    didYouMean: (names: readonly string[]) => `Mente du ${names.map((n) => `«${n}»`).join(' eller ')}?`,
    missingField: (key: string) => `Feltet «${key}» mangler.`,
    unknownField: (key: string) => `Ukjent felt «${key}».`,
    allowedHere: (keys: readonly string[]) => `Tillatt her: ${keys.join(', ')}.`,
    /** what: question, reference card, source or contact (core/checks/references.ts). */
    unknownRef: (what: string, id: string) =>
      `Ukjent ${({ question: 'spørsmål', 'reference card': 'kort', source: 'kilde', contact: 'kontakt' } as Record<string, string>)[what] ?? what} «${id}».`,
    knownRefs: (_what: string, ids: string) => `Disse finnes: ${ids || 'ingen'}.`,
    duplicateId: (id: string, file: string) => `Id-en «${id}» finnes to ganger (også i ${file}).`,
    duplicateIdHint: 'Hver kort-id må være unik i hele kortstokken. Gi ett av dem et nytt navn.',
    yamlSyntax: (reason: string) => `YAML-feil: ${reason}`,
    ioProblem: (problem: string, size: string, limit: string) =>
      problem === 'too-large' ? nb.errors.tooLarge(size, limit) : (nb.errors.input[problem] ?? problem),
    ioSpecialHint: 'Kortfiler er vanlige filer; fjern den, eller gi den et navn som ikke slutter på .yaml.',
    ioTooLargeHint: 'Del kortene på flere filer.',
    ioReadHint: 'Sjekk at fila finnes og kan leses.',
    localPathHint: 'Sjekk stien du ga til --local: det må være en YAML-fil som kan leses.',
    localDefaultHint: (file: string) => `Fjern eller rett ${file} i mappen du kjører tiltakskort fra.`,
    localNotFound: 'Fant ikke den lokale fila.',
    localNotFoundHint: 'Sjekk stien du ga til --local.',
    deckNotFound: 'Fant ikke mappen med kortstokken.',
    deckNotFoundHint: 'Gi mappen som har deck.yaml og kortfilene.',
    yamlTooDeep: (depth: number, nodes: number) =>
      `Dokumentet er nestet dypere enn ${depth} nivåer eller blir (gjennom aliaser) til mer enn ${nodes} verdier; det ble ikke lest.`,
    yamlTooDeepHint: 'Et kort er en flat tabell med noen få lister; fjern aliasene (*navn) og den dype nestingen.',
    unreachable: (id: string, start: string) => `Spørsmålet «${id}» kan ikke nås fra startspørsmålet «${start}».`,
    unreachableHint: 'La «next» på et svar eller et spørsmål peke til det, eller fjern det.',
    noEnd: (id: string) =>
      `Fra spørsmålet «${id}» er det ingen vei til slutten: hver «next» etter det går tilbake til et spørsmål som alt er stilt.`,
    noEndHint:
      'La ett spørsmål i kjeden slutte (ingen «next», eller «next: end»), eller legg til en reserveregel som fører videre.',
    cycle: (names: string) => `Flyten går i ring: ${names}.`,
    cycleHint:
      'Et spørsmål blir aldri stilt to ganger, så flyten stopper stille ved gjentakelsen. La «next» peke framover i stedet.',
    sourceUnused: (id: string) => `Kilden «${id}» er ikke brukt av noe kort flyten bruker.`,
    sourceUnusedHint: 'Legg den til i et korts «sources», eller fjern den.',
    localNotFilled: (id: string, overlay: string) => `Den lokale kontakten «${id}» er ikke fylt ut i ${overlay}.`,
    localNotFilledHint: (id: string) => `Legg til en oppføring med id: ${id} (og telefon eller url) i den lokale fila.`,
    dutyOnly: (field: string, id: string, kind: string) =>
      `«${field}» hører til plikt-kort; «${id}» er et ${kind}-kort.`,
    dutyOnlyHint: 'Fjern det, eller legg til et plikt-kort i stedet.',
    conditionMissing: (id: string) =>
      `«${id}» legges til som betinget, men verken denne oppføringen eller plikt-kortet sier hva betingelsen er.`,
    conditionMissingHint:
      'Legg til condition: { nb: "…", en: "…" } her eller på plikt-kortet: betingelsen med vanlige ord.',
    dutyNoCondition: (id: string) => `Plikten «${id}» er betinget som standard, men sier ikke hva betingelsen er.`,
    dutyNoConditionHint: 'Legg til condition: { nb: "…", en: "…" }: betingelsen med vanlige ord.',
    fallbackNational: (id: string) => `Reservenummeret «${id}» må være en nasjonal kontakt med telefonnummer.`,
    fallbackNationalHint: (ids: string) =>
      `Reservenummeret er det personen ringer mens det lokale nummeret mangler. Mulige: ${ids || 'ingen'}.`,
    optionTwice: (id: string) => `Svar-id-en «${id}» er brukt to ganger i dette spørsmålet.`,
    /** "Expected X, got Y" (core/checks/shape.ts): X by its English name, Y as shape.ts describes it. */
    expected: (what: string, got: string) => `Ventet ${nbExpected[what] ?? what}, men fant ${nbGot(got)}.`,
    expectedOneOf: (list: string, got: string) => `Ventet en av ${list}, men fant ${nbGot(got)}.`,
    notMapping: (got: string) => `En kortfil må ha en tabell (nøkkel: verdi), ikke ${nbGot(got)}.`,
    notMappingHint: 'Begynn kortet med «kind:» og «id:».',
    unknownKind: (kind: string) => `Ukjent eller manglende «kind»: ${kind}.`,
    useOneOf: (list: string) => `Bruk en av: ${list}.`,
    dateHint: 'Skriv datoen innholdet sist ble sjekket, for eksempel 2026-11-23.',
    textEmpty: 'Teksten er tom.',
    textNeedsNb: 'En oversatt tekst må ha «nb» (bokmål).',
    unknownLang: (lang: string) => `Ukjent språk ${lang}.`,
    commaInText: 'Et komma inne i { nb: …, en: … } starter en ny nøkkel: sett teksten i anførselstegn.',
    useLangs: (langs: readonly string[]) => `Bruk ${langs.join(' eller ')}.`,
    langsNeedNb: 'Ventet en liste med språk som har med nb.',
    basisList: 'Ventet en liste med hjemler (law, section, url).',
    basisListHint: 'Hver plikt og hver regel om deling sier hva den bygger på.',
    noOptions: 'Et spørsmål må ha minst ett svar.',
    contactList: 'Ventet en liste med kontaktkort.',
    conditionList: (key: string) => `«${key}» tar en liste med betingelser.`,
    conditionOptions: (q: string, got: string) =>
      `Ventet en svar-id eller en liste med svar-id-er for spørsmålet «${q}», men fant ${nbGot(got)}.`,
    overlayInDeck: 'En lokal fil hører ikke hjemme i mappen med kortstokken.',
    overlayInDeckHint:
      'Hold den utenfor kortstokken og gi den med --local FIL (eller kall den tiltakskort.local.yaml i mappen du kjører fra).',
    noDeckFile: 'Fant ingen deck-fil (en fil med «kind: deck»).',
    noDeckFileHint: 'Legg til deck.yaml med id, version, title, languages, reviewed og start.',
    twoDeckFiles: (file: string) => `Mer enn én deck-fil (også ${file}).`,
    overlayOneDoc: 'En lokal fil er ett YAML-dokument.',
    overlayOneDocHint: 'Fjern «---» og alt etter det, eller slå dokumentene sammen.',
    overlayKind: 'En lokal fil må ha «kind: local».',
    overlayTwice: (id: string) => `«${id}» står to ganger i den lokale fila.`,
    overlayTwiceHint: 'Ha én oppføring per kontakt.',
    overlayNotContact: (id: string, kind: string) =>
      `«${id}» er et ${kind}-kort i den nasjonale kortstokken; en lokal fil kan bare legge til kontakter og fylle ut lokale plassholdere.`,
    overlayOwnId: 'Gi kontakten en egen id.',
    overlayNational: (id: string, number: string) =>
      `«${id}» er en nasjonal kontakt${number}; en lokal fil kan fylle ut lokale plassholdere og legge til kontakter, men ikke endre en nasjonal. Den nasjonale beholdes.`,
    overlayNationalHint:
      'Gi din egen kontakt en egen id (for eksempel «lokal-…»); nasjonale nødnumre og hjelpetelefoner kan ikke byttes ut.',
    overlayEmergency: (id: string) => `«${id}» er merket som nødnummer; bare den nasjonale kortstokken angir nødnumre.`,
    overlayEmergencyHint: 'Fjern «emergency: true»; veiviseren nevner 112 og 113 selv.',
    overlayIncomplete: (id: string, lacking: string) => `Den nye lokale kontakten «${id}» mangler ${lacking}.`,
    overlayIncompleteHint:
      'En kontakt som ikke finnes i den nasjonale kortstokken, må være fullstendig; en som fyller ut en plassholder, arver det den ikke setter.',
    /** problem: phone.ts phoneProblem's English words, named here in bokmål. */
    phoneInvalid: (value: string, problem: string) =>
      `${value} er ikke et gyldig norsk telefonnummer: ${
        (
          {
            'an 8-digit number starts with 2–9': 'et nummer med 8 sifre begynner med 2–9',
            'with +47 the number has 8 digits': 'med +47 har nummeret 8 sifre',
            'the 3-digit numbers are 110, 112 and 113': 'numrene med 3 sifre er 110, 112 og 113',
            'a 5-digit short number starts with 0 (e.g. 02800)':
              'et kortnummer med 5 sifre begynner med 0 (for eksempel 02800)',
            'a 6-digit number is a 116 number (e.g. 116 111)':
              'et nummer med 6 sifre er et 116-nummer (for eksempel 116 111)',
          } as Record<string, string>
        )[problem] ?? problem.replace(/^it has (\d+) digits$/, 'det har $1 sifre')
      }.`,
    phoneHint:
      'Bruk 8 sifre («22 33 44 55», gjerne med «+47 …»), et nødnummer (110, 112, 113), et kortnummer med 5 sifre (02800) eller et 116-nummer (116 111).',
    controlChar: (kind: string, hex: string) =>
      `${({ escape: `Et escape-tegn (${hex}, en terminalsekvens)`, csi: `Et CSI-kontrolltegn (${hex}, en terminalsekvens)`, bidi: `Et tegn som styrer skriveretningen (${hex})`, cr: `Et linjeskift av typen vognretur (${hex})` } as Record<string, string>)[kind] ?? `Et kontrolltegn (${hex})`} i teksten.`,
    controlCharHint: 'Fjern det: korttekst vises i terminaler, der slike tegn kan skjule eller endre det som vises.',
    noEnglish: 'Mangler engelsk tekst («en»), og kortstokken oppgir språkene [nb, en].',
    noEnglishHint: 'Skriv teksten som { nb: …, en: … }; uten «en» viser den engelske veiviseren bokmål merket [nb].',
    basisHttps: (url: string) => `Hjemmelen må lenke til teksten med en https-adresse, men fant ${url}.`,
    basisHttpsHint: 'Bruk https-adressen på lovdata.no, for eksempel https://lovdata.no/lov/2021-06-18-97/§13-2.',
    repealedBasis: (provision: string) => `«${provision}» er en opphevet eller omnummerert bestemmelse.`,
    repealedBasisUrl: (url: string) => `Adressen peker til en opphevet eller omnummerert bestemmelse (${url}).`,
    repealedUrl: (url: string) =>
      `Adressen peker til en opphevet eller utdatert bestemmelse eller et utdatert dokument (${url}).`,
    sourceOutdated: 'Kilden er utdatert eller trukket tilbake.',
    repealedText: (match: string) => `Teksten nevner en opphevet eller omnummerert bestemmelse: «${match}».`,
    cite: (now: string) => `Vis til ${now}.`,
    reviewAge: (date: string, months: number, due: string) =>
      `Sist gjennomgått ${date}, for mer enn ${months} måneder siden (ny gjennomgang skulle vært ${due}).`,
    reviewAgeHint: 'Sjekk innholdet mot kildene, og oppdater så «reviewed».',
    expectedKind: (kind: string, got: string) => `Ventet «kind: ${kind}», men fant ${got}.`,
    mdCode: 'Kodeblokk som ikke er lukket: et oddetall backticks (`).',
    mdCodeHint: 'Lukk kodeblokken med en ` til, eller fjern den som er til overs.',
    mdHtml: (html: string) => `Rå HTML (${html}) vises som tekst, ikke som formatering.`,
    mdHtmlHint: 'Bruk Markdown i stedet: **fet**, [lenke](https://…).',
    mdBold: 'Fet skrift som ikke er lukket: et oddetall «**».',
    mdBoldHint: 'Lukk den fete teksten med ** til.',
    mdCloseBracket: 'Klammene i en lenke går ikke opp: «]» uten «[».',
    mdLinkHint: 'En lenke skrives [tekst](https://…).',
    mdSpace: 'Et mellomrom mellom «]» og «(» ødelegger lenken.',
    mdSpaceHint: 'Skriv [tekst](https://…) uten mellomrom.',
    mdUnclosedLink: 'Lenke som ikke er lukket: «](» uten «)».',
    mdTarget: (target: string) => `Lenkemålet ${target} er tomt eller har mellomrom.`,
    mdTargetHint: 'Skriv adressen uten mellomrom ([tekst](https://…)); bruk %20 for et mellomrom.',
    mdOpenBracket: 'Klammene i en lenke går ikke opp: «[» uten «]».',
    mdOpenBracketHint: 'En lenke skrives [tekst](https://…); skriv en vanlig klamme som \\[.',
    /** Training cases (lint/cases.ts). */
    caseOne: 'En case-fil har nøyaktig én case (ett YAML-dokument).',
    caseUnreadable: (reason: string) => `Kan ikke lese case-fila: ${reason}`,
    caseOneHint: 'Legg hver case i en egen fil, med samme navn som id-en.',
    caseMapping: 'En case-fil har en tabell: kind: case, id, title, sector, story, recommended, debrief.',
    caseId: 'Ventet en id: små bokstaver, sifre, «-», «.» eller «_».',
    caseIdTwice: (id: string, file: string) => `Case-id-en «${id}» brukes to ganger (også i ${file}).`,
    caseFileName: (id: string, file: string) => `Id-en er «${id}», men fila heter «${file}».`,
    caseFileNameHint: 'Gi fila samme navn som id-en: `train ID` finner casen på filnavnet.',
    caseText: (key: string) => `«${key}» må være en tekst: vanlig bokmål, eller { nb: …, en: … }.`,
    caseDate: 'Ventet en dato: ÅÅÅÅ-MM-DD (sett den i anførselstegn hvis YAML leser den som noe annet).',
    caseSector: 'Ventet svar-id-en for det første spørsmålet (for eksempel skole).',
    caseRecommended: 'Ventet en tabell: spørsmål-id → svar-id (eller en liste med svar-id-er).',
    caseAnswer: (q: string, got: string) =>
      `Ventet en svar-id eller en liste med svar-id-er (ikke tom) for «${q}», men fant ${got}.`,
    unknownSector: (sector: string) => `Ukjent sektor «${sector}».`,
    sectors: (ids: readonly string[]) => `Sektorer: ${ids.join(', ')}.`,
    unknownQuestion: (q: string) => `Ukjent spørsmål «${q}».`,
    questions: (ids: readonly string[]) => `Spørsmål: ${ids.join(', ')}.`,
    unknownOption: (o: string, q: string) => `Ukjent svar «${o}» på spørsmålet «${q}».`,
    options: (ids: readonly string[]) => `Svar: ${ids.join(', ')}.`,
    caseSectorTwice: (q: string, v: string, sector: string) =>
      `«recommended.${q}» er ${v}, men «sector» er «${sector}».`,
    caseSectorTwiceHint: 'Ta det bort: sektoren svarer på det første spørsmålet.',
    caseIncomplete: (next: string) => `De anbefalte svarene stopper før slutten av flyten (neste spørsmål: «${next}»).`,
    caseIncompleteHint: 'Legg til svaret på det spørsmålet: `train` trenger en hel rute å sammenligne med.',
    /** Scenario files (lint/scenarios.ts). */
    scMapping: 'En scenariofil har en tabell (kind: scenario, id, answers, expect).',
    scIds: 'Ventet en liste med id-er.',
    scExpect: (keys: string) => `Ventet en tabell (${keys}).`,
    scBool: 'Ventet true eller false.',
    scQuestionId: 'Ventet en spørsmål-id.',
    scGroup: 'Ventet en tabell med include: og/eller exclude: (lister med id-er).',
    scDutyStatus: 'Ventet en tabell: plikt-id → applies, conditional eller not-applicable.',
    scDutyId: (got: string) => `Ventet en plikt-id, men fant ${got}.`,
    scAbsentText: 'Ventet en liste med tekster som ikke skal stå i oppsummeringen.',
    scQuestions: 'Ventet en tabell: { max: N }.',
    /** Recommended answers that do not fit the flow (lint/cases.ts, from core/scripted.ts). */
    routeUnknownQuestion: (q: string) => `Ukjent spørsmål «${q}».`,
    routeUnknownOption: (ids: readonly string[], q: string) =>
      `Ukjent svar ${ids.map((i) => `«${i}»`).join(', ')} på spørsmålet «${q}».`,
    routeNoOption: (q: string) => `Ingen svar gitt på spørsmålet «${q}».`,
    routeOneAnswer: (q: string, n: number) => `Spørsmålet «${q}» tar ett svar, men fikk ${n}.`,
    routeNeverReached: (q: string) => `Spørsmålet «${q}» blir aldri stilt med disse svarene.`,
    validHere: (ids: readonly string[]) => `Gyldige her: ${ids.join(', ') || 'ingen'}.`,
    scText: 'Ventet en tekst.',
    scTitle: 'Ventet en tekst (vanlig tekst, eller nb:/en:-tekster).',
    scStatusValue: (statuses: string, d: string, got: string) => `Ventet ${statuses} for «${d}», men fant ${got}.`,
    scMax: (got: string) => `Ventet max: et helt antall spørsmål (1 eller flere), men fant ${got}.`,
    scIdTwice: (id: string, file: string) => `Scenario-id-en «${id}» brukes to ganger (også i ${file}).`,
    scWrongKind: (id: string, kind: string, want: string) => `«${id}» er et ${kind}-kort, ikke et ${want}-kort.`,
    scUnknownCard: (want: string, id: string) => `Ukjent ${want}-kort «${id}».`,
    scKnown: (ids: readonly string[]) => `Disse finnes: ${ids.join(', ') || 'ingen'}.`,
    scRunProblem: (said: string, valid: readonly string[]) => `${said} (gyldige: ${valid.join(', ') || 'ingen'})`,
    scFailed: (id: string, problems: string) => `Scenarioet «${id}» feilet: ${problems}`,
    scStatus: (want: string, got: string, next?: string) =>
      `status: ventet ${want}, fikk ${got}${next ? ` (flyten stopper ved spørsmålet «${next}», som ikke har noe svar)` : ''}`,
    scUrgent: (want: boolean, got: boolean) => `urgent: ventet ${want}, fikk ${got}`,
    scNext: (want: string, got?: string) =>
      `next: ventet «${want}», fikk ${got ? `«${got}»` : 'ingen (flyten er ferdig)'}`,
    scGroupDiff: (g: string, missing: readonly string[], unexpected: readonly string[], actual: readonly string[]) =>
      `${g}: ${[...(missing.length ? [`mangler ${missing.join(', ')}`] : []), ...(unexpected.length ? [`skulle ikke vært med: ${unexpected.join(', ')}`] : [])].join('; ')}\n    faktisk ${g}: [${actual.join(', ')}]`,
    scDutyMissing: (d: string, want: string, duties: readonly string[]) =>
      `dutyStatus: «${d}» skulle vært ${want}, men plikten er ikke i oppsummeringen\n    faktiske plikter: [${duties.join(', ')}]`,
    scDutyWrong: (d: string, want: string, got: string, condition: string | undefined, because: string) =>
      `dutyStatus: «${d}» skulle vært ${want}, fikk ${got}${condition ? ` (vilkår: ${condition})` : ''}\n    fordi: ${because || 'alltid med'}`,
    scAbsent: (t: string, wheres: string, where: string, text: string) =>
      `absentText: «${t}» står i oppsummeringen ved ${wheres}\n    ${where}: ${text}`,
    scTooLong: (n: number, max: number, path: string) =>
      `questions: stien stiller ${n} spørsmål, flere enn max ${max}\n    sti: ${path}`,
    yamlDuplicateKey: 'En nøkkel står to ganger i samme tabell; fjern eller gi nytt navn til den ene.',
    yamlIndent: 'Sjekk innrykket, og at det er et mellomrom etter kolon i hver «nøkkel:».',
    yamlQuote: 'Sett tekst som inneholder «: » i anførselstegn; en verdi over flere linjer trenger «>-» etter kolon.',
    yamlTabs: 'YAML-innrykk må være mellomrom, ikke tabulator.',
    yamlOther:
      'Rett YAML-feilen her; sett tekst som inneholder «: » eller begynner med et spesialtegn, i anførselstegn.',
    neverAdded: (kind: string, id: string) =>
      `Kortet «${id}» (${kind}) blir aldri lagt til: ingen svar som kan nås legger det til, og det står ikke i «always».`,
    neverAddedHint: 'Legg det til i et svars «adds», eller fjern det.',
    leadsNowhere: (option: string, question: string) =>
      `Svaret «${option}» på «${question}» fører ingen steder og legger ikke til noe, mens andre svar gjør det.`,
    leadsNowhereHint:
      'Gi det «next» eller «adds», eller gi spørsmålet en «next». Et svar som ikke endrer noe, er som regel en feil.',
    localMissing: (id: string) =>
      `Den lokale kontakten «${id}» er en plassholder: den nasjonale kortstokken har ikke noe nummer for den.`,
    localMissingHint: (fallback: string) =>
      `Ventet i den nasjonale kortstokken. Den som installerer verktøyet for en kommune, legger numrene i tiltakskort.local.yaml i mappen verktøyet kjøres fra, eller gir --local FIL (sjekk med validate --local FIL --strict). Til da viser oppsummeringen ${fallback ? `reservenummeret «${fallback}»` : 'ikke noe nummer'} og ber personen spørre lederen sin om det lokale nummeret.`,
  },
  errors: {
    prefix: 'tiltakskort',
    hint: 'tips',
    seeHelp: 'Skriv `tiltakskort --help` for å se hvordan verktøyet brukes.',
    /** commander's own messages (cli/commander-words.ts). */
    unknownOption: (flag: string) => `Ukjent valg ${flag}.`,
    didYouMean: (names: string) => `Mente du ${names}?`,
    or: 'eller',
    missingArgument: (name: string) => `Mangler ${name}.`,
    optionMissingArgument: (flags: string) => `${flags} trenger en verdi.`,
    tooManyArguments: 'For mange argumenter.',
    invalidChoice: (flags: string, value: string, choices: string) =>
      `${flags} kan ikke være ${value}. Mulige verdier: ${choices}.`,
    invalidValue: (flags: string, value: string) => `${flags} kan ikke være ${value}.`,
    percent: 'Skriv et tall fra 0 til 100.',
    unknownCommand: (cmd: string) => `Ukjent kommando ${cmd}.`,
    commands: (list: string) => `Kommandoer: ${list}.`,
    /** File problems (io/read-file.ts, cli/main.ts). */
    input: {
      missing: 'Fila finnes ikke.',
      directory: 'Dette er en mappe; det skulle vært en fil.',
      special: 'Dette er ikke en vanlig fil (en pipe, socket eller enhet); den ble ikke åpnet.',
      'too-large': 'Fila er for stor.',
      unreadable: 'Fila kan ikke leses (sjekk tilgangen).',
    } as Record<string, string>,
    tooLarge: (size: string, limit: string) => `Fila er for stor (${size} byte; grensen er ${limit} byte).`,
    fsCodes: {
      ENOENT: 'finnes ikke',
      EISDIR: 'er en mappe; det skulle vært en fil',
      ENOTDIR: 'er ikke en mappe',
      EACCES: 'kan ikke leses (ingen tilgang)',
      EPERM: 'kan ikke leses (ikke tillatt)',
      ELOOP: 'er en symbolsk lenke som peker på seg selv',
    } as Record<string, string>,
    internal: (message: string) => `intern feil: ${message}`,
    bug: 'Dette er en feil i tiltakskort, ikke noe du har gjort. Sett TILTAKSKORT_DEBUG=1 for å se detaljene.',
    /** Card errors that stop a command (core/errors.ts ContentError). */
    cards: (n: number) => `Kortene har ${n} feil; ingenting ble kjørt.`,
    cardsHint: 'Rett kortene og prøv igjen (`tiltakskort validate` sjekker dem).',
    /** Answers that do not fit the deck (core/scripted.ts, core/errors.ts). */
    mismatch: 'Svarene passer ikke med kortstokken:',
    mismatchHint:
      'Bruk id-ene for spørsmål og svar som vises (`tiltakskort run --format json` viser det første spørsmålet).',
    valid: 'gyldige',
    none: '(ingen)',
    unknownQuestion: (q: string) => `Ukjent spørsmål ${q}.`,
    unknownOption2: (ids: string, q: string) => `Ukjent svar ${ids} på spørsmålet ${q}.`,
    noOption: (q: string) => `Ingen svar gitt på spørsmålet ${q}.`,
    oneAnswer: (q: string, n: number) => `Spørsmålet ${q} tar ett svar, men fikk ${n}.`,
    neverReached: (q: string) => `Spørsmålet ${q} blir aldri stilt med disse svarene.`,
    malformedAnswer: (flag: string) =>
      `--answer ${flag} har feil form: skriv SPØRSMÅL=SVAR (eller SPØRSMÅL=SVAR,SVAR).`,
    /** Answers files (cli/answers-file.ts). */
    notQuestionId: (where: string, q: string) => `${where}: ${q} er ikke en spørsmål-id.`,
    questionIds:
      'Id-er for spørsmål er små bokstaver, sifre og - . _ (`tiltakskort run --format json` viser det første spørsmålet).',
    inFile: (file: string) => `I ${file}`,
    answersUnreadable: (file: string, reason: string) => `Kan ikke lese svarfila ${file}: ${reason}`,
    checkAnswersPath: 'Sjekk stien du ga til --answers.',
    answersSyntax: (file: string, kind: string, reason: string) => `Svarfila ${file} er ikke gyldig ${kind}: ${reason}`,
    answersShape: (file: string) => `Svarfila ${file} må koble id-er for spørsmål til id-er for svar.`,
    example: 'Eksempel:\n  sektor: skole\n  bekymring: [vold, omsorgssvikt]',
    answerShape: (file: string, q: string) =>
      `I ${file} må svaret på ${q} være en svar-id eller en liste med svar-id-er.`,
    /** `run` when the answers stop early. */
    incomplete: 'Ikke ferdig: svarene stopper før siste spørsmål.',
    nextQuestion: 'Neste spørsmål',
    severalAnswers: '(flere svar mulig)',
    addIt: 'Legg det til med',
    /** Writing files (cli/save.ts). */
    isSymlink: 'en symbolsk lenke',
    isFolder: 'en mappe',
    isSpecial: 'ikke en vanlig fil (en enhet, pipe eller socket)',
    isWhat: (file: string, what: string) => `${file} er ${what}; ingenting ble skrevet.`,
    newFileName: 'Skriv navnet på en ny fil (eller på en vanlig fil, med --force).',
    exists: (file: string) => `${file} finnes allerede; ingenting ble skrevet.`,
    existsHint: 'Velg et annet navn, eller legg til --force for å skrive over.',
    noFolder: (file: string) => `Mappen for ${file} finnes ikke.`,
    writeFailed: (file: string, reason: string) => `Kunne ikke skrive ${file}: ${reason}.`,
    saved: 'Lagret',
    formatFromName: (file: string, exts: string) =>
      `Kan ikke se formatet av navnet ${file}. Bruk ${exts}, eller gi --format.`,
  },
};

export type Words = typeof nb;
