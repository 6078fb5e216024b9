// Commands that check card content in CI: `validate` and `test` (see docs/ci.md). Definitions
// only: each command's code (and yaml, and the checks) is imported when the command runs.

import { InvalidArgumentError, Option, type Command } from './commander.js';
import type { CliIO } from '../io/cli-io.js';

const FORMATS = ['text', 'json', 'junit', 'github'];

function percent(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100)
    throw new InvalidArgumentError('Expected a percentage from 0 to 100.');
  return n;
}

export function registerCheckCommands(prog: Command, io: CliIO, exitWith: (code: number) => void): void {
  prog
    .command('validate')
    .description(
      'check a deck of cards (default: the bundled national deck) and report every problem with file:line:col',
    )
    .argument('[dir]', 'the deck folder (default: the bundled cards/)')
    .option(
      '--local <file>',
      "check your municipality's overlay with the deck (default: ./tiltakskort.local.yaml when present)",
    )
    .option('--strict', 'local placeholder contacts the overlay does not fill in are errors')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('text'))
    .option(
      '--config <file>',
      'rule severities, review age, extra repealed provisions (default: ./tiltakskort.config.yaml when present)',
    )
    .option('--no-cache', 'do not read or write the parse cache')
    .action(async (dir: string | undefined, opts) => {
      const { validate } = await import('./commands/validate.js');
      exitWith(await validate(io, dir, opts));
    });

  prog
    .command('test')
    .description('run the scenario files (DIR/scenarios/*.yaml) through the flow and report option coverage')
    .argument('[dir]', 'the deck folder (default: the bundled cards/)')
    .option(
      '--local <file>',
      "lay your municipality's overlay on the deck (default: ./tiltakskort.local.yaml when present)",
    )
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('text'))
    .option('--min-coverage <percent>', 'fail when scenarios reach fewer than this percentage of all options', percent)
    .option('--no-cache', 'do not read or write the parse cache')
    .action(async (dir: string | undefined, opts) => {
      const { test } = await import('./commands/test.js');
      exitWith(await test(io, dir, opts));
    });
}
