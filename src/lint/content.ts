// Content rules on one parsed document at a time: legal basis, review dates, phone numbers,
// control characters, Markdown, repealed provisions and translations. Pure and defensive: they
// also run on documents that failed the shape check, so one run reports every problem.

import { phrase, texts, type Finding, type Phrase, type Text } from '../core/checks/finding.js';
import { FORBIDDEN_IN_TEXT } from '../core/clean.js';
import { phoneFinding } from '../core/checks/phone.js';
export { phoneProblem } from '../core/checks/phone.js';
import type { Lang } from '../core/types.js';
import { findInText, matchBasis, matchText, matchUrl, mayNameIn, type Repealed } from './repealed.js';
import type { RuleId } from './rules.js';
import { RULES } from './rules.js';

export interface ContentContext {
  /** Languages the deck declares. */
  languages: readonly Lang[];
  /** Today as YYYY-MM-DD (SOURCE_DATE_EPOCH or the clock; passed in, never read here). */
  today: string;
  reviewMaxAgeMonths: number;
  repealed: readonly Repealed[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Text fields per kind; `options/*` and `contacts/*` fan out over lists. */
const TEXT_FIELDS: Record<string, string[]> = {
  deck: ['title', 'texts/actNow', 'texts/record', 'texts/disagree', 'texts/disclaimer'],
  question: ['section', 'text', 'why', 'options/*/label', 'options/*/help', 'options/*/adds/*/condition'],
  duty: ['title', 'condition', 'summary', 'meaning', 'limits'],
  sharing: ['title', 'share', 'with', 'why', 'not'],
  contact: ['name', 'hours', 'when'],
  step: ['title', 'text'],
  source: ['title'],
  local: ['contacts/*/name', 'contacts/*/hours', 'contacts/*/when'],
  scenario: ['title'],
  case: ['title', 'story', 'debrief'],
};

const PARTS = new Map<string, string[]>();
function partsOf(pattern: string): string[] {
  let parts = PARTS.get(pattern);
  if (!parts) {
    parts = pattern.split('/');
    PARTS.set(pattern, parts);
  }
  return parts;
}

/** Every value at a field pattern, with its path ("options/2/label"). */
export function at(raw: unknown, pattern: string): { path: string; value: unknown }[] {
  const out: { path: string; value: unknown }[] = [];
  collect(raw, partsOf(pattern), 0, '', out);
  return out;
}

/**
 * The values at `parts[i..]` below `value`, depth first (the order of the fields in the card), into
 * `out`: a list element is taken as it is, a named field only when it holds something.
 */
function collect(
  value: unknown,
  parts: readonly string[],
  i: number,
  path: string,
  out: { path: string; value: unknown }[],
): void {
  if (i === parts.length) {
    out.push({ path, value });
    return;
  }
  const part = parts[i]!;
  if (part === '*') {
    if (Array.isArray(value))
      for (let k = 0; k < value.length; k++) collect(value[k], parts, i + 1, join(path, String(k)), out);
  } else if (isObj(value)) {
    const v = value[part];
    if (v !== undefined && v !== null) collect(v, parts, i + 1, join(path, part), out);
  }
}

const join = (a: string, b: string) => (a ? `${a}/${b}` : b);

/** The text fields of a document: each language's string with its path. */
export function textFields(raw: unknown): { path: string; value: unknown }[] {
  const kind = isObj(raw) && typeof raw.kind === 'string' ? raw.kind : '';
  const out: { path: string; value: unknown }[] = [];
  // Straight into one list, no list per pattern: this runs for every document of every deck.
  for (const p of TEXT_FIELDS[kind] ?? []) collect(raw, partsOf(p), 0, '', out);
  return out;
}

/**
 * Whether the rules that look at every string (control characters, repealed provisions named in
 * the text) can find anything in the documents parsed from this YAML source. Without a backslash
 * the source holds no escape, so every character of a string value stands in the source as
 * written, and what neither scan finds there no value holds. (A 10,000-card deck: about 45 ms
 * less, the walk being a third of checkContent.)
 */
export function stringsNeedWalk(source: string, ctx: ContentContext): boolean {
  return source.includes('\\') || CONTROL.test(source) || mayNameIn(ctx.repealed, source);
}

/** The content rules on one document; `walkStrings: false` when stringsNeedWalk said so of its file. */
export function checkContent(file: string, raw: unknown, ctx: ContentContext, walkStrings = true): Finding[] {
  const out: Finding[] = [];
  if (!isObj(raw)) return out;
  const kind = typeof raw.kind === 'string' ? raw.kind : '';
  const card = typeof raw.id === 'string' ? raw.id : undefined;
  const report = (rule: RuleId, path: string, message: Text, hint?: Text) =>
    out.push({
      rule,
      severity: RULES[rule].severity as Finding['severity'],
      ...texts(message, hint || undefined),
      file,
      path,
      ...(card ? { card } : {}),
    });

  // One walk over every string for two rules; a path is built only for a string with a hit.
  // Control characters: anywhere, in every string. Repealed provisions named in the text: every
  // string, whatever the field (new fields included), except those checked below as basis, URLs
  // and source titles (reported further down, in the order the rules always had).
  const named: { path: string; hit: NonNullable<ReturnType<typeof findInText>> }[] = [];
  if (walkStrings)
    eachString(raw, (s, pathOf) => {
      const m = CONTROL.exec(s);
      if (m)
        report(
          'control-chars',
          pathOf(),
          phrase(
            'controlChar',
            controlKind(m[0]),
            'U+' + m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'),
          ),
          phrase('controlCharHint'),
        );
      const hit = findInText(ctx.repealed, s);
      if (!hit) return;
      const path = pathOf();
      if (
        /^basis\//.test(path) ||
        /(^|\/)url$/.test(path) ||
        (kind === 'source' && /^title(\/|$)/.test(path)) ||
        /^(id|kind)$/.test(path)
      )
        return;
      named.push({ path, hit });
    });

  // Markdown and translations, on text fields.
  const wantsEn = ctx.languages.includes('en');
  const fields = textFields(raw);
  for (const { path, value } of fields) {
    // A field's path is built per language only for a text with a problem.
    if (typeof value === 'string') {
      const problem = markdownProblem(value);
      if (problem) report('markdown', path, problem.message, problem.hint);
    } else if (isObj(value)) {
      for (const l in value) {
        const v = value[l];
        if (typeof v !== 'string') continue;
        const problem = markdownProblem(v);
        if (problem) report('markdown', `${path}/${l}`, problem.message, problem.hint);
      }
    }
    if (wantsEn && kind !== 'scenario') {
      const en = isObj(value) ? value.en : undefined;
      if (typeof value === 'string' || (isObj(value) && (typeof en !== 'string' || en.trim() === ''))) {
        report('translation', path, phrase('noEnglish'), phrase('noEnglishHint'));
      }
    }
  }

  // Legal basis: https, not repealed. (A missing basis is a schema error already.)
  if (kind === 'duty' || kind === 'sharing') {
    const basis = raw.basis;
    if (Array.isArray(basis)) {
      basis.forEach((b, i) => {
        if (!isObj(b)) return;
        if (typeof b.url === 'string' && !/^https:\/\/\S+$/.test(b.url)) {
          report('basis', `basis/${i}/url`, phrase('basisHttps', JSON.stringify(b.url)), phrase('basisHttpsHint'));
        }
        const byName =
          typeof b.law === 'string' && typeof b.section === 'string'
            ? matchBasis(ctx.repealed, b.law, b.section)
            : undefined;
        if (byName)
          report(
            'repealed',
            `basis/${i}/section`,
            phrase('repealedBasis', `${b.law} ${b.section}`),
            phrase('cite', byName.now),
          );
        else {
          const byUrl = typeof b.url === 'string' ? matchUrl(ctx.repealed, b.url) : undefined;
          if (byUrl)
            report('repealed', `basis/${i}/url`, phrase('repealedBasisUrl', String(b.url)), phrase('cite', byUrl.now));
        }
      });
    }
  }
  // Other URLs (sources, contacts) and source titles: repealed acts, withdrawn circulars.
  for (const p of ['url', 'contacts/*/url']) {
    for (const { path, value } of at(raw, p)) {
      const hit = typeof value === 'string' ? matchUrl(ctx.repealed, value) : undefined;
      if (hit) report('repealed', path, phrase('repealedUrl', value as string), phrase('cite', hit.now));
    }
  }
  if (kind === 'source') {
    for (const { path, value } of fields) {
      const strings =
        typeof value === 'string'
          ? [value]
          : isObj(value)
            ? Object.values(value).filter((v): v is string => typeof v === 'string')
            : [];
      const hit = strings.map((s) => matchText(ctx.repealed, s)).find(Boolean);
      if (hit) report('repealed', path, phrase('sourceOutdated'), phrase('cite', hit.now));
    }
  }

  // Repealed provisions named in the text (found in the walk above).
  for (const { path, hit } of named)
    report('repealed', path, phrase('repealedText', hit.match), phrase('cite', hit.entry.now));

  // Review dates.
  for (const p of ['reviewed', 'contacts/*/reviewed']) {
    for (const { path, value } of at(raw, p)) {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) continue;
      const due = addMonths(value, ctx.reviewMaxAgeMonths);
      if (due < ctx.today) {
        report('review-age', path, phrase('reviewAge', value, ctx.reviewMaxAgeMonths, due), phrase('reviewAgeHint'));
      }
    }
  }

  // Phone numbers. An overlay's are checked by the assembler (core/deck.ts), at run time too.
  if (kind !== 'local') {
    for (const { path, value } of at(raw, 'phone')) {
      const f = phoneFinding(value, { file, path, ...(card ? { card } : {}) });
      if (f) out.push(f);
    }
  }
  return out;
}

// --- control characters ---------------------------------------------------------------------

/** C0 except tab and newline, DEL, C1, and bidirectional controls: the cleaner's set (core/clean.ts). */
const CONTROL = FORBIDDEN_IN_TEXT;

/** Which kind of control character (words.findings.controlChar names it). */
function controlKind(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code === 0x1b) return 'escape';
  if (code === 0x9b) return 'csi';
  if (code === 0x061c || code === 0x200e || code === 0x200f || code >= 0x202a) return 'bidi';
  if (code === 0x0d) return 'cr';
  return 'other';
}

