// `tiltakskort list [kind]`: the deck's cards by kind (id, title, a short detail), or the cases.

import { L } from '../../core/text.js';
import { GROUP_NAMES, listCards, type Group } from '../../workshop/browse.js';
import { EXIT, nearText, safeMessage, UsageError } from '../../core/errors.js';
import { plain } from '../../render/wrap.js';
import { workshopLabels } from '../../workshop/labels.js';
import type { CliIO } from '../../io/cli-io.js';
import { loadForCommand } from '../load.js';
import { table } from './workshop-shared.js';
import type { DeckOptions } from '../options.js';
import { quote } from '../../core/clean.js';
import { words } from '../../core/words/index.js';

export async function list(
  io: CliIO,
  kind: string | undefined,
  opts: DeckOptions & { format: 'text' | 'json' },
): Promise<number> {
  const names = [...GROUP_NAMES, 'cases'];
  if (kind !== undefined && !names.includes(kind)) {
    throw new UsageError(
      (w) => w.usage.unknownKind(quote(kind)),
      (w) => `${nearText(kind, names, w)}${w.usage.kinds(names.join(', '))}`,
    );
  }
  if (kind === 'cases') {
    return listCases(io, opts);
  }
  const deck = await loadForCommand(io, opts);
  const groups = (kind ? [kind] : GROUP_NAMES) as Group[];
  const data = groups.map((g) => ({ kind: g, cards: listCards(deck, g, opts.lang) }));
  if (opts.format === 'json') {
    io.stdout.write(
      JSON.stringify(kind ? data[0]!.cards : Object.fromEntries(data.map((d) => [d.kind, d.cards])), null, 2) + '\n',
    );
    return EXIT.ok;
  }
  const out: string[] = [];
  if (!kind) out.push(`${L(deck.meta.title, opts.lang)} ${deck.meta.version}\n`);
  for (const d of data) {
    if (!kind) out.push(`${words(opts.lang).list[d.kind].toUpperCase()} (${d.cards.length})`);
    out.push(
      d.cards.length ? table(d.cards.map((c) => [c.id, c.title, ...(c.detail ? [`[${c.detail}]`] : [])])) : '-\n',
    );
  }
  io.stdout.write(out.join('\n'));
  return EXIT.ok;
}

/** The training cases of the deck's cases/ folder (also `tiltakskort train` without a case). */
export async function listCases(io: CliIO, opts: DeckOptions & { format?: 'text' | 'json' }): Promise<number> {
  await loadForCommand(io, opts); // the deck must load, so its problems show first
  // The case files bring the card checks' readers: loaded only when cases are listed.
  const { casesDir, loadCases } = await import('../../workshop/case-files.js');
  const loaded = await loadCases(casesDir(io.cwd, opts.cards), words(opts.lang));
  for (const p of loaded.problems) io.stderr.write(`${safeMessage(`${p.file}: ${p.message}`)}\n`);
  const T = workshopLabels(opts.lang);
  if (opts.format === 'json') {
    io.stdout.write(
      JSON.stringify(
        loaded.cases.map((c) => ({ id: c.id, sector: c.sector, title: L(c.title, opts.lang) })),
        null,
        2,
      ) + '\n',
    );
    return EXIT.ok;
  }
  if (loaded.cases.length === 0) {
    io.stderr.write(`${T.noCases} (${quote(loaded.dir)})\n`);
    return EXIT.ok;
  }
  io.stdout.write(`${T.cases.toUpperCase()} (${loaded.cases.length})\n`);
  io.stdout.write(table(loaded.cases.map((c) => [c.id, c.sector, plain(L(c.title, opts.lang))])));
  io.stdout.write(`\n${T.trainHint}\n`);
  return EXIT.ok;
}
