// Typed errors, mapped to exit codes in one place (cli/main.ts). Stacks are never shown to users.

import type { ScriptedProblem } from './scripted.js';
import type { Diagnostic } from './types.js';
import { clean } from './clean.js';

export const EXIT = { ok: 0, findings: 1, usage: 2, incomplete: 3, interrupted: 130 } as const;

// A global symbol rather than `instanceof`, so an error is recognised even when it comes from
// another copy of this module (a bundle, or a test that loads src/ beside dist/).
const BRAND = Symbol.for('tiltakskort.CliError');

export class CliError extends Error {
  readonly [BRAND] = true;
  constructor(
    message: string,
    readonly exitCode: number,
    readonly hint?: string,
  ) {
    super(message);
  }

  static is(err: unknown): err is CliError {
    return typeof err === 'object' && err !== null && (err as Record<symbol, unknown>)[BRAND] === true;
  }
}

/** Bad flags, a missing file, an unknown answer id: exit 2. */
export class UsageError extends CliError {
  constructor(message: string, hint?: string) {
    super(message, EXIT.usage, hint);
  }
}

/** Card content that cannot be used: exit 2, with every diagnostic. */
export class ContentError extends CliError {
  static override is(err: unknown): err is ContentError {
    return CliError.is(err) && Array.isArray((err as Partial<ContentError>).diagnostics);
  }

  constructor(readonly diagnostics: Diagnostic[]) {
    super(
      `The cards have ${count(diagnostics)}; nothing was run.`,
      EXIT.usage,
      'Fix the cards and run again (`tiltakskort validate` checks them).',
    );
  }
}

/**
 * Ctrl+C at a prompt: @inquirer rejects with ExitPromptError (AbortPromptError on a signal), and
 * plain mode's end of input throws an error of the same name (cli/plain.ts). By name, as the
 * Inquirer README advises, so a second copy of the library is recognised too.
 */
export function isCancel(err: unknown): boolean {
  const name = (err as Error | undefined)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

function count(ds: Diagnostic[]): string {
  const errors = ds.filter((d) => d.severity === 'error').length;
  return `${errors} error${errors === 1 ? '' : 's'}`;
}

/** Each problem and the valid ids under it, indented (also `graph --highlight`'s route). */
export function mismatchLines(problems: readonly ScriptedProblem[]): string {
  // The messages quote answer ids as given: one line each, controls shown (core/clean.ts).
  return problems
    .map((p) => `  ${clean(p.message, 'visible')}\n    valid: ${clean(p.valid.join(', '), 'visible') || '(none)'}`)
    .join('\n');
}

/** Answers (flags, an answers file or a case) that do not fit the deck, with the valid ids. */
export function answersMismatch(problems: readonly ScriptedProblem[]): UsageError {
  return new UsageError(
    `The answers do not fit the deck:\n${mismatchLines(problems)}`,
    'Use the question and option ids shown (`tiltakskort run --format json` shows the first question).',
  );
}

/**
 * A message for the terminal: every line through the one cleaner, so an argument, an id, a file
 * name or another program's error message can show control characters only as \uXXXX. The line
 * breaks are ours (messages that list problems); a value quoted in a message is cleaned to one
 * line where it is quoted (core/clean.ts quote).
 */
export function safeMessage(text: string): string {
  return text
    .split('\n')
    .map((l) => clean(l, 'visible'))
    .join('\n');
}