/** Every string in a document; `pathOf` builds its path ("options/2/label") only when asked. */
function eachString(value: unknown, visit: (s: string, pathOf: () => string) => void): void {
  const keys: (string | number)[] = [];
  const pathOf = () => keys.reduce<string>((p, k) => join(p, String(k)), '');
  const walk = (v: unknown): void => {
    if (typeof v === 'string') visit(v, pathOf);
    else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        keys.push(i);
        walk(v[i]);
        keys.pop();
      }
    } else if (isObj(v)) {
      for (const k of Object.keys(v)) {
        keys.push(k);
        walk(v[k]);
        keys.pop();
      }
    }
  };
  walk(value);
}

// --- Markdown ---------------------------------------------------------------------------------

const MARKUP = /[`<*[\]\\]/;

/** The first inline-Markdown problem that would show as stray characters, if any. */
export function markdownProblem(text: string): { message: Phrase; hint: Phrase } | undefined {
  // Every problem below needs one of these characters; most texts have none.
  if (!MARKUP.test(text)) return undefined;
  const ticks = (text.match(/`/g) ?? []).length;
  if (ticks % 2 === 1)
    return {
      message: phrase('mdCode'),
      hint: phrase('mdCodeHint'),
    };
  const plain = text.replace(/`[^`]*`/g, (m) => ' '.repeat(m.length)); // code spans are literal
  const html = /<(\/?[A-Za-z][A-Za-z0-9-]*)(\s[^<>]*)?\/?>|<!--/.exec(plain);
  if (html && !/^<(https?:|mailto:)/i.test(html[0])) {
    return {
      message: phrase('mdHtml', html[0].slice(0, 30)),
      hint: phrase('mdHtmlHint'),
    };
  }
  const bold = (plain.match(/\*\*/g) ?? []).length;
  if (bold % 2 === 1) return { message: phrase('mdBold'), hint: phrase('mdBoldHint') };
  let depth = 0;
  for (let i = 0; i < plain.length; i++) {
    const c = plain[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth < 0) return { message: phrase('mdCloseBracket'), hint: phrase('mdLinkHint') };
      if (plain[i + 1] === ' ' && plain[i + 2] === '(' && /^\S+\)/.test(plain.slice(i + 3))) {
        return {
          message: phrase('mdSpace'),
          hint: phrase('mdSpaceHint'),
        };
      }
      if (plain[i + 1] === '(') {
        let parens = 0;
        let j = i + 1;
        for (; j < plain.length; j++) {
          if (plain[j] === '(') parens++;
          else if (plain[j] === ')' && --parens === 0) break;
        }
        if (j >= plain.length)
          return {
            message: phrase('mdUnclosedLink'),
            hint: phrase('mdLinkHint'),
          };
        const target = plain.slice(i + 2, j).trim();
        if (target === '' || /\s/.test(target.replace(/\s+"[^"]*"$/, ''))) {
          return {
            message: phrase('mdTarget', JSON.stringify(target)),
            hint: phrase('mdTargetHint'),
          };
        }
      }
    }
  }
  if (depth > 0)
    return {
      message: phrase('mdOpenBracket'),
      hint: phrase('mdOpenBracketHint'),
    };
  return undefined;
}

// --- phone numbers and dates -------------------------------------------------------------------

/** YYYY-MM-DD plus n months (clamped to the month's last day). */
const monthsMemo = new Map<string, string>();
export function addMonths(date: string, n: number): string {
  const key = `${date}|${n}`;
  let v = monthsMemo.get(key);
  if (v === undefined) {
    v = addMonthsNow(date, n);
    if (monthsMemo.size < 100_000) monthsMemo.set(key, v);
  }
  return v;
}

function addMonthsNow(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}
