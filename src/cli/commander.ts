// commander, loaded through require: its ESM entry only wraps the CommonJS one, and going through
// the ESM loader costs about 10 ms more on every start (measured with bench/startup.mjs). Every
// module of ours takes commander from here, so it is loaded once, one way.

import { createRequire } from 'node:module';
import type * as commander from 'commander';

export const { Command, CommanderError, Help, InvalidArgumentError, Option } = createRequire(import.meta.url)(
  'commander',
) as typeof commander;
export type Command = commander.Command;
export type Help = commander.Help;
