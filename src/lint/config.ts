// tiltakskort.config.yaml: severities per rule, the review age and extra repealed provisions.
// Parsing is pure (the command reads the file); a bad config is a usage error (exit 2).

import { nearText } from '../core/errors.js';
import { en } from '../core/words/en.js';
import type { Words } from '../core/words/nb.js';
import { LEVELS, RULES, RULE_IDS, type Level, type RuleId } from './rules.js';
import { DEFAULT_REPEALED, type Repealed } from './repealed.js';
import { quote } from '../core/clean.js';

export const CONFIG_DEFAULT = 'tiltakskort.config.yaml';

export interface CheckConfig {
  levels: Record<RuleId, Level>;
  reviewMaxAgeMonths: number;
  repealed: Repealed[];
}

export function defaultConfig(): CheckConfig {
  return {
    levels: Object.fromEntries(RULE_IDS.map((r) => [r, RULES[r].severity])) as Record<RuleId, Level>,
    reviewMaxAgeMonths: 12,
    repealed: [...DEFAULT_REPEALED],
  };
}

/** Worded in the run's language where it is shown (a usage error); `message` is the English. */
export class ConfigError extends Error {
  constructor(
    readonly said: (w: Words) => string,
    readonly saidHint?: (w: Words) => string,
  ) {
    super(said(en));
  }
}
type U = Words['usage'];
const err = (m: (u: U) => string, hint?: (w: Words) => string) => new ConfigError((w) => m(w.usage), hint);
/** The localized did-you-mean, else the list of what is allowed. */
const near = (wanted: string, candidates: readonly string[], list: (u: U) => string) => (w: Words) =>
  nearText(wanted, candidates, w).trim() || list(w.usage);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');

/** Merge a parsed config document over the defaults. Throws ConfigError with a hint. */
export function applyConfig(raw: unknown, base: CheckConfig = defaultConfig()): CheckConfig {
  if (raw === null || raw === undefined) return base;
  if (!isObj(raw)) throw err((u) => u.configMapping);
  const out: CheckConfig = {
    levels: { ...base.levels },
    reviewMaxAgeMonths: base.reviewMaxAgeMonths,
    repealed: [...base.repealed],
  };
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'rules') {
      if (!isObj(value)) throw err((u) => u.configRulesMap);
      for (const [rule, level] of Object.entries(value)) {
        if (!(RULE_IDS as string[]).includes(rule)) {
          throw err(
            (u) => u.configUnknownRule(quote(rule)),
            near(rule, RULE_IDS, (u) => u.configRuleList(RULE_IDS)),
          );
        }
        if (typeof level !== 'string' || !(LEVELS as string[]).includes(level)) {
          throw err((u) => u.configLevel(quote(rule), JSON.stringify(level) ?? 'undefined'));
        }
        out.levels[rule as RuleId] = level as Level;
      }
    } else if (key === 'reviewMaxAgeMonths') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
        throw err((u) => u.configReviewAge(JSON.stringify(value) ?? 'undefined'));
      }
      out.reviewMaxAgeMonths = value;
    } else if (key === 'repealed') {
      if (!Array.isArray(value)) throw err((u) => u.configRepealedList);
      value.forEach((entry, i) => out.repealed.push(repealedEntry(entry, i)));
    } else {
      const keys = ['rules', 'reviewMaxAgeMonths', 'repealed'];
      throw err(
        (u) => u.configUnknownKey(quote(key)),
        near(key, keys, (u) => u.configAllowed(keys)),
      );
    }
  }
  return out;
}

function repealedEntry(entry: unknown, i: number): Repealed {
  const where = `repealed[${i}]`;
  if (!isObj(entry)) throw err((u) => u.configEntryMapping(where));
  const allowed = ['law', 'section', 'url', 'text', 'now'];
  for (const k of Object.keys(entry)) {
    if (!allowed.includes(k))
      throw err(
        (u) => u.configEntryKey(where, quote(k)),
        near(k, allowed, (u) => u.configAllowed(allowed)),
      );
  }
  const list = (k: string): string[] | undefined => {
    const v = entry[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string' && v.trim() !== '') return [v];
    if (strings(v)) return v;
    throw err((u) => u.configEntryList(`${where}.${k}`));
  };
  const law = list('law'),
    section = list('section'),
    url = list('url'),
    text = list('text');
  if (!law && !url && !text) throw err((u) => u.configEntryNeeds(where));
  if (section && !law) throw err((u) => u.configSectionNeedsLaw(where));
  if (typeof entry.now !== 'string' || entry.now.trim() === '') throw err((u) => u.configNow(where));
  return {
    ...(law ? { law } : {}),
    ...(section ? { section } : {}),
    ...(url ? { url } : {}),
    ...(text ? { text } : {}),
    now: entry.now,
  };
}
