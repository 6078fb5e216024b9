// The shape of each card: required fields, their types and no unknown keys (a typo in a key
// would otherwise silently drop content). Mirrors schema/cards.schema.json, which editors use;
// tests/unit/schema.test.ts keeps the two in step.

import type { Finding } from './finding.js';
import { nearPhrase, phrase, texts, type Text } from './finding.js';
import { CARD_KINDS, DUTY_STATUSES, LANGS, URGENCIES } from '../types.js';

type FieldType =
  | 'id'
  | 'string'
  | 'text'
  | 'bool'
  | 'number'
  | 'date'
  | 'url'
  | 'basis'
  | 'ids'
  | 'next'
  | 'adds'
  | 'condition'
  | 'options'
  | 'langs'
  | 'urgency'
  | 'status'
  | 'texts'
  | 'contacts'
  | 'variant'
  | 'sharingVariant';

interface FieldSpec {
  type: FieldType;
  required?: boolean;
}

type Spec = Record<string, FieldSpec>;

const common: Spec = { kind: { type: 'string', required: true }, id: { type: 'id', required: true } };

export const SPECS: Record<string, Spec> = {
  deck: {
    ...common,
    version: { type: 'string', required: true },
    title: { type: 'text', required: true },
    languages: { type: 'langs', required: true },
    reviewed: { type: 'date', required: true },
    start: { type: 'id', required: true },
    always: { type: 'ids' },
    texts: { type: 'texts' },
  },
  question: {
    ...common,
    section: { type: 'text' },
    text: { type: 'text', required: true },
    why: { type: 'text', required: true },
    multiple: { type: 'bool' },
    if: { type: 'condition' },
    options: { type: 'options', required: true },
    next: { type: 'next' },
  },
  duty: {
    ...common,
    if: { type: 'condition' },
    status: { type: 'status' },
    condition: { type: 'text' },
    title: { type: 'text', required: true },
    summary: { type: 'text', required: true },
    meaning: { type: 'text', required: true },
    limits: { type: 'text' },
    basis: { type: 'basis', required: true },
    reviewed: { type: 'date', required: true },
    sources: { type: 'ids' },
  },
  sharing: {
    ...common,
    if: { type: 'condition' },
    title: { type: 'text', required: true },
    share: { type: 'text', required: true },
    with: { type: 'text', required: true },
    why: { type: 'text', required: true },
    not: { type: 'text' },
    basis: { type: 'basis', required: true },
    reviewed: { type: 'date', required: true },
    sources: { type: 'ids' },
    whenConditional: { type: 'sharingVariant' },
  },
  contact: {
    ...common,
    if: { type: 'condition' },
    name: { type: 'text', required: true },
    phone: { type: 'string' },
    url: { type: 'url' },
    hours: { type: 'text' },
    when: { type: 'text', required: true },
    emergency: { type: 'bool' },
    local: { type: 'bool' },
    order: { type: 'number' },
    fallback: { type: 'id' },
    reviewed: { type: 'date', required: true },
    sources: { type: 'ids' },
  },
  step: {
    ...common,
    if: { type: 'condition' },
    title: { type: 'text', required: true },
    text: { type: 'text' },
    urgency: { type: 'urgency', required: true },
    order: { type: 'number' },
    whenConditional: { type: 'variant' },
  },
  source: {
    ...common,
    title: { type: 'text', required: true },
    url: { type: 'url', required: true },
    publisher: { type: 'string' },
    reviewed: { type: 'date', required: true },
  },
  local: {
    kind: { type: 'string', required: true },
    municipality: { type: 'string', required: true },
    reviewed: { type: 'date' },
    contacts: { type: 'contacts', required: true },
  },
};

/** The object form of an `adds` entry. status/condition are for duty cards (checked in references.ts). */
const ADD_SPEC: Spec = {
  card: { type: 'id', required: true },
  if: { type: 'condition' },
  status: { type: 'status' },
  condition: { type: 'text' },
};

const OPTION_SPEC: Spec = {
  id: { type: 'id', required: true },
  label: { type: 'text', required: true },
  help: { type: 'text' },
  next: { type: 'next' },
  adds: { type: 'adds' },
  urgent: { type: 'bool' },
};
const BASIS_SPEC: Spec = {
  law: { type: 'string', required: true },
  section: { type: 'string', required: true },
  url: { type: 'url', required: true },
};
const OVERLAY_CONTACT_SPEC: Spec = Object.fromEntries(
  Object.entries(SPECS.contact!).map(([k, f]) => [k, { type: f.type, required: k === 'id' || k === 'kind' }]),
);
/** A step's wording when a duty is only conditional (`whenConditional`). */
const VARIANT_SPEC: Spec = {
  duties: { type: 'ids', required: true },
  title: { type: 'text' },
  text: { type: 'text' },
};
/** A sharing card's wording when a duty is only conditional (`whenConditional`, revt C3). */
const SHARING_VARIANT_SPEC: Spec = {
  duties: { type: 'ids', required: true },
  title: { type: 'text' },
  share: { type: 'text' },
  with: { type: 'text' },
  why: { type: 'text' },
  not: { type: 'text' },
};
const TEXTS_SPEC: Spec = {
  actNow: { type: 'text' },
  record: { type: 'text' },
  disagree: { type: 'text' },
  disclaimer: { type: 'text' },
};

