// `tiltakskort train [CASE]`: workshop mode. Lists the cases; or tells a case's story, runs the
// guide (same engine, same prompts) and compares the participant's route with the recommended
// one: side by side, where they part, what one route has and the other lacks, and the debrief.
// `--answers FILE` runs a prepared route without a terminal; `--present` is the projector view.
// Exit 0 when both routes lead to the same duties, sharing rules, contacts and steps, 1 when not.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { answer, current, newSession, question } from '../../core/engine.js';
import { labels } from '../../core/labels.js';
import { runScripted, type GivenAnswers } from '../../core/scripted.js';
import { L } from '../../core/text.js';
import type { Answer, Deck, Lang, QuestionCard } from '../../core/types.js';
import { plain, wrap } from '../../render/wrap.js';
import { casesDir, loadCases, locatedCaseProblems, readCaseFile } from '../../workshop/case-files.js';
import { checkCase, recommendedAnswers, type TrainingCase } from '../../workshop/cases.js';
import { compareRoutes, comparisonJson } from '../../workshop/compare.js';
import { heading, renderComparison } from '../../workshop/compare-text.js';
import { workshopLabels } from '../../workshop/labels.js';
import { askFlow, whyText } from '../ask-flow.js';
import { loadInput } from '../inquirer.js';
import { answersMismatch, EXIT, nearText, UsageError } from '../../core/errors.js';
import { width, type CliIO } from '../../io/cli-io.js';
import { loadForCommand } from '../load.js';
import { guardTerminal, interrupted, requireTerminal } from '../terminal.js';
import type { DeckOptions } from '../options.js';
import { quote } from '../../core/clean.js';
import { words } from '../../core/words/index.js';

export interface TrainOptions extends DeckOptions {
  answers?: string;
  format: 'text' | 'json';
  present?: boolean;
}

const CLEAR = '\x1b[2J\x1b[3J\x1b[H';

async function findCase(io: CliIO, opts: TrainOptions, arg: string): Promise<TrainingCase> {
  const dir = casesDir(io.cwd, opts.cards);
  const asFile = /\.ya?ml$/.test(arg) ? resolve(io.cwd, arg) : undefined;
  const path = asFile ?? resolve(dir, `${arg}.yaml`);
  if (!existsSync(path)) {
    const ids = (await loadCases(dir, words(opts.lang))).cases.map((c) => c.id);
    throw new UsageError(
      (w) => w.usage.noCase(quote(arg)),
      (w) => `${nearText(arg, ids, w)}${w.usage.trainLists}`,
    );
  }
  const shown = asFile ? arg : `cases/${arg}.yaml`;
  const r = await readCaseFile(path, shown, words(opts.lang));
  if (!r.case) {
    const located = await locatedCaseProblems(undefined, path, shown, words(opts.lang));
    throw new UsageError(
      (w) =>
        `${w.usage.caseInvalid(quote(arg))}\n${(located.length ? located : r.problems.map((p) => `${p.file}: ${p.message}`)).map((l) => `  ${l}`).join('\n')}`,
    );
  }
  return { ...r.case, file: path, shown } as TrainingCase & { shown: string };
}

export async function train(io: CliIO, caseArg: string | undefined, opts: TrainOptions): Promise<number> {
  if (!caseArg) {
    if (opts.answers) throw new UsageError((w) => w.usage.answersNeedsCase);
    const { listCases } = await import('./list.js');
    return listCases(io, opts);
  }
  const interactive = !opts.answers;
  const U = words(opts.lang).usage;
  if (interactive) {
    requireTerminal(io, U.trainNoTerminal, U.trainNoTerminalHint(caseArg));
  }
  if (interactive && opts.format === 'json') throw new UsageError((w) => w.usage.jsonNeedsAnswers);
  const deck = await loadForCommand(io, opts);
  const c = await findCase(io, opts, caseArg);
  const problems = checkCase(deck, c, words(opts.lang));
  if (problems.length > 0) {
    // With file:line:col where validate can place them (`tiltakskort validate` checks every case).
    const located = c.file
      ? await locatedCaseProblems(deck, c.file, (c as { shown?: string }).shown ?? c.file, words(opts.lang))
      : [];
    throw new UsageError(
      (w) =>
        `${w.usage.caseMismatch(quote(c.id), `${deck.meta.id} ${deck.meta.version}`)}\n${(located.length ? located : problems).map((p) => `  ${p}`).join('\n')}`,
      (w) => w.usage.fixRecommended,
    );
  }
  const recommended = (runScripted(deck, recommendedAnswers(deck, c)) as { ok: true; walk: { path: Answer[] } }).walk
    .path;

  if (!interactive) {
    const participant = await scriptedRoute(io, deck, c, opts);
    if (!participant) return EXIT.incomplete;
    return report(io, deck, c, participant, recommended, opts);
  }
  return interactiveRun(io, deck, c, recommended, opts);
}

