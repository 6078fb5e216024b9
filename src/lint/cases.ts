// Training cases (DIR/cases/*.yaml, kind: case) as content: their shape, their references to the
// deck's questions and options, and whether the recommended route runs to the end. Pure: parsed
// documents in, findings (card = case id, path = field) out; `validate` locates them and runs
// the content rules (repealed provisions, review dates, Markdown, translations) on them too.

import { basename } from 'node:path';
import { errorReporter, nearPhrase, phrase, type Finding } from '../core/checks/finding.js';
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
      report('', phrase('caseOne'), phrase('caseOneHint'));
      continue;
    }
    if (!isObj(raw)) {
      report('', phrase('caseMapping'));
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
      report('id', phrase('caseId'));
    else if (typeof raw.id === 'string' && raw.id !== fileId)
      report('id', phrase('caseFileName', raw.id, fileId), phrase('caseFileNameHint'));
    if (typeof raw.id === 'string') {
      if (seen.has(raw.id)) report('id', phrase('caseIdTwice', raw.id, seen.get(raw.id)!));
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
      if (!ok) report(k, phrase('caseText', k), phrase('commaInText'));
    }
    if (raw.reviewed !== undefined && !(typeof raw.reviewed === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.reviewed)))
      report('reviewed', phrase('caseDate'));
    if (raw.sector !== undefined && typeof raw.sector !== 'string') report('sector', phrase('caseSector'));
    const rec = raw.recommended;
    if (rec !== undefined && rec !== null && !isObj(rec)) report('recommended', phrase('caseRecommended'));
    else if (isObj(rec)) {
      for (const [q, v] of Object.entries(rec)) {
        const okOne = (x: unknown) => typeof x === 'string' && ID_PATTERN.test(x);
        if (!(okOne(v) || (Array.isArray(v) && v.length > 0 && v.every(okOne))))
          report(`recommended/${q}`, phrase('caseAnswer', q, JSON.stringify(v) ?? 'undefined'));
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
      report('sector', phrase('unknownSector', sector), nearPhrase(sector, valid) ?? phrase('sectors', valid));
    }
    for (const [q, v] of Object.entries(rec as Obj)) {
      const c = deck.cards.get(q);
      if (c?.kind !== 'question') {
        report(
          `recommended/${q}`,
          phrase('unknownQuestion', q),
          nearPhrase(
            q,
            questions.map((x) => x.id),
          ) ??
            phrase(
              'questions',
              questions.map((x) => x.id),
            ),
          true,
        );
        continue;
      }
      const valid = c.options.map((o) => o.id);
      (Array.isArray(v) ? (v as string[]) : [v as string]).forEach((o, i) => {
        if (!valid.includes(o))
          report(
            Array.isArray(v) ? `recommended/${q}/${i}` : `recommended/${q}`,
            phrase('unknownOption', o, q),
            nearPhrase(o, valid) ?? phrase('options', valid),
          );
      });
      if (q === deck.meta.start && v !== sector)
        report(
          `recommended/${q}`,
          phrase('caseSectorTwice', q, JSON.stringify(v) ?? 'undefined', sector),
          phrase('caseSectorTwiceHint'),
        );
    }
    if (out.length > refBefore) continue;
    const run = runScripted(deck, { [deck.meta.start]: sector, ...(rec as Obj as Record<string, string | string[]>) });
    if (!run.ok) for (const p of run.problems) report('recommended', p.as, phrase('validHere', p.valid));
    else if (!run.walk.complete)
      report('recommended', phrase('caseIncomplete', run.walk.next!.id), phrase('caseIncompleteHint'));
  }
  return out;
}
