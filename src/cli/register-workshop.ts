// Commands for trainers and for finding things in the deck: train, graph, deck, list, show, search.
// Definitions only: each command's code is imported when that command runs.

import { Option, type Command } from './commander.js';
import type { CliIO } from '../io/cli-io.js';
import { deckOptions } from './options.js';

export function registerWorkshopCommands(prog: Command, io: CliIO, exitWith: (code: number) => void): void {
  deckOptions(prog.command('train').argument('[case]', 'a training case id (or a case file); none: list the cases'))
    .description('workshop: tell a case, run the guide, then compare your route with the recommended one')
    .option('--answers <file>', 'run a prepared route from this answers file, without a terminal')
    .addOption(new Option('--format <format>', 'output of the comparison').choices(['text', 'json']).default('text'))
    .option('--present', 'presenter view: large, high-contrast, one question per screen, "why" after each answer')
    .action(async (caseId: string | undefined, opts) => {
      const { train } = await import('./commands/train.js');
      exitWith(await train(io, caseId, opts));
    });

  deckOptions(prog.command('graph'))
    .description('draw the questions, options and outcomes as a diagram (Mermaid, DOT, SVG or an HTML page)')
    .addOption(
      new Option('--format <format>', 'diagram format (default: from the --out extension, else mermaid)').choices([
        'mermaid',
        'dot',
        'svg',
        'html',
      ]),
    )
    .option('--highlight <file>', 'mark a route: an answers file, a case file, or a case id')
    .option('--sector <id>', 'only the part of the flow for this answer to the first question (e.g. skole)')
    .option('--from <question>', 'start the diagram at this question')
    .option('--depth <n>', 'only questions at most N steps from the first one drawn')
    .option('--questions-only', 'questions and answers only, no reference cards')
    .option('--outcomes', 'every answer and every card it adds as its own box (the full map)')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--force', 'overwrite the --out file if it exists')
    .action(async (opts) => {
      const { graph } = await import('./commands/graph.js');
      exitWith(await graph(io, opts));
    });

  deckOptions(prog.command('deck'))
    .description('the whole deck as a printable booklet (handout): HTML (A4) or Markdown')
    .addOption(
      new Option('--format <format>', 'booklet format (default: from the --out extension, else md)').choices([
        'html',
        'md',
      ]),
    )
    .option('--sector <id>', 'only the cards for this audience (an answer to the first question, e.g. skole)')
    .option('--pocket', 'a one-page pocket card (A5, HTML): the numbers, three questions, where to report')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--force', 'overwrite the --out file if it exists')
    .action(async (opts) => {
      const { deck } = await import('./commands/deck.js');
      exitWith(await deck(io, opts));
    });

  deckOptions(
    prog
      .command('list')
      .argument('[kind]', 'duties, sharing, contacts, questions, steps, sources or cases (default: all)'),
  )
    .description('list the cards of the deck, by kind')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (kind: string | undefined, opts) => {
      const { list } = await import('./commands/list.js');
      exitWith(await list(io, kind, opts));
    });

  deckOptions(prog.command('show').argument('<id>', 'a card id (see `tiltakskort list`)'))
    .description('show one card in full')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (id: string, opts) => {
      const { show } = await import('./commands/show.js');
      exitWith(await show(io, id, opts));
    });

  deckOptions(prog.command('search').argument('<words...>', 'words to look for (every word must occur)'))
    .description('search the deck (bokmål and English); exit 1 when nothing matches, like grep')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--limit <n>', 'show at most this many results', '20')
    .action(async (words: string[], opts) => {
      const { searchCommand } = await import('./commands/search.js');
      exitWith(await searchCommand(io, words, opts));
    });
}