async function scriptedRoute(
  io: CliIO,
  deck: Deck,
  c: TrainingCase,
  opts: TrainOptions,
): Promise<Answer[] | undefined> {
  const { readAnswersFile } = await import('../answers-file.js');
  const given: GivenAnswers = await readAnswersFile(io.cwd, opts.answers!);
  // The case sets the sector; an answers file may leave it out.
  if (given[deck.meta.start] === undefined) given[deck.meta.start] = c.sector;
  const result = runScripted(deck, given);
  if (!result.ok) throw answersMismatch(result.problems);
  if (!result.walk.complete) {
    io.stderr.write(`${words(opts.lang).usage.incompleteNext(result.walk.next!.id)}\n`);
    return undefined;
  }
  return result.walk.path;
}

function report(
  io: CliIO,
  deck: Deck,
  c: TrainingCase,
  participant: Answer[],
  recommended: Answer[],
  opts: TrainOptions,
): number {
  const cmp = compareRoutes(deck, participant, recommended, opts.lang);
  if (opts.format === 'json') {
    io.stdout.write(
      JSON.stringify(
        {
          ...comparisonJson(c.id, cmp, participant, recommended),
          title: L(c.title, opts.lang),
          debrief: L(c.debrief, opts.lang),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    const T = workshopLabels(opts.lang);
    io.stdout.write(`${T.case}: ${plain(L(c.title, opts.lang))} (${c.id})\n\n`);
    io.stdout.write(
      renderComparison(cmp, { width: width(io), debrief: L(c.debrief, opts.lang), present: Boolean(opts.present) }),
    );
  }
  return cmp.match ? EXIT.ok : EXIT.findings;
}

async function interactiveRun(
  io: CliIO,
  deck: Deck,
  c: TrainingCase,
  recommended: Answer[],
  opts: TrainOptions,
): Promise<number> {
  const lang: Lang = opts.lang;
  const T = labels(lang);
  const W = workshopLabels(lang);
  const present = Boolean(opts.present);
  const cols = width(io);
  const say = (text: string) => io.stdout.write(text + '\n');
  const ctx = { input: io.stdin, output: io.stdout };
  const start = question(deck, deck.meta.start)!;
  const sector = start.options.find((o) => o.id === c.sector)!;
  const { default: input } = loadInput();
  const pause = async () => {
    await input({ message: W.continue }, ctx);
  };

  const release = guardTerminal(io);
  try {
    if (present) io.stdout.write(CLEAR);
    say(heading(`${W.case}: ${plain(L(c.title, lang))}`, cols, present));
    say('');
    say(wrap(plain(L(c.story, lang)), cols, present ? '  ' : ''));
    say('');
    say(`${W.sectorGiven}: ${plain(L(sector.label, lang))}`);
    say('');
    if (present) await pause();

    const session = await askFlow(io, deck, answer(newSession(), start.id, [c.sector]), {
      lang,
      // The sector comes from the case: going back stops at the first question the participant answered.
      fixed: 1,
      reserveRows: present ? 8 : 4,
      ...(present
        ? {
            message: (_where: string, text: string) => `${text.toUpperCase()}\n`,
            beforeQuestion: (where: string) => {
              io.stdout.write(CLEAR);
              say(heading(where, cols, true));
              say('');
            },
            // The "why" after each answer: what the question is for and what the chosen answer means.
            afterAnswer: async (q: QuestionCard, options: readonly string[]) => {
              say('');
              say(heading(W.whyTitle, cols, true));
              say('');
              say(whyText(q, lang, cols, options));
              say('');
              await pause();
            },
          }
        : {}),
    });

    const participant = current(deck, session).path;
    if (present) io.stdout.write(CLEAR);
    else say('');
    const cmp = compareRoutes(deck, participant, recommended, lang);
    io.stdout.write(renderComparison(cmp, { width: cols, present, debrief: L(c.debrief, lang) }));
    return cmp.match ? EXIT.ok : EXIT.findings;
  } catch (err) {
    return interrupted(io, err, T.interrupted);
  } finally {
    release();
  }
}
