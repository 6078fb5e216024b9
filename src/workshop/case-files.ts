// Reading training cases from disk: <deck folder>/cases/*.yaml (cards/cases/ for the bundled
// deck), or one case file given by path.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { BUNDLED_DIR } from '../io/load-deck.js';
import { parseCase, type TrainingCase } from './cases.js';
import { InputFileError, inputText, readInputFile } from '../io/read-file.js';
import { wordDiagnostic } from '../core/diagnostics.js';
import { en } from '../core/words/en.js';
import type { Words } from '../core/words/nb.js';

export interface CaseProblem {
  file: string;
  message: string;
}

export interface LoadedCases {
  dir: string;
  cases: TrainingCase[];
  problems: CaseProblem[];
}

/** The folder that holds a deck's cases. */
export function casesDir(cwd: string, cards?: string): string {
  return join(cards ? resolve(cwd, cards) : BUNDLED_DIR, 'cases');
}

const idOf = (file: string) => basename(file).replace(/\.ya?ml$/, '');

export async function readCaseFile(
  path: string,
  shown = path,
  w: Words = en,
): Promise<{ case?: TrainingCase; problems: CaseProblem[] }> {
  const { parseAllDocuments } = await import('yaml');
  let text: string;
  try {
    text = readInputFile(path); // a regular file only: a FIFO would hang the read
  } catch (err) {
    return {
      problems: [
        {
          file: shown,
          message: w.findings.caseUnreadable(
            inputText(err instanceof InputFileError ? err.problem : 'unreadable', (err as InputFileError).size, w),
          ),
        },
      ],
    };
  }
  const docs = parseAllDocuments(text);
  const list = Array.isArray(docs) ? docs : [docs];
  const errors = list.flatMap((d) => d.errors.map((e) => e.message.split('\n')[0]!));
  if (errors.length > 0)
    return { problems: errors.map((message) => ({ file: shown, message: w.findings.yamlSyntax(message) })) };
  if (list.length !== 1) return { problems: [{ file: shown, message: w.findings.caseOne }] };
  const parsed = parseCase(list[0]!.toJS(), shown, idOf(path), w);
  return {
    ...(parsed.case ? { case: parsed.case } : {}),
    problems: parsed.problems.map((message) => ({ file: shown, message })),
  };
}

export async function loadCases(dir: string, w: Words = en): Promise<LoadedCases> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return { dir, cases: [], problems: [] };
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('.'))
    .sort();
  const cases: TrainingCase[] = [];
  const problems: CaseProblem[] = [];
  for (const f of files) {
    const r = await readCaseFile(join(dir, f), join(basename(dir), f), w);
    if (r.case) cases.push(r.case);
    problems.push(...r.problems);
  }
  return { dir, cases, problems };
}

/**
 * A case's problems as `file:line:col  message` lines (validate's rule `case`, located with the
 * YAML positions), so `train` points at the line to fix. Empty when validate finds nothing.
 */
export async function locatedCaseProblems(
  deck: import('../core/types.js').Deck | undefined,
  path: string,
  shown: string,
  w: Words = en,
): Promise<string[]> {
  const [{ parseHere }, { checkCases }, { locate }] = await Promise.all([
    import('../lint/files.js'),
    import('../lint/cases.js'),
    import('../core/checks/locate.js'),
  ]);
  let text: string;
  try {
    text = readInputFile(path);
  } catch {
    return [];
  }
  const [parsed] = await parseHere([{ file: shown, text }]);
  if (!parsed) return [];
  const findings = [
    ...parsed.findings,
    ...checkCases(
      deck,
      parsed.docs.map((d) => ({ ...d, file: shown })),
    ),
  ];
  return locate(findings, parsed.positions)
    .map((d) => wordDiagnostic(d, w))
    .map((d) => `${d.file}:${d.line}:${d.col}  ${d.message}${d.hint ? `\n    ${w.errors.hint}: ${d.hint}` : ''}`);
}
