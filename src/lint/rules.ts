// Every rule `validate` and `test` report, with its stable id and default severity. The ids are
// what users write in tiltakskort.config.yaml and what CI annotations show as titles.

import type { Severity } from '../core/types.js';

export type Level = Severity | 'off';
export const LEVELS: readonly Level[] = ['error', 'warning', 'info', 'off'];

export interface RuleInfo {
  severity: Level;
  description: string;
}

export const RULES = {
  yaml: { severity: 'error', description: 'YAML syntax' },
  schema: {
    severity: 'error',
    description: 'card shape (schema/cards.schema.json): required fields, types, no unknown keys',
  },
  deck: { severity: 'error', description: 'exactly one deck file (kind: deck)' },
  'duplicate-id': { severity: 'error', description: 'ids are unique across the deck and within a question' },
  reference: { severity: 'error', description: 'references point at existing cards and options' },
  'duty-status': {
    severity: 'error',
    description: 'a conditional duty says its condition in plain words; status and condition are only for duty cards',
  },
  local: { severity: 'error', description: 'the local overlay is well-formed and only adds or overrides contacts' },
  'unreachable-question': { severity: 'error', description: 'every question can be reached from the start question' },
  'unused-card': {
    severity: 'warning',
    description: 'every reference card is added by some reachable answer (or always), every source is cited',
  },
  'no-end': { severity: 'error', description: "a question's continuation can reach the end without looping" },
  cycle: {
    severity: 'error',
    description: 'the flow has no cycles (a question is never asked twice, so a cycle is silently cut)',
  },
  'no-outcome': {
    severity: 'warning',
    description: 'an option leads somewhere or adds something when its siblings do',
  },
  basis: { severity: 'error', description: 'duty and sharing cards name their legal basis with an https URL' },
  'review-age': {
    severity: 'warning',
    description: '`reviewed` dates are not older than reviewMaxAgeMonths (default 12)',
  },
  phone: { severity: 'error', description: 'phone numbers are valid Norwegian numbers' },
  'control-chars': { severity: 'error', description: 'no control characters or terminal escape sequences in any text' },
  markdown: { severity: 'error', description: 'inline Markdown renders: balanced links, closed ** and `, no raw HTML' },
  repealed: { severity: 'error', description: 'no references to repealed or renumbered provisions' },
  translation: { severity: 'warning', description: 'every text has a translation for each language the deck declares' },
  case: {
    severity: 'error',
    description:
      'training cases (cases/*.yaml) are well-formed, name existing questions and options, and their recommended route runs to the end',
  },
  'local-missing': {
    severity: 'warning',
    description: 'local placeholder contacts the flow uses are filled in by the overlay (error with --strict)',
  },
  // `tiltakskort test`
  'scenario-schema': {
    severity: 'error',
    description: 'scenario files are well-formed (kind: scenario, id, answers, expect)',
  },
  'scenario-reference': { severity: 'error', description: 'scenario files name existing questions, options and cards' },
  'scenario-failed': { severity: 'error', description: 'the flow gives what the scenario expects' },
  coverage: { severity: 'error', description: 'scenarios reach at least --min-coverage percent of all options' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];
/** The rules `validate` runs (the others belong to `test`). */
export const VALIDATE_RULES: readonly RuleId[] = RULE_IDS.filter((r) => !r.startsWith('scenario') && r !== 'coverage');
