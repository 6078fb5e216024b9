#!/usr/bin/env node
// A valid synthetic deck for benchmarks: `node bench/synthetic-deck.mjs --cards N --out DIR
// [--per-file K] [--scenarios S]`. One fifth of the cards are questions in a long chain (deep),
// each with three options, one of which branches two questions ahead (wide); the rest are
// reference cards, every one added by some option, and sources cited by duties. Texts are in nb
// and en (about 250 bytes a card, like real cards), so `validate` finds nothing to report.
// --per-file K writes K cards per file (default 1: one card per file, as the docs recommend).

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const N = Number(opt('cards', '1000'));
const OUT = opt('out', undefined);
const PER = Number(opt('per-file', '1'));
const SCEN = Number(opt('scenarios', '20'));
if (!OUT || !Number.isInteger(N) || N < 10) {
  process.stderr.write('usage: node bench/synthetic-deck.mjs --cards N --out DIR [--per-file K] [--scenarios S]\n');
  process.exit(2);
}

const pad = (i) => String(i).padStart(6, '0');
const text = (nb, en) => `\n  nb: ${nb}\n  en: ${en}`;
const nQ = Math.max(2, Math.floor(N / 5));
const nRef = N - nQ - 1;
const kinds = ['duty', 'sharing', 'contact', 'step', 'source'];
const refs = Array.from({ length: nRef }, (_, i) => ({ kind: kinds[i % 5], id: `${kinds[i % 5]}-${pad(i)}` }));
const sources = refs.filter((r) => r.kind === 'source').map((r) => r.id);
const addable = refs.filter((r) => r.kind !== 'source').map((r) => r.id);
const basis =
  '\nbasis:\n  - law: barnevernsloven\n    section: § 13-2\n    url: https://lovdata.no/lov/2021-06-18-97/§13-2';

function refCard({ kind, id }, i) {
  const head = `kind: ${kind}\nid: ${id}\n`;
  const src = sources.length ? `\nsources: [${sources[i % sources.length]}]` : '';
  switch (kind) {
    case 'duty':
      return `${head}title:${text(`Plikt ${i}`, `Duty ${i}`)}\nsummary:${text(`Du skal melde fra når vilkår ${i} er oppfylt.`, `You must report when condition ${i} holds.`)}\nmeaning:${text('Meld fra skriftlig, uten ugrunnet opphold.', 'Report in writing, without undue delay.')}${basis}\nreviewed: 2026-11-01${src}\n`;
    case 'sharing':
      return `${head}title:${text(`Deling ${i}`, `Sharing ${i}`)}\nshare:${text('Saken uten navn.', 'The case without names.')}\nwith:${text('Barnevernstjenesten.', 'The child welfare service.')}\nwhy:${text('Anonyme opplysninger er ikke taushetsbelagte.', 'Anonymous information is not confidential.')}${basis}\nreviewed: 2026-11-01\n`;
    case 'contact':
      return `${head}name:${text(`Kontakt ${i}`, `Contact ${i}`)}\nphone: "22 ${String(10 + (i % 89))} ${String(10 + (i % 83))} ${String(10 + (i % 79))}"\nwhen:${text('Når du trenger råd.', 'When you need advice.')}\norder: ${i % 100}\nreviewed: 2026-11-01\n`;
    case 'step':
      return `${head}title:${text(`Steg ${i} – skriv ned hva du så`, `Step ${i} – write down what you saw`)}\ntext:${text('Skriv **dato** og barnets egne ord.', "Write the **date** and the child's own words.")}\nurgency: ${['now', 'today', 'soon', 'later'][i % 4]}\n`;
    default:
      return `${head}title:${text(`Kilde ${i}`, `Source ${i}`)}\nurl: https://www.bufdir.no/kilde/${i}\npublisher: Bufdir\nreviewed: 2026-11-01\n`;
  }
}

// Reference cards dealt out over the options, so each is added exactly once (or more).
const slots = nQ * 3;
const addsFor = (q, o) => {
  const out = [];
  for (let k = q * 3 + o; k < addable.length; k += slots) out.push(addable[k]);
  if (out.length === 0) out.push(addable[(q * 3 + o) % addable.length]);
  return out;
};
function question(q) {
  const id = `q-${pad(q)}`;
  const next = q + 1 < nQ ? `\nnext: q-${pad(q + 1)}` : '';
  const branch = q + 2 < nQ ? `\n    next: q-${pad(q + 2)}` : '';
  const options = [0, 1, 2]
    .map(
      (o) =>
        `  - id: o${o}\n    label:${text(`Svar ${o}`, `Answer ${o}`).replace(/\n/g, '\n    ')}\n    adds: [${addsFor(q, o).join(', ')}]${o === 0 ? branch : ''}`,
    )
    .join('\n');
  return `kind: question\nid: ${id}\ntext:${text(`Spørsmål ${q}?`, `Question ${q}?`)}\nwhy:${text('Svaret avgjør hvilken plikt som gjelder.', 'The answer decides which duty applies.')}\noptions:\n${options}${next}\n`;
}

rmSync(OUT, { recursive: true, force: true });
const cards = [
  ...Array.from({ length: nQ }, (_, q) => ({ folder: 'questions', body: question(q) })),
  ...refs.map((r, i) => ({ folder: `${r.kind}s`, body: refCard(r, i) })),
];
for (const f of new Set(cards.map((c) => c.folder))) mkdirSync(join(OUT, f), { recursive: true });
let files = 0;
for (let i = 0; i < cards.length; i += PER) {
  const group = cards.slice(i, i + PER);
  writeFileSync(join(OUT, group[0].folder, `c-${pad(i)}.yaml`), group.map((c) => c.body).join('---\n'));
  files++;
}
writeFileSync(
  join(OUT, 'deck.yaml'),
  `kind: deck\nid: bench.synthetic\nversion: 1.0.0\ntitle:${text('Syntetisk kortstokk', 'Synthetic deck')}\nlanguages: [nb, en]\nreviewed: 2026-11-01\nstart: q-${pad(0)}\n`,
);
mkdirSync(join(OUT, 'scenarios'), { recursive: true });
const scen = [];
for (let s = 0; s < SCEN; s++) {
  const depth = 1 + (s % 5);
  const answers = Array.from({ length: Math.min(depth, nQ) }, (_, q) => `q-${pad(q)}: o${1 + ((s + q) % 2)}`).join(
    ', ',
  );
  scen.push(
    `kind: scenario\nid: s-${s}\nanswers: { ${answers} }\nexpect:\n  status: ${depth >= nQ ? 'complete' : 'incomplete'}\n  duties: { exclude: [] }\n`,
  );
}
writeFileSync(join(OUT, 'scenarios', 'scenarios.yaml'), scen.join('---\n'));
process.stdout.write(`${OUT}: ${cards.length + 1} cards (${nQ} questions) in ${files + 1} files, ${SCEN} scenarios\n`);
