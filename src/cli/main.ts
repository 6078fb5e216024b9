// The command line: definitions only. Each command's code is imported when that command runs,
// so `validate` never loads the prompts and the guide never loads the validators.

import { readFileSync } from 'node:fs';
import { CliError, ContentError, EXIT, isCancel, safeMessage, UsageError } from '../core/errors.js';
import { quote } from '../core/clean.js';
import { didYouMean } from '../core/checks/finding.js';
import type { CliIO } from '../io/cli-io.js';
import { formatDiagnostics } from '../core/diagnostics.js';
import { registerCheckCommands } from './register-checks.js';
import { registerWorkshopCommands } from './register-workshop.js';
import { PACKAGE_JSON } from '../io/paths.js';
import { Command, CommanderError, Option } from './commander.js';
import { deckOptions } from './options.js';

const VERSION = (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version;

const collect = (value: string, previous: string[] = []) => [...previous, value];

const EXIT_CODES = `Exit codes:
  0    done (run: the flow is complete)
  1    check findings (validate, test)
  2    usage or content error: the message says what and where
  3    run: the answers ran out before the end (the next question is printed)
  130  interrupted (Ctrl+C); nothing was saved`;

const MAIN_HELP = `
Examples:
  $ tiltakskort                              the guide, question by question
  $ tiltakskort --sector skole --out a.html  start as school staff, save as HTML
  $ tiltakskort --plain                      numbered questions, typed answers (screen readers)
  $ tiltakskort run --format json            the first question, for scripts
  $ tiltakskort run --answers case.yaml      the whole flow from an answers file
  $ tiltakskort validate                     check the cards, e.g. in CI

${EXIT_CODES}

Card format, CI and workshops: see README.md and docs/ in the package.`;

const RUN_HELP = `
Examples:
  $ tiltakskort run --format json
  $ tiltakskort run --answer sektor=skole --answer bekymring=vold,omsorgssvikt
  $ tiltakskort run --answers case.yaml --format html --out oppsummering.html

${EXIT_CODES}`;

/**
 * The commands. Commander discards what an action returns, so each action hands its exit code to
 * `exitWith`; main() gives every run its own, so no state outlives a call (tests run it in-process).
 */
export function program(io: CliIO, exitWith: (code: number) => void = () => {}): Command {
  const prog = new Command('tiltakskort')
    .description(
      'Veileder for deg som er bekymret for et barn: hvilken plikt gjelder, hva du kan dele, hvem du kontakter.\nA guide for people who work with children in Norway and are worried about a child.',
    )
    .version(VERSION, '-V, --version')
    .showSuggestionAfterError()
    .enablePositionalOptions()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // commander echoes unknown options and arguments as given: through the one cleaner.
      writeErr: (s) => io.stderr.write(safeMessage(s)),
    })
    .exitOverride();

  deckOptions(prog)
    .option('--sector <id>', 'answer the first question (your sector) in advance')
    .option('--out <file>', 'save the summary to this file without asking (.md, .html, .txt or .json)')
    .addOption(
      new Option('--format <format>', 'format of the saved file (default: from the extension)').choices([
        'md',
        'text',
        'html',
        'json',
      ]),
    )
    .option('--force', 'overwrite the --out file if it exists')
    .option(
      '--plain',
      'plain mode for screen readers, simple terminals and piped input: numbered lines, answer by typing numbers (also with TERM=dumb)',
    )
    .allowExcessArguments(true)
    .action(async (opts, cmd: Command) => {
      if (cmd.args.length > 0) {
        const names = prog.commands.map((c) => c.name());
        throw new UsageError(
          `Unknown command ${quote(cmd.args[0])}.`,
          didYouMean(cmd.args[0]!, names) ?? `Commands: ${names.join(', ')}.`,
        );
      }
      const { guide } = await import('./commands/guide.js');
      exitWith(await guide(io, opts));
    });

  deckOptions(prog.command('run'))
    .description('run the flow from answers, without a terminal (for CI and prepared cases)')
    .option('--answer <question=option>', 'an answer; repeat it, or give several options as q=a,b', collect)
    .option('--answers <file>', 'answers file (YAML or JSON): question id → option id or list of ids')
    .addOption(
      new Option('--format <format>', 'output format (default: text, or from the --out extension)').choices([
        'json',
        'md',
        'text',
        'html',
      ]),
    )
    .option('--out <file>', 'write the summary to this file (format from the extension unless --format)')
    .option('--force', 'overwrite the --out file if it exists')
    .addHelpText('after', RUN_HELP)
    .action(async (opts) => {
      const { run } = await import('./commands/run.js');
      exitWith(await run(io, opts));
    });

  prog
    .command('schema')
    .description('print the JSON Schema for card files (for editors and yaml-language-server)')
    .action(async () => {
      const { schema } = await import('./commands/schema.js');
      exitWith(await schema(io));
    });

  registerCheckCommands(prog, io, exitWith);
  registerWorkshopCommands(prog, io, exitWith);
  prog.addHelpText('after', MAIN_HELP);
  return prog;
}

