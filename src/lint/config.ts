// tiltakskort.config.yaml: severities per rule, the review age and extra repealed provisions.
// Parsing is pure (the command reads the file); a bad config is a usage error (exit 2).

import { didYouMean } from '../core/checks/finding.js';
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

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');

/** Merge a parsed config document over the defaults. Throws ConfigError with a hint. */
export function applyConfig(raw: unknown, base: CheckConfig = defaultConfig()): CheckConfig {
  if (raw === null || raw === undefined) return base;
  if (!isObj(raw)) throw new ConfigError('The config file must be a mapping (rules:, reviewMaxAgeMonths:, repealed:).');
  const out: CheckConfig = {
    levels: { ...base.levels },
    reviewMaxAgeMonths: base.reviewMaxAgeMonths,
    repealed: [...base.repealed],
  };
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'rules') {
      if (!isObj(value)) throw new ConfigError('"rules" maps rule ids to error, warning, info or off.');
      for (const [rule, level] of Object.entries(value)) {
        if (!(RULE_IDS as string[]).includes(rule)) {
          throw new ConfigError(
            `Unknown rule ${quote(rule)} in the config.`,
            didYouMean(rule, RULE_IDS) ?? `Rules: ${RULE_IDS.join(', ')}.`,
          );
        }
        if (typeof level !== 'string' || !(LEVELS as string[]).includes(level)) {
          throw new ConfigError(
            `Rule ${quote(rule)}: expected error, warning, info or off, got ${JSON.stringify(level)}.`,
          );
        }
        out.levels[rule as RuleId] = level as Level;
      }
    } else if (key === 'reviewMaxAgeMonths') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
        throw new ConfigError(
          `"reviewMaxAgeMonths" must be a whole number of months (1 or more), got ${JSON.stringify(value)}.`,
        );
      }
      out.reviewMaxAgeMonths = value;
    } else if (key === 'repealed') {
      if (!Array.isArray(value))
        throw new ConfigError('"repealed" is a list of provisions (law/section, url or text, and now).');
      value.forEach((entry, i) => out.repealed.push(repealedEntry(entry, i)));
    } else {
      throw new ConfigError(
        `Unknown config key ${quote(key)}.`,
        didYouMean(key, ['rules', 'reviewMaxAgeMonths', 'repealed']) ?? 'Allowed: rules, reviewMaxAgeMonths, repealed.',
      );
    }
  }
  return out;
}

function repealedEntry(entry: unknown, i: number): Repealed {
  const where = `repealed[${i}]`;
  if (!isObj(entry)) throw new ConfigError(`${where}: expected a mapping with law/section, url or text, and now.`);
  const allowed = ['law', 'section', 'url', 'text', 'now'];
  for (const k of Object.keys(entry)) {
    if (!allowed.includes(k))
      throw new ConfigError(
        `${where}: unknown key ${quote(k)}.`,
        didYouMean(k, allowed) ?? `Allowed: ${allowed.join(', ')}.`,
      );
  }
  const list = (k: string): string[] | undefined => {
    const v = entry[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string' && v.trim() !== '') return [v];
    if (strings(v)) return v;
    throw new ConfigError(`${where}.${k}: expected a string or a list of strings.`);
  };
  const law = list('law'),
    section = list('section'),
    url = list('url'),
    text = list('text');
  if (!law && !url && !text) throw new ConfigError(`${where}: give at least one of law (with section), url or text.`);
  if (section && !law) throw new ConfigError(`${where}: "section" needs "law".`);
  if (typeof entry.now !== 'string' || entry.now.trim() === '')
    throw new ConfigError(`${where}: "now" says what to cite instead (e.g. "barnevernsloven § 13-2").`);
  return {
    ...(law ? { law } : {}),
    ...(section ? { section } : {}),
    ...(url ? { url } : {}),
    ...(text ? { text } : {}),
    now: entry.now,
  };
}
