// commander writes its own parse errors in English: each known message in the user's words.
// The patterns are commander's (lib/command.js, lib/suggestSimilar.js); a message not matched
// here is shown as commander wrote it.

import type { Words } from '../core/words/index.js';

export function commanderMessage(text: string, w: Words): string {
  const E = w.errors;
  let said = text.replace(/^error: /, '').trimEnd();
  let suggestion = '';
  const near = /\n\(Did you mean (?:one of )?(.+)\?\)$/.exec(said);
  if (near) {
    suggestion = `\n${E.didYouMean(near[1]!.split(', ').join(` ${E.or} `))}`;
    said = said.slice(0, near.index);
  }
  const m = (re: RegExp) => re.exec(said);
  // "--lang <lang>" names the option as "--lang".
  const flag = (flags: string) => flags.replace(/ [<[].*$/, '');
  let r: RegExpExecArray | null;
  if ((r = m(/^unknown option '(.+)'$/))) said = E.unknownOption(r[1]!);
  else if ((r = m(/^unknown command '(.+)'$/))) said = E.unknownCommand(`"${r[1]}"`);
  else if ((r = m(/^missing required argument '(.+)'$/))) said = E.missingArgument(r[1]!);
  else if ((r = m(/^option '(.+)' argument missing$/))) said = E.optionMissingArgument(flag(r[1]!));
  else if (m(/^too many arguments/)) said = E.tooManyArguments;
  else if ((r = m(/^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/)))
    said = E.invalidChoice(flag(r[1]!), `"${r[2]}"`, r[3]!);
  // Our own argument parsers give their reason in the user's words already (cli/register-checks.ts).
  else if ((r = m(/^option '(.+)' argument '(.*)' is invalid\.(.*)$/)))
    said = `${E.invalidValue(flag(r[1]!), `"${r[2]}"`)}${r[3]}`;
  else return text;
  return `${E.prefix}: ${said}${suggestion}\n`;
}
