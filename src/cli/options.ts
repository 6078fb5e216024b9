// Options shared by every command that reads a deck (the guide, run and the workshop commands).

import type { Lang } from '../core/types.js';
import type { CliIO } from '../io/cli-io.js';
import type { Words } from '../core/words/index.js';
import { Option, type Command } from './commander.js';

/** What every group of commands is registered with (register-checks.ts, register-workshop.ts). */
export interface CommandContext {
  io: CliIO;
  /** Hands a command's exit code back to main() (no module state: see main.ts). */
  exitWith: (code: number) => void;
  w: Words;
  lang: Lang;
}

export interface DeckOptions {
  cards?: string;
  local?: string;
  lang: Lang;
}

/** `lang`: the language already chosen for the tool's messages (core/words pickLang), the default. */
export function deckOptions(cmd: Command, w: Words, lang: Lang): Command {
  return cmd
    .option('--cards <dir>', w.help.cards)
    .option('--local <file>', w.help.local)
    .addOption(langOption(w, lang));
}

/** --lang: parsed by commander for its check and help; read before parsing (core/words pickLang). */
export function langOption(w: Words, lang: Lang) {
  return new Option('--lang <lang>', w.help.lang).choices(['nb', 'en']).default(lang);
}
