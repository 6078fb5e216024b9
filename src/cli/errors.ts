// Typed errors, mapped to exit codes in one place (cli/main.ts). Stacks are never shown to users.

import type { Diagnostic } from '../core/types.js';

export const EXIT = { ok: 0, findings: 1, usage: 2, incomplete: 3, interrupted: 130 } as const;

export class CliError extends Error {
  constructor(message: string, readonly exitCode: number, readonly hint?: string) {
    super(message);
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
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`The cards have ${count(diagnostics)}; nothing was run.`, EXIT.usage, 'Fix the cards and run again (`tiltakskort validate` checks them).');
  }
}

/** Ctrl+C: one line, exit 130, nothing written. */
export class InterruptedError extends CliError {
  constructor(message: string) {
    super(message, EXIT.interrupted);
  }
}

function count(ds: Diagnostic[]): string {
  const errors = ds.filter((d) => d.severity === 'error').length;
  return `${errors} error${errors === 1 ? '' : 's'}`;
}
