// `tiltakskort run`: the flow from answers, with no terminal. Exit 0 complete, 3 incomplete,
// 2 for unknown ids or answers the path never reaches (with the valid ids).

import { runScripted, type GivenAnswers } from '../../core/scripted.js';
import { L } from '../../core/text.js';
import { words } from '../../core/words/index.js';
import type { Deck, Lang } from '../../core/types.js';
import type { Walk } from '../../core/engine.js';
import { answersMismatch, EXIT } from '../../core/errors.js';
import type { DeckOptions } from '../options.js';
import { today, type CliIO } from '../../io/cli-io.js';
import { loadForCommand } from '../load.js';
import type { Format } from '../../render/formats.js';

// The summary, the renderers, saving and the answers-file reader are imported only when used:
// asking for the first question (`run --format json`, no answers) needs none of them.

export interface RunOptions extends DeckOptions {
  answer: string[];
  answers?: string;
  format?: Format;
  out?: string;
  force?: boolean;
}

export async function run(io: CliIO, opts: RunOptions): Promise<number> {
  const deck = await loadForCommand(io, opts);
  const given = await gatherAnswers(io, opts);
  const result = runScripted(deck, given);
  if (!result.ok) throw answersMismatch(result.problems);
  const walk = result.walk;
  if (!walk.complete) {
    io.stdout.write(await incomplete(deck, walk, opts.lang, opts.format ?? 'text'));
    return EXIT.incomplete;
  }
  const [{ buildSummary }, { render }] = await Promise.all([
    import('../../core/summary.js'),
    import('../../render/index.js'),
  ]);
  const summary = buildSummary(deck, walk.path, { lang: opts.lang, generated: today(io), urgent: walk.urgent });
  const { formatFor, writeOutput } = await import('../save.js');
  const format = opts.out ? formatFor(opts.out, opts.format) : (opts.format ?? 'text');
  writeOutput(io, await render(format, summary), opts.out, opts.force, opts.lang);
  return EXIT.ok;
}

async function gatherAnswers(io: CliIO, opts: RunOptions): Promise<GivenAnswers> {
  if (!opts.answers && (opts.answer ?? []).length === 0) return {}; // the first question: nothing to read
  const { readAnswersFile, answerFlags } = await import('../answers-file.js');
  const fromFile = opts.answers ? await readAnswersFile(io.cwd, opts.answers) : {};
  // Flags win over the file, so a prepared case can be varied from the command line.
  return { ...fromFile, ...answerFlags(opts.answer ?? []) };
}

async function incomplete(deck: Deck, walk: Walk, lang: Lang, format: Format): Promise<string> {
  const { incompleteJson } = await import('../../render/json.js');
  const report = incompleteJson(deck, walk, lang);
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  const q = walk.next!;
  const E = words(lang).errors;
  const lines = [
    E.incomplete,
    `${E.nextQuestion}: ${q.id}: ${L(q.text, lang)}${q.multiple ? ` ${E.severalAnswers}` : ''}`,
    ...report.next.options.map((o) => `  ${o.id}  ${o.label}`),
    `${E.addIt} --answer ${q.id}=${report.next.options[0]?.id ?? 'OPTION'}${q.multiple ? '[,OPTION…]' : ''}`,
  ];
  return lines.join('\n') + '\n';
}
