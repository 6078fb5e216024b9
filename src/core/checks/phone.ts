// Norwegian phone numbers: one check, used by `validate` (rule phone, every card) and by the
// assembler for an overlay's entries at run time, so a number validate rejects is never shown.

import { phrase, texts, type Finding } from './finding.js';

export function phoneProblem(phone: string): string | undefined {
  const s = phone.replace(/[\s\u00a0]/g, '');
  if (!/^(\+47|0047)?\d+$/.test(s)) return 'only digits, spaces and a leading +47 are allowed';
  const prefixed = /^(\+47|0047)/.test(s);
  const d = s.replace(/^(\+47|0047)/, '');
  if (d.length === 8) return /^[2-9]/.test(d) ? undefined : 'an 8-digit number starts with 2–9';
  if (prefixed) return 'with +47 the number has 8 digits';
  if (d.length === 3) return ['110', '112', '113'].includes(d) ? undefined : 'the 3-digit numbers are 110, 112 and 113';
  if (d.length === 5) return d.startsWith('0') ? undefined : 'a 5-digit short number starts with 0 (e.g. 02800)';
  if (d.length === 6) return d.startsWith('116') ? undefined : 'a 6-digit number is a 116 number (e.g. 116 111)';
  return `it has ${d.length} digits`;
}

/** The `phone` finding for a value, or undefined when it is a valid number (or not a string). */
export function phoneFinding(
  value: unknown,
  at: Omit<Finding, 'rule' | 'severity' | 'message' | 'hint' | 'said' | 'saidHint'>,
): Finding | undefined {
  const v = typeof value === 'number' ? String(value) : value;
  if (typeof v !== 'string') return undefined;
  const problem = phoneProblem(v);
  if (!problem) return undefined;
  return {
    rule: 'phone',
    severity: 'error',
    ...at,
    ...texts(phrase('phoneInvalid', JSON.stringify(v), problem), phrase('phoneHint')),
  };
}
