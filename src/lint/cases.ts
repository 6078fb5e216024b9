// Training cases (DIR/cases/*.yaml, kind: case) as content: their shape, their references to the
// deck's questions and options, and whether the recommended route runs to the end. Pure: parsed
// documents in, findings (card = case id, path = field) out; `validate` locates them and runs
// the content rules (repealed provisions, review dates, Markdown, translations) on them too.

// Findings and case problems are in English for now (the card authors' text, docs/ci.md).
import { en } from '../core/words/en.js';
import { basename } from 'node:path';
import { didYouMean, errorReporter, nearPhrase, phrase, type Finding } from '../core/checks/finding.js';
import { ID_PATTERN } from '../core/checks/shape.js';
import type { RawDoc } from '../core/deck.js';
import { runScripted } from '../core/scripted.js';
import type { Deck } from '../core/types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const FIELDS = ['kind', 'id', 'title', 'sector', 'story', 'recommended', 'debrief', 'reviewed'];

export function checkCases(deck: Deck | undefined, docs: readonly RawDoc[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, string>();
  const perFile = new Map<string, number>();
  for (const d of docs) perFile.set(d.file, (perFile.get(d.file) ?? 0) + 1);
  for (const { file, raw } of docs) {
    const card = isObj(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    const report = errorReporter(out, 'case', file, card);
    if (perFile.get(file)! > 1) {
      report(
        '',
        'A case file holds exactly one case (one YAML document).',
        'Put each case in its own file, named after its id.',
      );
      continue;
    }
    if (!isObj(raw)) {
      report('', 'A case file holds a mapping: kind: case, id, title, sector, story, recommended, debrief.');
      continue;
    }
    const before = out.length;
    if (raw.kind !== 'case') report('kind', phrase('expectedKind', 'case', JSON.stringify(raw.kind) ?? 'undefined'));
    for (const k of ['id', 'title', 'sector', 'story', 'recommended', 'debrief'])
      if (raw[k] === undefined || raw[k] === null) report('', phrase('missingField', k));
    for (const k of Object.keys(raw))
      if (!FIELDS.includes(k))
        report(k, phrase('unknownField', k), nearPhrase(k, FIELDS) ?? phrase('allowedHere', FIELDS), true);
    const fileId = basename(file).replace(/\.ya?ml$/, '');
    if (raw.id !== undefined && (typeof raw.id !== 'string' || !ID_PATTERN.test(raw.id)))
      report('id', 'Expected an id: lower-case letters, digits, "-", "." or "_".');
    else if (typeof raw.id === 'string' && raw.id !== fileId)
      report(
        'id',
        `The id is "${raw.id}" but the file is named "${fileId}".`,
        'Name the file after the id: `train ID` finds the case by its file name.',
      );
    if (typeof raw.id === 'string') {
      if (seen.has(raw.id)) report('id', `Case id "${raw.id}" is used twice (also in ${seen.get(raw.id)}).`);
      seen.set(raw.id, file);
    }
    for (const k of ['title', 'story', 'debrief']) {
      const v = raw[k];
      if (v === undefined || v === null) continue;
      const ok =
        (typeof v === 'string' && v.trim() !== '') ||
        (isObj(v) &&
          typeof v.nb === 'string' &&
          Object.entries(v).every(([l, x]) => (l === 'nb' || l === 'en') && typeof x === 'string'));
      if (!ok)
        report(
          k,
          `"${k}" must be a text: plain bokmål, or { nb: …, en: … }.`,
          'A comma inside { nb: …, en: … } starts a new key: put the text in quotes.',
        );
    }
    if (raw.reviewed !== undefined && !(typeof raw.reviewed === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.reviewed)))
      report('reviewed', 'Expected a date: YYYY-MM-DD (quote it if YAML reads it as something else).');
    if (raw.sector !== undefined && typeof raw.sector !== 'string')
      report('sector', 'Expected the option id of the first question (e.g. skole).');
    const rec = raw.recommended;
    if (rec !== undefined && rec !== null && !isObj(rec))
      report('recommended', 'Expected a mapping: question id → option id (or a list of option ids).');
    else if (isObj(rec)) {
      for (const [q, v] of Object.entries(rec)) {
        const okOne = (x: unknown) => typeof x === 'string' && ID_PATTERN.test(x);
        if (!(okOne(v) || (Array.isArray(v) && v.length > 0 && v.every(okOne))))
          report(
            `recommended/${q}`,
            `Expected an option id or a non-empty list of option ids for "${q}", got ${JSON.stringify(v)}.`,
          );
      }
    }
    if (out.length > before || !deck) continue;

    // References, then the route itself.
    const refBefore = out.length;
    const start = deck.cards.get(deck.meta.start);
    const questions = [...deck.cards.values()].filter((c) => c.kind === 'question');
    const sector = raw.sector as string;
    if (start?.kind === 'question' && !start.options.some((o) => o.id === sector)) {
      const valid = start.options.map((o) => o.id);
      report('sector', `Unknown sector "${sector}".`, didYouMean(sector, valid) ?? `Sectors: ${valid.join(', ')}.`);
    }
    for (const [q, v] of Object.entries(rec as Obj)) {
      const c = deck.cards.get(q);
      if (c?.kind !== 'question') {
        report(
          `recommended/${q}`,
          `Unknown question "${q}".`,
          didYouMean(
            q,
            questions.map((x) => x.id),
          ) ?? `Questions: ${questions.map((x) => x.id).join(', ')}.`,
          true,
        );
        continue;
      }
      const valid = c.options.map((o) => o.id);
      (Array.isArray(v) ? (v as string[]) : [v as string]).forEach((o, i) => {
        if (!valid.includes(o))
          report(
            Array.isArray(v) ? `recommended/${q}/${i}` : `recommended/${q}`,
            `Unknown option "${o}" for question "${q}".`,
            didYouMean(o, valid) ?? `Options: ${valid.join(', ')}.`,
          );
      });
      if (q === deck.meta.start && v !== sector)
        report(
          `recommended/${q}`,
          `"recommended.${q}" is ${JSON.stringify(v)} but "sector" is "${sector}".`,
          'Leave it out: the sector answers the first question.',
        );
    }
    if (out.length > refBefore) continue;
    const run = runScripted(deck, { [deck.meta.start]: sector, ...(rec as Obj as Record<string, string | string[]>) });
    if (!run.ok)
      for (const p of run.problems) report('recommended', p.said(en), `Valid here: ${p.valid.join(', ') || 'none'}.`);
    else if (!run.walk.complete)
      report(
        'recommended',
        `The recommended answers stop before the end of the flow (next question: "${run.walk.next!.id}").`,
        'Add the answer to that question: `train` needs a complete route to compare with.',
      );
  }
  return out;
}
