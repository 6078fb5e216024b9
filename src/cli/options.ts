// Options shared by every command that reads a deck (the guide, run and the workshop commands).

import type { Lang } from '../core/types.js';
import { Option, type Command } from './commander.js';

export interface DeckOptions {
  cards?: string;
  local?: string;
  lang: Lang;
}

export function deckOptions(cmd: Command): Command {
  return cmd
    .option('--cards <dir>', 'read the cards from this folder instead of the bundled national deck')
    .option('--local <file>', "your municipality's contacts (default: ./tiltakskort.local.yaml when present)")
    .addOption(
      new Option('--lang <lang>', 'language of the questions and the output').choices(['nb', 'en']).default('nb'),
    );
}
