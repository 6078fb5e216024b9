// The command line: definitions only. Each command's code is imported when that command runs,
// so `validate` never loads the prompts and the guide never loads the validators.

import { readFileSync } from 'node:fs';
import { CliError, ContentError, EXIT, isCancel, safeMessage, UsageError } from '../core/errors.js';
import { quote } from '../core/clean.js';
import { nearest } from '../core/checks/finding.js';
import type { CliIO } from '../io/cli-io.js';
import { formatDiagnostics } from '../core/diagnostics.js';
import { pickLang, words, type Words } from '../core/words/index.js';
import type { Lang } from '../core/types.js';
import { commanderMessage } from './commander-words.js';
import { registerCheckCommands } from './register-checks.js';
import { registerWorkshopCommands } from './register-workshop.js';
import { PACKAGE_JSON } from '../io/paths.js';
import { Command, CommanderError, Help, Option } from './commander.js';
import { inputText } from '../io/read-file.js';
import { deckOptions } from './options.js';

const VERSION = (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version;

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * The commands. Commander discards what an action returns, so each action hands its exit code to
 * `exitWith`; main() gives every run its own, so no state outlives a call (tests run it in-process).
 */
export function program(
  io: CliIO,
  exitWith: (code: number) => void = () => {},
  lang: Lang = pickLang(io.argv, io.env),
): Command {
  const w = words(lang);
  const H = w.help;
  const prog = new Command('tiltakskort')
    .description(H.about)
    .version(VERSION, '-V, --version', H.version)
    .helpOption('-h, --help', H.help)
    .helpCommand('help [command]', H.helpCommand)
    .showSuggestionAfterError()
    .enablePositionalOptions()
    // Set before the commands are added: they inherit the help's words and the output.
    .configureHelp({
      styleTitle: (t) => H.titles[t] ?? t,
      commandUsage: (c) => usageWords(Help.prototype.commandUsage.call(new Help(), c), w),
      subcommandTerm: (c) => usageWords(Help.prototype.subcommandTerm.call(new Help(), c), w),
      optionDescription: (o) => translateExtra(Help.prototype.optionDescription.call(new Help(), o), w),
    })
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // commander echoes unknown options and arguments as given: through the one cleaner.
      writeErr: (s) => io.stderr.write(safeMessage(s)),
      outputError: (s, write) => write(commanderMessage(s, w)),
    })
    .exitOverride();

  deckOptions(prog, w, lang)
    .option('--sector <id>', H.sector)
    .option('--out <file>', H.outGuide)
    .addOption(new Option('--format <format>', H.formatGuide).choices(['md', 'text', 'html', 'json']))
    .option('--force', H.force)
    .option('--plain', H.plain)
    .allowExcessArguments(true)
    .action(async (opts, cmd: Command) => {
      if (cmd.args.length > 0) {
        const names = prog.commands.map((c) => c.name());
        const near = nearest(cmd.args[0]!, names).map((n) => `"${n}"`);
        throw new UsageError(
          (w) => w.errors.unknownCommand(quote(cmd.args[0])),
          (w) =>
            near.length > 0 ? w.errors.didYouMean(near.join(` ${w.errors.or} `)) : w.errors.commands(names.join(', ')),
        );
      }
      const { guide } = await import('./commands/guide.js');
      exitWith(await guide(io, opts));
    });

  deckOptions(prog.command('run'), w, lang)
    .description(H.run)
    .option('--answer <question=option>', H.answer, collect)
    .option('--answers <file>', H.answers)
    .addOption(new Option('--format <format>', H.formatRun).choices(['json', 'md', 'text', 'html']))
    .option('--out <file>', H.outRun)
    .option('--force', H.force)
    .addHelpText('after', `\n${H.runExamples}\n\n${H.exitCodes}`)
    .action(async (opts) => {
      const { run } = await import('./commands/run.js');
      exitWith(await run(io, opts));
    });

  prog
    .command('schema')
    .description(H.schema)
    .action(async () => {
      const { schema } = await import('./commands/schema.js');
      exitWith(await schema(io));
    });

  const ctx = { io, exitWith, w, lang };
  registerCheckCommands(prog, ctx);
  registerWorkshopCommands(prog, ctx);
  prog.addHelpText('after', `\n${H.examples}\n\n${H.exitCodes}\n\n${H.more}`);
  return prog;
}

/** commander's "[options]" and "[command]" in the usage line. */
function usageWords(text: string, w: Words): string {
  return text.replace(/\[(options|command)\]/g, (m) => w.help.usageWords[m] ?? m);
}

/** commander's "(choices: …, default: …)" after an option's description, in the user's words. */
function translateExtra(text: string, w: Words): string {
  return text
    .replace(/\((choices|default): /g, (_, k: string) => `(${k === 'choices' ? w.help.choices : w.help.default}: `)
    .replace(/, default: /, `, ${w.help.default}: `);
}

/** Run the CLI; returns the exit code. Never throws, never prints a stack trace. */
export async function main(io: CliIO): Promise<number> {
  let code: number | undefined;
  const lang = pickLang(io.argv, io.env);
  const w = words(lang);
  const prog = program(
    io,
    (c) => {
      code = c;
    },
    lang,
  );
  try {
    await prog.parseAsync(io.argv, { from: 'user' });
    return code ?? EXIT.ok;
  } catch (err) {
    return report(io, err, w);
  }
}

/** A file-system error about the user's input (a path that is missing, a folder, unreadable). */
function inputProblem(err: unknown, w: Words): string | undefined {
  const e = err as NodeJS.ErrnoException & { problem?: string; size?: number };
  if (e?.name === 'InputFileError' && e.problem) return `${quote(e.path ?? '')}: ${inputText(e.problem, e.size, w)}`;
  const said = typeof e?.code === 'string' ? w.errors.fsCodes[e.code] : undefined;
  if (said && typeof e.path === 'string') return `${quote(e.path)} ${said}.`;
  return undefined;
}

function report(io: CliIO, err: unknown, w: Words): number {
  const E = w.errors;
  if (err instanceof CommanderError) {
    // Help and version are not errors; commander has already printed everything else.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
      return EXIT.ok;
    io.stderr.write(`${E.seeHelp}\n`);
    return EXIT.usage;
  }
  if (ContentError.is(err)) {
    io.stderr.write(formatDiagnostics(err.diagnostics, w));
    io.stderr.write(`${safeMessage(err.text(w))}\n`);
    return err.exitCode;
  }
  if (CliError.is(err)) {
    io.stderr.write(`${E.prefix}: ${safeMessage(err.text(w))}\n`);
    const hint = err.hintText(w);
    if (hint) io.stderr.write(`${safeMessage(hint)}\n`);
    return err.exitCode;
  }
  const e = err as Error;
  if (isCancel(err)) return EXIT.interrupted;
  // Input problems that reach here are still the user's, not a bug: a file that cannot be read.
  const io2 = inputProblem(err, w);
  if (io2) {
    io.stderr.write(`${E.prefix}: ${safeMessage(io2)}\n`);
    return EXIT.usage;
  }
  io.stderr.write(`${E.prefix}: ${safeMessage(E.internal(e?.message ?? String(err)))}\n`);
  io.stderr.write(`${E.bug}\n`);
  if (io.env.TILTAKSKORT_DEBUG) io.stderr.write(`${safeMessage(e?.stack ?? '')}\n`);
  return EXIT.usage;
}
