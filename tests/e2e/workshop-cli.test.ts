// The workshop commands end to end through the built CLI (`npm run build` first): list, show,
// search, graph, deck and train --answers, on the workshop fixture deck (tests/fixtures/workshop).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, statSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli, ROOT, STACK_LINE, tempDir } from '../helpers/cli.js';

const W = join(ROOT, 'tests', 'fixtures', 'workshop');
const DECK = join(W, 'deck');
const ROUTES = join(W, 'routes');
const deck = ['--cards', DECK];

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.cleanup());

describe('list', () => {
  it('lists every kind with ids and titles', async () => {
    const r = await cli(['list', ...deck]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/SPØRSMÅL \(4\)/);
    expect(r.stdout).toMatch(/^meldeplikt\s+Opplysningsplikt til barnevernet\s+\[barnevernsloven § 13-2\]$/m);
    expect(r.stdout).toMatch(/^politi-112\s+Politi\s+\[112\]$/m);
  });

  it('lists one kind, in English, and as JSON', async () => {
    const r = await cli(['list', 'steps', ...deck, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ikke-foreldre\s+Do not talk to the parents first\s+\[now\]/);
    expect(r.stdout).not.toMatch(/meldeplikt/);
    const j = await cli(['list', 'contacts', ...deck, '--format', 'json']);
    expect(JSON.parse(j.stdout).map((c: { id: string }) => c.id)).toEqual(['politi-112', 'lokal-barnevern']);
  });

  it('rejects an unknown kind with a suggestion, exit 2', async () => {
    const r = await cli(['list', 'dutie', ...deck]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Ukjent type "dutie"/);
    expect(r.stderr).toMatch(/duties/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('lists the training cases', async () => {
    const r = await cli(['list', 'cases', ...deck]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/vold-skole\s+skole\s+Vold mot en elev/);
  });
});

describe('show', () => {
  it('shows a duty in full with its provision and where it is added', async () => {
    const r = await cli(['show', 'meldeplikt', ...deck]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Opplysningsplikt til barnevernet\n═+$/m);
    expect(r.stdout).toMatch(/barnevernsloven § 13-2: https:\/\/lovdata\.no/);
    expect(r.stdout).toMatch(/bekymring = vold/);
    expect(r.stdout).toMatch(/bekymring = omsorgssvikt/);
  });

  it('shows a question in English, with the fallback marker where there is no translation', async () => {
    const r = await cli(['show', 'leder', ...deck, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('[nb] Er lederen din uenig?');
  });

  it('suggests the nearest id for an unknown one, exit 2', async () => {
    const r = await cli(['show', 'meldeplkt', ...deck]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Ingen kort med id-en "meldeplkt"/);
    expect(r.stderr).toMatch(/meldeplikt/);
  });
});

describe('search', () => {
  it('finds cards by words in bokmål and in English, best first', async () => {
    const nb = await cli(['search', 'opplysningsplikt', ...deck]);
    expect(nb.code).toBe(0);
    expect(nb.stdout.split('\n')[0]).toMatch(/^meldeplikt\s+\(duty\)/);
    const en = await cli(['search', 'parents', 'first', ...deck, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout.split('\n')[0]).toMatch(/^ikke-foreldre\s+\(step\)\s+Do not talk to the parents first/);
  });

  it('finds a provision by its section', async () => {
    const r = await cli(['search', '13-2', ...deck, '--format', 'json']);
    expect(r.code).toBe(0);
    const ids = JSON.parse(r.stdout).hits.map((h: { id: string }) => h.id);
    expect(ids).toContain('meldeplikt');
    expect(ids).toContain('personlig');
  });

  it('exits 1 with "no matches" on stderr when nothing matches, like grep', async () => {
    const r = await cli(['search', 'xyzzy', ...deck]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Ingen treff: "xyzzy"/);
  });
});

describe('graph', () => {
  it('draws Mermaid by default (left to right, reference cards folded per kind); --outcomes draws every card', async () => {
    const slide = await cli(['graph', ...deck]);
    expect(slide.code).toBe(0);
    expect(slide.stdout).toMatch(/^flowchart LR/);
    expect(slide.stdout).toMatch(/\[\["Plikter: \d+ kort"\]\]/);
    expect(slide.stdout).not.toMatch(/Plikt: Opplysningsplikt/);
    const r = await cli(['graph', ...deck, '--outcomes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\["Hvor jobber du\?"\]/);
    expect(r.stdout).toMatch(/\[\["Plikt: Opplysningsplikt til<br\/>barnevernet"\]\]/);
    expect(r.stdout).not.toMatch(/★/);
  });

  it('highlights a case route in DOT with a star and thick lines', async () => {
    const r = await cli(['graph', ...deck, '--format', 'dot', '--highlight', 'vold-skole', '--outcomes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^digraph tiltakskort \{/);
    expect(r.stdout).toMatch(/label="★ Vold"/);
    expect(r.stdout).not.toMatch(/label="★ Omsorgssvikt"/);
    expect(r.stdout).toMatch(/penwidth=4/);
  });

  it('highlights a route from an answers file, and rejects a route that does not fit', async () => {
    const ok = await cli(['graph', ...deck, '--format', 'mermaid', '--highlight', join(ROUTES, 'route-differs.yaml')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/"★ Omsorgssvikt"/);
    expect(ok.stdout).toMatch(/linkStyle [\d,]+ stroke:#b00020/);
    const bad = await cli(['graph', ...deck, '--highlight', 'no-such-case']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Fant ingen svarfil, case-fil eller case-id "no-such-case"/);
  });

  it('writes a self-contained HTML page with inline SVG, owner-only, and refuses to overwrite', async () => {
    const r = await cli(['graph', ...deck, '--out', 'graf.html', '--highlight', 'vold-skole'], { cwd: t.dir });
    expect(r.code).toBe(0);
    const file = join(t.dir, 'graf.html');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toMatch(/<svg\b/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?!lovdata)/);
    expect(html).toMatch(/★ Vold/);
    const again = await cli(['graph', ...deck, '--out', 'graf.html'], { cwd: t.dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/finnes allerede/);
  });

  it('filters: --sector, --from, --depth, --questions-only; bad values exit 2 with the valid ids', async () => {
    const school = await cli(['graph', ...deck, '--sector', 'skole', '--outcomes']);
    expect(school.code).toBe(0);
    expect(school.stdout).toMatch(/Opplysningsplikt/);
    const kindergarten = await cli(['graph', ...deck, '--sector', 'barnehage', '--outcomes', '--format', 'dot']);
    expect(kindergarten.stdout).not.toMatch(/label="Skole"/);
    const part = await cli(['graph', ...deck, '--from', 'bekymring', '--depth', '0', '--questions-only']);
    expect(part.code).toBe(0);
    expect(part.stdout).not.toMatch(/Hvor jobber du\?/);
    expect(part.stdout).toMatch(/flere spørsmål/);
    const bad = await cli(['graph', ...deck, '--sector', 'skolen']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Ukjent sektor «skolen»[\s\S]*Mente du "skole"\?/);
    expect((await cli(['graph', ...deck, '--depth', 'two'])).code).toBe(2);
    expect((await cli(['graph', ...deck, '--questions-only', '--outcomes'])).code).toBe(2);
    expect((await cli(['graph', ...deck, '--from', 'nope'])).stderr).toMatch(/Ukjent spørsmål "nope"/);
  });

  it('writes SVG', async () => {
    const r = await cli(['graph', ...deck, '--format', 'svg']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/<svg[\s\S]*Hvor jobber du\?[\s\S]*<\/svg>/);
  });
});

describe('deck (handout)', () => {
  it('renders the whole deck as Markdown with the national numbers first', async () => {
    const r = await cli(['deck', ...deck]);
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md.indexOf('## Nasjonale nummer')).toBeLessThan(md.indexOf('## Plikter'));
    expect(md).toMatch(/- \*\*112\*\* – Politi \(nødnummer\)/);
    for (const title of [
      'Opplysningsplikt til barnevernet',
      'Plikten er personlig',
      'Anonym drøfting',
      'Barnevernstjenesten i kommunen',
      'Ikke snakk med foreldrene først',
    ]) {
      expect(md).toContain(title);
    }
    expect(md).toMatch(/\[barnevernsloven § 13-2\]\(https:\/\/lovdata\.no/);
  });

  it('includes the local overlay when given', async () => {
    const overlay = join(t.dir, 'lokal.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      overlay,
      'kind: local\nmunicipality: Eksempel kommune\nreviewed: 2026-11-01\ncontacts:\n  - id: lokal-barnevern\n    name: Barnevernet i Eksempel\n    phone: "22 33 44 55"\n',
    );
    const r = await cli(['deck', ...deck, '--local', overlay, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Lokale kontakter: Eksempel kommune/);
    expect(r.stdout).toMatch(/22 33 44 55/);
  });

  it('writes HTML to --out with the format from the extension', async () => {
    const r = await cli(['deck', ...deck, '--out', 'hefte.html', '--lang', 'en'], { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(readdirSync(t.dir)).toEqual(['hefte.html']);
    const html = readFileSync(join(t.dir, 'hefte.html'), 'utf8');
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/Call first/);
    expect(html).toMatch(/@page \{ size: A4/);
  });
});

describe('train', () => {
  it('lists the cases with no case given', async () => {
    const r = await cli(['train', ...deck]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/omsorg-barnehage\s+barnehage\s+Omsorgssvikt i barnehagen/);
    expect(r.stdout).toMatch(/vold-skole\s+skole\s+Vold mot en elev/);
  });

  it('exits 0 when the prepared route leads to the same outcome', async () => {
    const r = await cli(['train', 'vold-skole', ...deck, '--answers', join(ROUTES, 'route-match.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/= Hva er du bekymret for\? \(likt\)/);
    expect(r.stdout).toMatch(/Rutene fører til de samme pliktene/);
    expect(r.stdout).toMatch(/GJENNOMGANG\n─+\nDu har grunn til å tro/);
  });

  it('exits 1 and reports where the routes part and what differs, as JSON', async () => {
    const r = await cli([
      'train',
      'vold-skole',
      ...deck,
      '--answers',
      join(ROUTES, 'route-differs.yaml'),
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.match).toBe(false);
    expect(j.partAt).toEqual({ question: 'bekymring', participant: ['omsorgssvikt'], recommended: ['vold'] });
    expect(j.matches.duties).toEqual(['meldeplikt']);
    const only = j.differences.onlyRecommended.map((x: { id: string }) => x.id);
    expect(only).toEqual(expect.arrayContaining(['ikke-foreldre', 'personlig']));
    const extra = j.differences.onlyParticipant.map((x: { id: string }) => x.id);
    expect(extra).toEqual(expect.arrayContaining(['lokal-barnevern']));
    expect(j.debrief).toMatch(/Plikten er personlig/);
  });

  it('explains the differences in text, with the provisions', async () => {
    const r = await cli(['train', 'vold-skole', ...deck, '--answers', join(ROUTES, 'route-differs.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/≠ Hva er du bekymret for\? \(ulikt\)/);
    expect(r.stdout).toMatch(/HER SKILTE RUTENE LAG/);
    expect(r.stdout).toMatch(/Du svarte: «Omsorgssvikt»/);
    expect(r.stdout).toMatch(/Anbefalt svar: «Vold»/);
    expect(r.stdout).toMatch(/ANBEFALT, MEN IKKE MED I RUTEN DIN\n─+\nPlikt: Plikten er personlig/);
    expect(r.stdout).toMatch(/Hjemmel: barnevernsloven § 13-2/);
    expect(r.stdout).toMatch(/Kommer fra: «Er lederen din uenig\?» → «Ja»/);
  });

  it('accepts a case file as the answers (its recommended route): exit 0', async () => {
    const r = await cli([
      'train',
      'omsorg-barnehage',
      ...deck,
      '--answers',
      join(DECK, 'cases', 'omsorg-barnehage.yaml'),
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).match).toBe(true);
  });

  it('needs a terminal without --answers, and names an unknown case, exit 2', async () => {
    const r = await cli(['train', 'vold-skole', ...deck]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/trenger en terminal/);
    expect(r.stderr).toMatch(/--answers FIL/);
    const u = await cli(['train', 'vold-skol', ...deck, '--answers', join(ROUTES, 'route-match.yaml')]);
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/Ingen treningscase "vold-skol"/);
    expect(u.stderr).toMatch(/vold-skole/);
  });

  it('exits 3 for a route that stops early', async () => {
    const r = await cli(['train', 'vold-skole', ...deck, '--answers', join(ROUTES, 'route-incomplete.yaml')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/neste spørsmål: mistenkt/);
  });
});

describe('the bundled training cases', () => {
  const dir = join(ROOT, 'cards', 'cases');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')) : [];

  it('has at least 12 cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s fits the bundled deck: its recommended route matches itself (exit 0)', async (f) => {
    const id = f.replace(/\.yaml$/, '');
    const r = await cli(['train', id, '--answers', join(dir, f), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).case).toBe(id);
  });
});
