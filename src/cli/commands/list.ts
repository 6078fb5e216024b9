// `tiltakskort list [kind]`: the deck's cards by kind (id, title, a short detail), or the cases.

import { didYouMean } from '../../core/checks/finding.js';
import { L } from '../../core/text.js';
import { GROUP_NAMES, listCards, type Group } from '../../workshop/browse.js';
import { EXIT, UsageError } from '../errors.js';
import type { CliIO } from '../io.js';
import { loadForCommand } from '../load.js';
import { table } from './workshop-shared.js';
import type { DeckOptions } from '../options.js';
import { quote } from '../../core/clean.js';

const HEADINGS = {
  nb: { questions: 'Spørsmål', duties: 'Plikter', sharing: 'Deling', contacts: 'Kontakter', steps: 'Steg', sources: 'Kilder', cases: 'Treningscaser' },
  en: { questions: 'Questions', duties: 'Duties', sharing: 'Sharing', contacts: 'Contacts', steps: 'Steps', sources: 'Sources', cases: 'Training cases' },
};

export async function list(io: CliIO, kind: string | undefined, opts: DeckOptions & { format: 'text' | 'json' }): Promise<number> {
  const names = [...GROUP_NAMES, 'cases'];
  if (kind !== undefined && !names.includes(kind)) {
    throw new UsageError(`Unknown kind ${quote(kind)}.`, `${didYouMean(kind, names) ?? ''}${didYouMean(kind, names) ? ' ' : ''}Kinds: ${names.join(', ')}.`);
  }
  if (kind === 'cases') {
    const { listCases } = await import('./train.js');
    return listCases(io, opts);
  }
  const deck = await loadForCommand(io, opts);
  const groups = (kind ? [kind] : GROUP_NAMES) as Group[];
  const data = groups.map((g) => ({ kind: g, cards: listCards(deck, g, opts.lang) }));
  if (opts.format === 'json') {
    io.stdout.write(JSON.stringify(kind ? data[0]!.cards : Object.fromEntries(data.map((d) => [d.kind, d.cards])), null, 2) + '\n');
    return EXIT.ok;
  }
  const out: string[] = [];
  if (!kind) out.push(`${L(deck.meta.title, opts.lang)} ${deck.meta.version}\n`);
  for (const d of data) {
    if (!kind) out.push(`${HEADINGS[opts.lang][d.kind].toUpperCase()} (${d.cards.length})`);
    out.push(d.cards.length ? table(d.cards.map((c) => [c.id, c.title, ...(c.detail ? [`[${c.detail}]`] : [])])) : '-\n');
  }
  io.stdout.write(out.join('\n'));
  return EXIT.ok;
}
