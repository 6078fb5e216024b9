// The maintained list of repealed or renumbered provisions (docs: /work/shared/reference/
// legal-basis.md §8). A config file may add more. Matching is on a basis entry's law name and
// section, on any URL, or on text in a source's title or URL (circulars, guides).

export interface Repealed {
  /** Law names, as written in `basis.law` (case-insensitive). With `section`: only those sections. */
  law?: string[];
  section?: string[];
  /** Substrings of a URL (e.g. the lovdata id of a repealed act). */
  url?: string[];
  /** Substrings of a source's title or URL (e.g. a withdrawn circular). */
  text?: string[];
  /** What to cite instead: shown in the hint. */
  now: string;
}

const BVL = ['barnevernloven', 'barnevernsloven', 'bvl', 'bvl.'];
const OPPL = ['opplæringslova', 'opplæringsloven', 'oppl.', 'opplæringslova 1998', 'opplæringsloven 1998'];
const BHG = ['barnehageloven', 'barnehagelova', 'bhgl.'];
const STRL = ['straffeloven', 'straffelova', 'strl.'];

export const DEFAULT_REPEALED: readonly Repealed[] = [
  {
    url: ['1992-07-17-100'],
    now: 'barnevernsloven 2021 (lov 2021-06-18-97); the 1992 act was repealed on 1 January 2023',
  },
  { law: BVL, section: ['6-4'], now: 'barnevernsloven § 13-2 (the duty to inform, from 2023)' },
  { law: ['barnevernloven 1992', 'barnevernsloven 1992'], now: 'barnevernsloven 2021 (lov 2021-06-18-97)' },
  {
    url: ['1998-07-17-61'],
    now: 'opplæringslova 2023 (lov 2023-06-09-30); the 1998 act was repealed on 1 August 2024',
  },
  {
    law: OPPL,
    section: ['15-1', '15-3', '15-8'],
    now: 'opplæringslova 2023 (the duty to inform for school staff is § 24-3)',
  },
  { law: BHG, section: ['20'], now: 'barnehageloven § 44 (taushetsplikt; § 20 is an outdated number)' },
  {
    law: BHG,
    section: ['22'],
    now: 'barnehageloven § 46 (opplysningsplikt til barnevernet; § 22 is an outdated number)',
  },
  { law: BHG, section: ['21'], now: 'the renumbered section of barnehageloven (§ 21 is an outdated number)' },
  {
    url: ['2005-06-17-64/§20', '2005-06-17-64/§22', '2005-06-17-64/%C2%A720', '2005-06-17-64/%C2%A722'],
    now: 'barnehageloven § 44 / § 46',
  },
  { url: ['1902-05-22-10'], now: 'straffeloven 2005 (lov 2005-05-20-28): § 196 (avvergeplikt), § 17 (nødrett)' },
  { law: STRL, section: ['139'], now: 'straffeloven 2005 § 196 (avvergeplikt)' },
  { law: ['straffeloven 1902', 'den gamle straffeloven'], now: 'straffeloven 2005 (lov 2005-05-20-28)' },
  { text: ['Udir-10-2012'], now: 'current guidance from Udir (circular Udir-10-2012 is marked as outdated)' },
  { text: ['IS-1742'], now: 'IS-2826 (Nasjonal faglig retningslinje for tidlig oppdagelse av utsatte barn og unge)' },
];

const normLaw = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** "§ 6-4 første ledd" → "6-4"; "§ 3-2 a" → "3-2a"; "§§ 20 og 22" → "20". */
export function normSection(s: string): string {
  const m = /^\s*(?:§+\s*)?(\d+(?:\s*-\s*\d+)?)(?:\s*([a-z])(?![a-zæøå]))?/i.exec(s);
  return m ? (m[1]!.replace(/\s+/g, '') + (m[2] ?? '')).toLowerCase() : s.toLowerCase().replace(/[§\s]/g, '');
}

// Decks repeat the same laws, sections and URLs on many cards: the answers are memoised per list.
const memos = new WeakMap<readonly Repealed[], Map<string, Repealed | undefined>>();
function memo(list: readonly Repealed[], key: string, compute: () => Repealed | undefined): Repealed | undefined {
  let m = memos.get(list);
  if (!m) {
    m = new Map();
    memos.set(list, m);
  }
  if (m.has(key)) return m.get(key);
  const v = compute();
  if (m.size < 100_000) m.set(key, v);
  return v;
}

export function matchBasis(list: readonly Repealed[], law: string, section: string): Repealed | undefined {
  return memo(list, `b\u0000${law}\u0000${section}`, () => matchBasisNow(list, law, section));
}

export function matchUrl(list: readonly Repealed[], url: string): Repealed | undefined {
  return memo(list, `u\u0000${url}`, () => matchUrlNow(list, url));
}

