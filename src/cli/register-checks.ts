// Commands that check card content in CI: `validate` and `test` (see docs/ci.md).

import type { Command } from 'commander';
import type { CliIO } from './io.js';

export function registerCheckCommands(_prog: Command, _io: CliIO, _exitWith: (code: number) => void): void {
  // Filled in by the validate/test work.
}