export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Check one parsed YAML document against its kind's shape. */
export function checkShape(raw: unknown, file: string): Finding[] {
  const out: Finding[] = [];
  const cardId = isObj(raw) && typeof raw.id === 'string' ? raw.id : undefined;
  const report: Report = (path, message, hint, key) =>
    out.push({
      rule: 'schema',
      severity: 'error',
      ...texts(message, hint || undefined),
      file,
      path,
      ...(cardId ? { card: cardId } : {}),
      ...(key ? { key } : {}),
    });

  if (!isObj(raw)) {
    report('', phrase('notMapping', describe(raw)), phrase('notMappingHint'));
    return out;
  }
  const kind = raw.kind;
  if (typeof kind !== 'string' || !(kind in SPECS)) {
    const kinds = [...CARD_KINDS, 'deck'];
    const hint = typeof kind === 'string' ? nearPhrase(kind, kinds) : undefined;
    report(
      'kind',
      phrase('unknownKind', JSON.stringify(kind) ?? 'undefined'),
      hint ?? phrase('useOneOf', kinds.join(', ')),
    );
    return out;
  }
  checkObject(raw, SPECS[kind]!, '', report);
  return out;
}

type Report = (path: string, message: Text, hint?: Text, key?: boolean) => void;

// Keys, not entries, in these loops: no [key, value] pair is built for every field of every card
// (a cold check of a large deck runs them a few hundred thousand times).
function checkObject(obj: Obj, spec: Spec, base: string, report: Report): void {
  const specKeys = Object.keys(spec);
  for (let i = 0; i < specKeys.length; i++) {
    const key = specKeys[i]!;
    if (spec[key]!.required && (obj[key] === undefined || obj[key] === null)) {
      report(base || '', phrase('missingField', key));
    }
  }
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = obj[key];
    const path = base ? `${base}/${key}` : key;
    const field = spec[key];
    if (!field) {
      report(
        path,
        phrase('unknownField', key),
        nearPhrase(key, Object.keys(spec)) ?? phrase('allowedHere', Object.keys(spec)),
        true,
      );
      continue;
    }
    if (value === undefined || value === null) continue;
    checkValue(value, field.type, path, report);
  }
}

