// Commands for trainers and for finding things in the deck: train, graph, deck, list, show, search.
// Definitions only: each command's code is imported when that command runs.

import { Option, type Command } from './commander.js';
import { deckOptions, type CommandContext } from './options.js';

export function registerWorkshopCommands(prog: Command, { io, exitWith, w, lang }: CommandContext): void {
  const H = w.help;
  deckOptions(prog.command('train').argument('[case]', H.case), w, lang)
    .description(H.train)
    .option('--answers <file>', H.answersTrain)
    .addOption(new Option('--format <format>', H.formatTrain).choices(['text', 'json']).default('text'))
    .option('--present', H.present)
    .action(async (caseId: string | undefined, opts) => {
      const { train } = await import('./commands/train.js');
      exitWith(await train(io, caseId, opts));
    });

  deckOptions(prog.command('graph'), w, lang)
    .description(H.graph)
    .addOption(new Option('--format <format>', H.formatGraph).choices(['mermaid', 'dot', 'svg', 'html']))
    .option('--highlight <file>', H.highlight)
    .option('--sector <id>', H.sectorGraph)
    .option('--from <question>', H.from)
    .option('--depth <n>', H.depth)
    .option('--questions-only', H.questionsOnly)
    .option('--outcomes', H.outcomes)
    .option('--out <file>', H.out)
    .option('--force', H.force)
    .action(async (opts) => {
      const { graph } = await import('./commands/graph.js');
      exitWith(await graph(io, opts));
    });

  deckOptions(prog.command('deck'), w, lang)
    .description(H.deck)
    .addOption(new Option('--format <format>', H.formatDeck).choices(['html', 'md']))
    .option('--sector <id>', H.sectorDeck)
    .option('--pocket', H.pocket)
    .option('--out <file>', H.out)
    .option('--force', H.force)
    .action(async (opts) => {
      const { deck } = await import('./commands/deck.js');
      exitWith(await deck(io, opts));
    });

  deckOptions(prog.command('list').argument('[kind]', H.kind), w, lang)
    .description(H.list)
    .addOption(new Option('--format <format>', H.format).choices(['text', 'json']).default('text'))
    .action(async (kind: string | undefined, opts) => {
      const { list } = await import('./commands/list.js');
      exitWith(await list(io, kind, opts));
    });

  deckOptions(prog.command('show').argument('<id>', H.id), w, lang)
    .description(H.show)
    .addOption(new Option('--format <format>', H.format).choices(['text', 'json']).default('text'))
    .action(async (id: string, opts) => {
      const { show } = await import('./commands/show.js');
      exitWith(await show(io, id, opts));
    });

  deckOptions(prog.command('search').argument('<words...>', H.words), w, lang)
    .description(H.search)
    .addOption(new Option('--format <format>', H.format).choices(['text', 'json']).default('text'))
    .option('--limit <n>', H.limit, '20')
    .action(async (words: string[], opts) => {
      const { searchCommand } = await import('./commands/search.js');
      exitWith(await searchCommand(io, words, opts));
    });
}
