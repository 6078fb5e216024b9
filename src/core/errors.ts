// Typed errors, mapped to exit codes in one place (cli/main.ts). Stacks are never shown to users.

import type { ScriptedProblem } from './scripted.js';
import type { Diagnostic } from './types.js';
import { clean } from './clean.js';
import { nb, type Words } from './words/nb.js';
import { nearest } from './checks/finding.js';

/**
 * A message in the user's language: the words (core/words) are chosen where it is shown
 * (cli/main.ts), so code that throws needs no language. A plain string is text from elsewhere
 * (another program's message, or words already chosen).
 */
export type Said = string | ((w: Words) => string);

export const say = (s: Said, w: Words): string => (typeof s === 'string' ? s : s(w));

export const EXIT = { ok: 0, findings: 1, usage: 2, incomplete: 3, interrupted: 130 } as const;

// A global symbol rather than `instanceof`, so an error is recognised even when it comes from
// another copy of this module (a bundle, or a test that loads src/ beside dist/).
const BRAND = Symbol.for('tiltakskort.CliError');

export class CliError extends Error {
  readonly [BRAND] = true;
  /** In bokmål, the default; `text(w)` and `hintText(w)` in the chosen language. */
  readonly hint?: string;
  constructor(
    readonly said: Said,
    readonly exitCode: number,
    readonly saidHint?: Said,
  ) {
    super(say(said, nb));
    if (saidHint !== undefined) this.hint = say(saidHint, nb);
  }

  text(w: Words): string {
    return say(this.said, w);
  }

  hintText(w: Words): string | undefined {
    return this.saidHint === undefined ? undefined : say(this.saidHint, w);
  }

  static is(err: unknown): err is CliError {
    return typeof err === 'object' && err !== null && (err as Record<symbol, unknown>)[BRAND] === true;
  }
}

/** Bad flags, a missing file, an unknown answer id: exit 2. */
export class UsageError extends CliError {
  constructor(message: Said, hint?: Said) {
    super(message, EXIT.usage, hint);
  }
}

/** Card content that cannot be used: exit 2, with every diagnostic. */
export class ContentError extends CliError {
  static override is(err: unknown): err is ContentError {
    return CliError.is(err) && Array.isArray((err as Partial<ContentError>).diagnostics);
  }

  constructor(readonly diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    super(
      (w) => w.errors.cards(errors),
      EXIT.usage,
      (w) => w.errors.cardsHint,
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

/** Each problem and the valid ids under it, indented (also `graph --highlight`'s route). */
export function mismatchLines(problems: readonly ScriptedProblem[], w: Words): string {
  // The messages quote answer ids as given: one line each, controls shown (core/clean.ts).
  return problems
    .map(
      (p) =>
        `  ${clean(p.said(w), 'visible')}\n    ${w.errors.valid}: ${clean(p.valid.join(', '), 'visible') || w.errors.none}`,
    )
    .join('\n');
}

/** Answers (flags, an answers file or a case) that do not fit the deck, with the valid ids. */
export function answersMismatch(problems: readonly ScriptedProblem[]): UsageError {
  return new UsageError(
    (w) => `${w.errors.mismatch}\n${mismatchLines(problems, w)}`,
    (w) => w.errors.mismatchHint,
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

/** "Did you mean …?" in the user's words, with a space after it, or nothing. */
export function nearText(wanted: string, candidates: Iterable<string>, w: Words): string {
  const near = nearest(wanted, candidates).map((n) => `"${n}"`);
  return near.length > 0 ? `${w.errors.didYouMean(near.join(` ${w.errors.or} `))} ` : '';
}
