// `tiltakskort test [DIR]`: run the deck's scenario files through the flow engine and the summary
// model, show a readable diff for each failure, and report which options no scenario reaches.
// Exit 0 all passed, 1 a failure, a finding or coverage below --min-coverage, 2 usage/unreadable.

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { assemble } from '../../core/deck.js';
import type { Finding } from '../../core/checks/finding.js';
import type { Lang, PositionTable } from '../../core/types.js';
import { words } from '../../core/words/index.js';
import { EXIT, UsageError } from '../../core/errors.js';
import type { CliIO } from '../../io/cli-io.js';
import {
  display,
  emit,
  locateAll,
  openSession,
  parseDeck,
  parseOverlay,
  readSources,
  shown,
} from '../../lint/session.js';
import { parseSources, readDeckDir, saveDeckCache } from '../../lint/files.js';
import { runScenarios } from '../../lint/scenarios.js';
import type { Format } from '../../lint/format/types.js';
import { writeStepSummary } from '../../lint/format/step-summary.js';
import type { RawDoc } from '../../core/deck.js';
import type { Deck } from '../../core/types.js';
import { parseCaseFiles } from '../../lint/case-files.js';

export interface TestFlags {
  local?: string;
  format?: Format;
  minCoverage?: number;
  cache?: boolean;
  lang?: Lang;
}

export async function test(io: CliIO, dir: string | undefined, flags: TestFlags): Promise<number> {
  const s = openSession(io, dir, flags.cache, flags.lang);
  const scenarioDir = join(s.dir, 'scenarios');
  if (!existsSync(scenarioDir) || !statSync(scenarioDir).isDirectory()) {
    throw new UsageError(
      (w) => w.usage.noScenarioFolder(shown(s, 'scenarios')),
      (w) => w.usage.scenariosWhere,
    );
  }
  const overlay = await parseOverlay(s, flags.local);
  const files = await parseDeck(s);
  const sources = readSources(
    () => readDeckDir(scenarioDir).map((f) => ({ ...f, file: `scenarios/${f.file}` })),
    'scenarios',
  );
  if (sources.length === 0)
    throw new UsageError(
      (w) => w.usage.noScenarioFiles(shown(s, 'scenarios')),
      (w) => w.usage.addScenarios,
    );
  const scenarioFiles = await parseSources(scenarioDir, sources, { cacheDir: s.cacheDir });

  const positions: PositionTable = {};
  const findings: Finding[] = [];
  for (const f of [...files, ...(overlay ? [overlay] : [])]) {
    Object.assign(positions, f.positions);
    findings.push(...f.findings);
  }
  const scenarioFindings: Finding[] = [];
  for (const f of scenarioFiles) {
    Object.assign(positions, f.positions);
    scenarioFindings.push(...f.findings);
  }
  const assembled = assemble(
    files.flatMap((f) => f.docs),
    overlay?.docs,
  );
  findings.push(...assembled.findings);
  const checked = [...files, ...scenarioFiles].map((f) => shown(s, f.file));
  const deck = findings.some((f) => f.severity === 'error') ? undefined : assembled.deck;
  if (!deck) {
    // The deck's own errors are validate's to report: repeating them here doubles every
    // annotation in CI. One line says why no scenario ran.
    saveDeckCache(files);
    const errors = findings.filter((f) => f.severity === 'error').length;
    // In the run's language, as a finding and as the line on stderr.
    const message = words(s.lang).usage.deckErrors(errors);
    const deckDs = [
      {
        file: shown(s, '.'),
        line: 1,
        col: 1,
        severity: 'error' as const,
        rule: 'deck',
        message,
      },
    ];
    await emit(s, flags.format ?? 'text', flags.format === 'text' || !flags.format ? [] : deckDs, {
      command: 'test',
      files: checked,
      rules: [],
      scenarios: [],
    });
    io.stderr.write(message + '\n');
    await writeStepSummary(io, 'test', [], { scenarios: [], note: message, words: words(s.lang) });
    return EXIT.findings;
  }
  const run = runScenarios(
    deck,
    scenarioFiles.flatMap((f) => f.docs),
    { today: s.today, words: words(s.lang) },
  );
  // Every training case's recommended route runs like a scenario: it must reach the end.
  const caseFiles = await parseCaseFiles(s);
  for (const f of caseFiles) Object.assign(positions, f.positions);
  const caseRun = runScenarios(
    deck,
    caseScenarios(
      deck,
      caseFiles.flatMap((f) => f.docs),
    ),
    { today: s.today, words: words(s.lang) },
  );
  const ds = display(
    s,
    await locateAll(
      s,
      [...files, ...scenarioFiles, ...caseFiles],
      [...scenarioFindings, ...run.findings],
      positions,
      deck,
    ),
  );
  // A case that fails shows as a failed result; its finding is validate's (rule `case`), not repeated here.
  saveDeckCache(files); // after locateAll, so the positions it parsed for are cached too
  const results = [...run.results, ...caseRun.results.map((r) => ({ ...r, title: `case: ${r.title ?? r.id}` }))].map(
    (r) => ({ ...r, file: shown(s, r.file) }),
  );
  await emit(s, flags.format ?? 'text', ds, {
    command: 'test',
    files: checked,
    rules: [],
    scenarios: results,
    coverage: run.coverage,
    paths: run.paths,
    ...(flags.minCoverage !== undefined ? { minCoverage: flags.minCoverage } : {}),
  });
  const failed = results.some((r) => r.status !== 'pass') || ds.some((d) => d.severity === 'error');
  const short = flags.minCoverage !== undefined && run.coverage.percent < flags.minCoverage;
  await writeStepSummary(io, 'test', ds, {
    words: words(s.lang),
    scenarios: results,
    coverage: run.coverage,
    ...(flags.minCoverage !== undefined ? { minCoverage: flags.minCoverage } : {}),
  });
  return failed || short ? EXIT.findings : EXIT.ok;
}

/** A case as a scenario: its sector and recommended answers must make a complete route. Malformed cases are validate's. */
function caseScenarios(deck: Deck, docs: readonly RawDoc[]): RawDoc[] {
  const out: RawDoc[] = [];
  for (const { file, raw } of docs) {
    const c = raw as { kind?: unknown; id?: unknown; sector?: unknown; recommended?: unknown; title?: unknown };
    if (
      c?.kind !== 'case' ||
      typeof c.id !== 'string' ||
      typeof c.sector !== 'string' ||
      typeof c.recommended !== 'object' ||
      c.recommended === null
    )
      continue;
    out.push({
      file,
      raw: {
        kind: 'scenario',
        id: c.id,
        ...(c.title ? { title: c.title } : {}),
        answers: { [deck.meta.start]: c.sector, ...(c.recommended as object) },
        expect: { status: 'complete' },
      },
    });
  }
  return out;
}