function checkValue(value: unknown, type: FieldType, path: string, report: Report): void {
  switch (type) {
    case 'id':
      if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
        report(path, expected('an id (lower-case letters, digits, "-", "." or "_")', value));
      }
      return;
    case 'string':
      if (typeof value !== 'string' || value.trim() === '') report(path, expected('a non-empty string', value));
      return;
    case 'bool':
      if (typeof value !== 'boolean') report(path, expected('true or false', value));
      return;
    case 'number':
      if (typeof value !== 'number') report(path, expected('a number', value));
      return;
    case 'date':
      if (typeof value !== 'string' || !DATE_PATTERN.test(value) || Number.isNaN(Date.parse(value))) {
        report(path, expected('a date as YYYY-MM-DD', value), phrase('dateHint'));
      }
      return;
    case 'url':
      if (typeof value !== 'string' || !/^https?:\/\/\S+$/.test(value)) report(path, expected('a URL', value));
      return;
    case 'text':
      if (typeof value === 'string') {
        if (value.trim() === '') report(path, phrase('textEmpty'));
      } else if (isObj(value)) {
        if (typeof value.nb !== 'string' || value.nb.trim() === '') report(path, phrase('textNeedsNb'));
        for (const lang of Object.keys(value)) {
          const v = value[lang];
          if (!(LANGS as readonly string[]).includes(lang)) {
            // In a flow mapping `{ nb: Skole, SFO og PPT }` the comma starts a new key.
            const split = /\s/.test(lang) || v === null;
            report(
              `${path}/${lang}`,
              phrase('unknownLang', JSON.stringify(lang)),
              split ? phrase('commaInText') : phrase('useLangs', LANGS),
            );
          } else if (typeof v !== 'string') report(`${path}/${lang}`, expected('text', v));
        }
      } else {
        report(path, expected('text (a string, or nb:/en: texts)', value));
      }
      return;
    case 'langs':
      if (!Array.isArray(value) || !value.includes('nb')) report(path, phrase('langsNeedNb'));
      else
        value.forEach((l, i) => {
          if (!(LANGS as readonly string[]).includes(l))
            report(`${path}/${i}`, phrase('unknownLang', describe(l)), phrase('useLangs', LANGS));
        });
      return;
    case 'urgency':
      if (typeof value !== 'string' || !(URGENCIES as readonly string[]).includes(value)) {
        report(path, phrase('expectedOneOf', URGENCIES.join(', '), describe(value)));
      }
      return;
    case 'status':
      if (typeof value !== 'string' || !(DUTY_STATUSES as readonly string[]).includes(value)) {
        report(
          path,
          phrase('expectedOneOf', DUTY_STATUSES.join(', '), describe(value)),
          nearPhrase(String(value), [...DUTY_STATUSES]),
        );
      }
      return;
    case 'ids':
      if (!Array.isArray(value)) report(path, expected('a list of ids', value));
      else value.forEach((v, i) => checkValue(v, 'id', `${path}/${i}`, report));
      return;
    case 'basis':
      if (!Array.isArray(value) || value.length === 0) {
        report(path, phrase('basisList'), phrase('basisListHint'));
        return;
      }
      value.forEach((b, i) => {
        if (!isObj(b)) report(`${path}/${i}`, expected('law, section and url', b));
        else checkObject(b, BASIS_SPEC, `${path}/${i}`, report);
      });
      return;
    case 'texts':
      if (!isObj(value)) report(path, expected('a mapping of texts', value));
      else checkObject(value, TEXTS_SPEC, path, report);
      return;
    case 'variant':
      if (!isObj(value)) report(path, expected('duties:, with title: and/or text:', value));
      else checkObject(value, VARIANT_SPEC, path, report);
      return;
    case 'sharingVariant':
      if (!isObj(value)) report(path, expected('duties:, with title:, share:, with:, why: and/or not:', value));
      else checkObject(value, SHARING_VARIANT_SPEC, path, report);
      return;
    case 'next':
      if (typeof value === 'string') {
        checkValue(value, 'id', path, report);
        return;
      }
      if (!Array.isArray(value)) {
        report(path, expected('a question id or a list of rules (if:, goto:)', value));
        return;
      }
      value.forEach((rule, i) => {
        if (!isObj(rule)) report(`${path}/${i}`, expected('a rule (if:, goto:)', rule));
        else
          checkObject(
            rule,
            { if: { type: 'condition' }, goto: { type: 'id', required: true } },
            `${path}/${i}`,
            report,
          );
      });
      return;
    case 'adds':
      if (!Array.isArray(value)) {
        report(path, expected('a list of card ids', value));
        return;
      }
      value.forEach((ref, i) => {
        if (typeof ref === 'string') checkValue(ref, 'id', `${path}/${i}`, report);
        else if (isObj(ref)) checkObject(ref, ADD_SPEC, `${path}/${i}`, report);
        else report(`${path}/${i}`, expected('a card id or {card:, if:}', ref));
      });
      return;
    case 'condition':
      checkCondition(value, path, report);
      return;
    case 'options':
      if (!Array.isArray(value) || value.length === 0) {
        report(path, phrase('noOptions'));
        return;
      }
      value.forEach((o, i) => {
        if (!isObj(o)) report(`${path}/${i}`, expected('an option (id, label, …)', o));
        else checkObject(o, OPTION_SPEC, `${path}/${i}`, report);
      });
      return;
    case 'contacts':
      if (!Array.isArray(value)) {
        report(path, phrase('contactList'));
        return;
      }
      value.forEach((c, i) => {
        if (!isObj(c)) report(`${path}/${i}`, expected('a contact', c));
        // Only the id is required here: an overlay entry that overrides a national contact
        // inherits its other fields (applyOverlay checks new contacts in full).
        else checkObject({ kind: 'contact', ...c }, OVERLAY_CONTACT_SPEC, `${path}/${i}`, report);
      });
      return;
  }
}

function checkCondition(value: unknown, path: string, report: Report): void {
  if (!isObj(value)) {
    report(path, expected('a condition (question: option)', value));
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    const p = `${path}/${key}`;
    if (key === 'all' || key === 'any') {
      if (!Array.isArray(v)) report(p, phrase('conditionList', key));
      else v.forEach((c, i) => checkCondition(c, `${p}/${i}`, report));
    } else if (key === 'not') {
      checkCondition(v, p, report);
    } else if (typeof v === 'string') {
      checkValue(v, 'id', p, report);
    } else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
      v.forEach((x, i) => checkValue(x, 'id', `${p}/${i}`, report));
    } else {
      report(p, phrase('conditionOptions', key, describe(v)));
    }
  }
}

/** "Expected X, got Y." worded later: X is the English name of what was expected (words/nb.ts expectedWhat). */
const expected = (what: string, v: unknown) => phrase('expected', what, describe(v));

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  return `${typeof v} ${String(v)}`;
}