/** Run the CLI; returns the exit code. Never throws, never prints a stack trace. */
export async function main(io: CliIO): Promise<number> {
  let code: number | undefined;
  const prog = program(io, (c) => {
    code = c;
  });
  try {
    await prog.parseAsync(io.argv, { from: 'user' });
    return code ?? EXIT.ok;
  } catch (err) {
    return report(io, err);
  }
}

/** A file-system error about the user's input (a path that is missing, a folder, unreadable). */
function inputProblem(err: unknown): string | undefined {
  const e = err as NodeJS.ErrnoException & { problem?: string };
  if (e?.name === 'InputFileError') return `${quote(e.path ?? '')}: ${e.message}`;
  const codes: Record<string, string> = {
    ENOENT: 'does not exist',
    EISDIR: 'is a folder; a file was expected',
    ENOTDIR: 'is not a folder',
    EACCES: 'cannot be read (permission denied)',
    EPERM: 'cannot be read (not permitted)',
    ELOOP: 'is a symlink loop',
  };
  if (typeof e?.code === 'string' && codes[e.code] && typeof e.path === 'string')
    return `${quote(e.path)} ${codes[e.code]}.`;
  return undefined;
}

function report(io: CliIO, err: unknown): number {
  if (err instanceof CommanderError) {
    // Help and version are not errors; commander has already printed everything else.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
      return EXIT.ok;
    io.stderr.write("Run 'tiltakskort --help' for usage.\n");
    return EXIT.usage;
  }
  if (ContentError.is(err)) {
    io.stderr.write(formatDiagnostics(err.diagnostics));
    io.stderr.write(`${safeMessage(err.message)}\n`);
    return err.exitCode;
  }
  if (CliError.is(err)) {
    io.stderr.write(`tiltakskort: ${safeMessage(err.message)}\n`);
    if (err.hint) io.stderr.write(`${safeMessage(err.hint)}\n`);
    return err.exitCode;
  }
  const e = err as Error;
  if (isCancel(err)) return EXIT.interrupted;
  // Input problems that reach here are still the user's, not a bug: a file that cannot be read.
  const io2 = inputProblem(err);
  if (io2) {
    io.stderr.write(`tiltakskort: ${safeMessage(io2)}\n`);
    return EXIT.usage;
  }
  io.stderr.write(`tiltakskort: internal error: ${safeMessage(e?.message ?? String(err))}\n`);
  io.stderr.write('This is a bug in tiltakskort, not in what you did. Set TILTAKSKORT_DEBUG=1 to see the details.\n');
  if (io.env.TILTAKSKORT_DEBUG) io.stderr.write(`${safeMessage(e?.stack ?? '')}\n`);
  return EXIT.usage;
}
