// `tiltakskort validate [DIR]`: every problem in a deck, each with a rule id, a severity and
// file:line:col. Exit 0 clean (warnings allowed), 1 with errors, 2 for usage or unreadable input.

import { EXIT } from '../../core/errors.js';
import type { Lang } from '../../core/types.js';
import { words } from '../../core/words/index.js';
import type { CliIO } from '../../io/cli-io.js';
import { RULE_IDS, VALIDATE_RULES } from '../../lint/rules.js';
import {
  display,
  emit,
  loadConfig,
  locateAll,
  openSession,
  parseDeck,
  parseOverlay,
  shown,
} from '../../lint/session.js';
import { applyLevels, checkDeck } from '../../lint/validate.js';
import { saveDeckCache } from '../../lint/files.js';
import { checkCases } from '../../lint/cases.js';
import { checkContent } from '../../lint/content.js';
import { parseCaseFiles } from '../../lint/case-files.js';
import { pointAtMatches } from '../../lint/match-position.js';
import { writeStepSummary } from '../../lint/format/step-summary.js';
import type { Format } from '../../lint/format/types.js';

export interface ValidateFlags {
  local?: string;
  strict?: boolean;
  format?: Format;
  config?: string;
  cache?: boolean;
  lang?: Lang;
}

export async function validate(io: CliIO, dir: string | undefined, flags: ValidateFlags): Promise<number> {
  const s = openSession(io, dir, flags.cache, flags.lang);
  const config = await loadConfig(s, flags.config);
  const overlay = await parseOverlay(s, flags.local);
  const files = await parseDeck(s);
  const checked0 = checkDeck({
    files,
    ...(overlay ? { overlay } : {}),
    config,
    today: s.today,
    strict: Boolean(flags.strict),
  });
  // No cascade: when the overlay itself has errors, "not filled in" findings follow from them
  // (the entries may be there, unreadable); the overlay's own errors are what to fix first.
  if (
    overlay &&
    checked0.findings.some(
      (f) => f.file === overlay.file && f.severity === 'error' && ['yaml', 'schema', 'local'].includes(f.rule),
    )
  ) {
    checked0.findings = checked0.findings.filter((f) => f.rule !== 'local-missing');
  }
  // Training cases are content too: checked against the deck, with the same text rules.
  const caseFiles = await parseCaseFiles(s);
  const caseDocs = caseFiles.flatMap((f) => f.docs);
  if (caseFiles.length > 0) {
    const ctx = {
      languages: checked0.deck.meta.languages,
      today: s.today,
      reviewMaxAgeMonths: config.reviewMaxAgeMonths,
      repealed: config.repealed,
    };
    const found = [
      ...caseFiles.flatMap((f) => f.findings),
      ...checkCases(checked0.usable ? checked0.deck : undefined, caseDocs),
      ...caseDocs.flatMap((d) => checkContent(d.file, d.raw, ctx)),
    ];
    checked0.findings.push(...applyLevels(found, config));
    for (const f of caseFiles) Object.assign(checked0.positions, f.positions);
  }
  const diagnostics = pointAtMatches(
    s.dir,
    await locateAll(s, [...files, ...caseFiles], checked0.findings, checked0.positions, checked0.deck),
  );
  // After locateAll: positions it had to parse for are cached too, so a warm run needs no YAML.
  saveDeckCache(files);
  const shownDs = display(s, diagnostics);
  const checked = [
    ...files.map((f) => shown(s, f.file)),
    ...caseFiles.map((f) => shown(s, f.file)),
    ...(overlay ? [shown(s, overlay.file)] : []),
  ];
  await emit(s, flags.format ?? 'text', shownDs, {
    command: 'validate',
    files: checked,
    rules: VALIDATE_RULES.filter((r) => config.levels[r] !== 'off' && RULE_IDS.includes(r)),
  });
  await writeStepSummary(io, 'validate', shownDs, { files: checked.length, words: words(s.lang) });
  return shownDs.some((d) => d.severity === 'error') ? EXIT.findings : EXIT.ok;
}
