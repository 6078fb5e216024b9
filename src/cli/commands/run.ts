// `tiltakskort run`: the flow from answers, with no terminal. Exit 0 complete, 3 incomplete,
// 2 for unknown ids or answers the path never reaches (with the valid ids).

import { runScripted, parseAnswerFlags, type GivenAnswers } from '../../core/scripted.js';
import { L } from '../../core/text.js';
import type { Deck, Lang } from '../../core/types.js';
import type { Walk } from '../../core/engine.js';
import { EXIT, UsageError } from '../errors.js';
import { today, type CliIO } from '../io.js';
import { loadForCommand } from '../load.js';
import type { Format } from '../save.js';

// The summary, the renderers, saving and the answers-file reader are imported only when used:
// asking for the first question (`run --format json`, no answers) needs none of them.

export interface RunOptions {
  answer: string[];
  answers?: string;
  cards?: string;
  local?: string;
  lang: Lang;
  format?: Format;
  out?: string;
  force?: boolean;
}

export async function run(io: CliIO, opts: RunOptions): Promise<number> {
  const deck = await loadForCommand(io, opts);
  const given = await gatherAnswers(io, opts);
  const result = runScripted(deck, given);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.message}\n    valid: ${p.valid.join(', ') || '(none)'}`);
    throw new UsageError(`The answers do not fit the deck:\n${lines.join('\n')}`, 'Use the question and option ids shown (`tiltakskort run --format json` shows the first question).');
  }
  const walk = result.walk;
  if (!walk.complete) {
    io.stdout.write(await incomplete(deck, walk, opts.lang, opts.format ?? 'text'));
    return EXIT.incomplete;
  }
  const [{ buildSummary }, { render }] = await Promise.all([import('../../core/summary.js'), import('../../render/index.js')]);
  const summary = buildSummary(deck, walk.path, { lang: opts.lang, generated: today(io), urgent: walk.urgent });
  if (opts.out) {
    const { formatFor, writeAtomic } = await import('../save.js');
    const format = formatFor(opts.out, opts.format);
    const path = writeAtomic(io.cwd, opts.out, await render(format, summary), Boolean(opts.force));
    io.stderr.write(`Saved ${path}\n`);
    return EXIT.ok;
  }
  io.stdout.write(await render(opts.format ?? 'text', summary));
  return EXIT.ok;
}

async function gatherAnswers(io: CliIO, opts: RunOptions): Promise<GivenAnswers> {
  const fromFile = opts.answers ? await (await import('../answers-file.js')).readAnswersFile(io.cwd, opts.answers) : {};
  const flags = parseAnswerFlags(opts.answer ?? []);
  if ('error' in flags) throw new UsageError(flags.error);
  // Flags win over the file, so a prepared case can be varied from the command line.
  return { ...fromFile, ...flags.given };
}

async function incomplete(deck: Deck, walk: Walk, lang: Lang, format: Format): Promise<string> {
  const { incompleteJson } = await import('../../render/json.js');
  const report = incompleteJson(deck, walk, lang);
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  const q = walk.next!;
  const lines = [
    `Incomplete: the answers stop before the end of the flow.`,
    `Next question: ${q.id}: ${L(q.text, lang)}${q.multiple ? ' (several answers allowed)' : ''}`,
    ...report.next.options.map((o) => `  ${o.id}  ${o.label}`),
    `Add it with --answer ${q.id}=${report.next.options[0]?.id ?? 'OPTION'}${q.multiple ? '[,OPTION…]' : ''}`,
  ];
  return lines.join('\n') + '\n';
}
