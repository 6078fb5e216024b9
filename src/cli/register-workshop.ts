// Commands for trainers and for finding things in the deck: train, graph, deck, list, show, search.

import type { Command } from 'commander';
import type { CliIO } from './io.js';

export function registerWorkshopCommands(_prog: Command, _io: CliIO, _exitWith: (code: number) => void): void {
  // Filled in by the workshop work.
}
