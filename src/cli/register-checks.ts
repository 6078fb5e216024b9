// Commands that check card content in CI: `validate` and `test` (see docs/ci.md). Definitions
// only: each command's code (and yaml, and the checks) is imported when the command runs.

import { InvalidArgumentError, Option, type Command } from './commander.js';
import { langOption, type CommandContext } from './options.js';

const FORMATS = ['text', 'json', 'junit', 'github'];

export function registerCheckCommands(prog: Command, { io, exitWith, w, lang }: CommandContext): void {
  const H = w.help;
  const percent = (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100)
      throw new InvalidArgumentError(w.errors.percent);
    return n;
  };

  prog
    .command('validate')
    .description(H.validate)
    .argument('[dir]', H.dir)
    .option('--local <file>', H.localValidate)
    .option('--strict', H.strict)
    .addOption(new Option('--format <format>', H.format).choices(FORMATS).default('text'))
    .option('--config <file>', H.config)
    .option('--no-cache', H.noCache)
    // The messages' language only: the findings' rule ids and JSON keys stay the same.
    .addOption(langOption(w, lang))
    .action(async (dir: string | undefined, opts) => {
      const { validate } = await import('./commands/validate.js');
      exitWith(await validate(io, dir, opts));
    });

  prog
    .command('test')
    .description(H.test)
    .argument('[dir]', H.dir)
    .option('--local <file>', H.localTest)
    .addOption(new Option('--format <format>', H.format).choices(FORMATS).default('text'))
    .option('--min-coverage <percent>', H.minCoverage, percent)
    .option('--no-cache', H.noCache)
    .addOption(langOption(w, lang))
    .action(async (dir: string | undefined, opts) => {
      const { test } = await import('./commands/test.js');
      exitWith(await test(io, dir, opts));
    });
}