export function matchText(list: readonly Repealed[], text: string): Repealed | undefined {
  return memo(list, `t\u0000${text}`, () => matchTextNow(list, text));
}

function matchBasisNow(list: readonly Repealed[], law: string, section: string): Repealed | undefined {
  const l = normLaw(law);
  const s = normSection(section);
  return list.find(
    (r) => r.law?.some((x) => normLaw(x) === l) && (!r.section || r.section.some((x) => normSection(x) === s)),
  );
}

function matchUrlNow(list: readonly Repealed[], url: string): Repealed | undefined {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // keep the raw URL
  }
  return list.find(
    (r) =>
      r.url?.some((u) => url.includes(u) || decoded.includes(u)) ||
      r.text?.some((t) => url.toLowerCase().includes(t.toLowerCase())),
  );
}

function matchTextNow(list: readonly Repealed[], text: string): Repealed | undefined {
  const t = text.toLowerCase();
  return list.find((r) => r.text?.some((x) => t.includes(x.toLowerCase())));
}

// --- provisions named in free text ---------------------------------------------------------------

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
interface TextPatterns {
  /** Any entry's pattern: most texts name no provision, and one scan (not one per entry) says so. */
  any: RegExp | undefined;
  each: { re: RegExp; entry: Repealed }[];
}
const textMemo = new WeakMap<readonly Repealed[], TextPatterns>();

/**
 * Patterns for the provisions a text may name: "barnevernloven § 6-4", "bvl. §6-4 første ledd",
 * "barnevernloven (1992) § 6-4", a law named on its own when the entry has no section
 * ("straffeloven 1902"), and the entry's `text` and `url` substrings.
 */
function textPatterns(list: readonly Repealed[]): TextPatterns {
  const memoised = textMemo.get(list);
  if (memoised) return memoised;
  const out: { re: RegExp; entry: Repealed }[] = [];
  const all: string[] = [];
  for (const entry of list) {
    const parts: string[] = [];
    for (const law of entry.law ?? []) {
      const l = escapeRe(law.trim()).replace(/\s+/g, '\\s+');
      if (entry.section?.length) {
        const secs = entry.section.map((s) => {
          const m = /^(\d+(?:-\d+)?)([a-z])?$/.exec(normSection(s));
          return m ? m[1]!.replace('-', '\\s*-\\s*') + (m[2] ? `\\s*${m[2]}` : '') : escapeRe(normSection(s));
        });
        parts.push(`${l}(?:\\s*\\(\\d{4}\\))?\\s*(?:§+|kap\\.)\\s*(?:${secs.join('|')})(?![\\d-])(?![a-zæøå])`);
      } else parts.push(`${l}(?![\\wæøå])`);
    }
    for (const t of [...(entry.text ?? []), ...(entry.url ?? [])]) parts.push(escapeRe(t));
    if (parts.length) out.push({ re: new RegExp(`(?<![\\wæøå])(?:${parts.join('|')})`, 'iu'), entry });
    all.push(...parts);
  }
  const patterns = { any: all.length ? new RegExp(`(?<![\\wæøå])(?:${all.join('|')})`, 'iu') : undefined, each: out };
  textMemo.set(list, patterns);
  return patterns;
}

/** The first repealed provision a free text names, with the matched words. */
export function findInText(
  list: readonly Repealed[],
  text: string,
): { entry: Repealed; match: string; index: number } | undefined {
  const { any, each } = textPatterns(list);
  // The union matches wherever some entry does; only then is the first entry (list order) sought.
  if (!any?.test(text)) return undefined;
  for (const { re, entry } of each) {
    const m = re.exec(text);
    if (m) return { entry, match: m[0], index: m.index };
  }
  return undefined;
}

/**
 * Whether a card file's YAML source may hold a string that names a repealed provision: false
 * means no string value parsed from it can (content.ts skips its walk over every string). The
 * union pattern of findInText, with each space widened to any run of whitespace, as a value's
 * space may stand for a line break and indentation in the source (a folded or multi-line
 * scalar). Only for a source without backslashes: an escape could spell a value no pattern sees.
 */
export function mayNameIn(list: readonly Repealed[], source: string): boolean {
  let re = sourceMemo.get(list);
  if (re === undefined) {
    const { any } = textPatterns(list);
    re = any ? new RegExp(any.source.replace(/ /g, '\\s+'), any.flags) : null;
    sourceMemo.set(list, re);
  }
  return re?.test(source) === true;
}
const sourceMemo = new WeakMap<readonly Repealed[], RegExp | null>();

/** The words a provision named in free text matched, read back from the English message (words/en.ts repealedText). */
export function matchOf(message: string): string | undefined {
  return /^The text names a repealed or renumbered provision: "(.*)"\.$/.exec(message)?.[1];
}
