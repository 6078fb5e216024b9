// commander writes its own parse errors in English: each known message in the user's words.
// The patterns are commander's (lib/command.js, lib/suggestSimilar.js); a message not matched
// here is shown as commander wrote it.

import type { Words } from '../core/words/index.js';

/** "--lang <lang>" names the option as "--lang". */
const flag = (flags: string) => flags.replace(/ [<[].*$/, '');

const MESSAGES: [RegExp, (E: Words['errors'], m: string[]) => string][] = [
  [/^unknown option '(.+)'$/, (E, m) => E.unknownOption(m[1]!)],
  [/^unknown command '(.+)'$/, (E, m) => E.unknownCommand(`"${m[1]}"`)],
  [/^missing required argument '(.+)'$/, (E, m) => E.missingArgument(m[1]!)],
  [/^option '(.+)' argument missing$/, (E, m) => E.optionMissingArgument(flag(m[1]!))],
  [/^too many arguments/, (E) => E.tooManyArguments],
  [
    /^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/,
    (E, m) => E.invalidChoice(flag(m[1]!), `"${m[2]}"`, m[3]!),
  ],
  // Our own argument parsers give their reason in the user's words already (cli/register-checks.ts).
  [/^option '(.+)' argument '(.*)' is invalid\.(.*)$/, (E, m) => `${E.invalidValue(flag(m[1]!), `"${m[2]}"`)}${m[3]}`],
];

export function commanderMessage(text: string, w: Words): string {
  const E = w.errors;
  let said = text.replace(/^error: /, '').trimEnd();
  let suggestion = '';
  const near = /\n\(Did you mean (?:one of )?(.+)\?\)$/.exec(said);
  if (near) {
    suggestion = `\n${E.didYouMean(near[1]!.split(', ').join(` ${E.or} `))}`;
    said = said.slice(0, near.index);
  }
  for (const [re, say] of MESSAGES) {
    const m = re.exec(said);
    if (m) return `${E.prefix}: ${say(E, m)}${suggestion}\n`;
  }
  return text;
}
