// `tiltakskort validate [DIR]`: every problem in a deck, each with a rule id, a severity and
// file:line:col. Exit 0 clean (warnings allowed), 1 with errors, 2 for usage or unreadable input.

import { EXIT } from '../errors.js';
import type { CliIO } from '../io.js';
import { RULE_IDS, VALIDATE_RULES } from '../../checks/rules.js';
import { display, emit, loadConfig, locateAll, openSession, parseDeck, parseOverlay, shown } from '../../checks/session.js';
import { checkDeck } from '../../checks/validate.js';
import { saveDeckCache } from '../../checks/files.js';
import type { Format } from '../../checks/format/types.js';

export interface ValidateFlags {
  local?: string;
  strict?: boolean;
  format?: Format;
  config?: string;
  cache?: boolean;
}

export async function validate(io: CliIO, dir: string | undefined, flags: ValidateFlags): Promise<number> {
  const s = openSession(io, dir, flags.cache);
  const config = await loadConfig(s, flags.config);
  const overlay = await parseOverlay(s, flags.local);
  const files = await parseDeck(s);
  const checked0 = checkDeck({ files, ...(overlay ? { overlay } : {}), config, today: s.today, strict: Boolean(flags.strict) });
  const diagnostics = await locateAll(s, files, checked0.findings, checked0.positions, checked0.deck);
  // After locateAll: positions it had to parse for are cached too, so a warm run needs no YAML.
  saveDeckCache(files);
  const shownDs = display(s, diagnostics);
  const checked = [...files.map((f) => shown(s, f.file)), ...(overlay ? [shown(s, overlay.file)] : [])];
  await emit(s, flags.format ?? 'text', shownDs, {
    command: 'validate',
    files: checked,
    rules: VALIDATE_RULES.filter((r) => config.levels[r] !== 'off' && RULE_IDS.includes(r)),
  });
  return shownDs.some((d) => d.severity === 'error') ? EXIT.findings : EXIT.ok;
}
