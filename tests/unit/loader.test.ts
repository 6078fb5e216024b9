// Loading decks from YAML: a valid deck loads; a broken one reports every problem at once, each
// at the file:line:column an author can see in the fixture, and yields no deck to run.

import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDeck, loadYamlDeck } from '../../src/io/load-deck.js';
import { parseCardFile } from '../../src/io/yaml-cards.js';
import type { Diagnostic } from '../../src/core/types.js';
import { BROKEN, MINI, ROOT, tempDir } from '../helpers/cli.js';

const BROKEN_REFS = join(ROOT, 'tests', 'fixtures', 'broken-refs');
const at = (d: Diagnostic) => `${d.file}:${d.line}:${d.col}`;
const find = (ds: Diagnostic[], where: string) => ds.find((d) => at(d) === where);

describe('a valid deck', () => {
  it('loads the mini fixture with no diagnostics', async () => {
    const loaded = await loadYamlDeck(MINI);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.deck?.meta.id).toBe('test.mini');
    expect(loaded.deck?.cards.get('bekymring')?.file).toBe('questions/flow.yaml');
    expect([...loaded.deck!.cards.keys()].sort()).toEqual([
      'anonym',
      'bekymring',
      'ikke-foreldre',
      'leder',
      'lokal-barnevern',
      'meldeplikt',
      'mistenkt',
      'personlig',
      'politi-112',
      'sektor',
      'snakk-foreldre',
    ]);
  });

  it('lays a local overlay over a placeholder contact', async () => {
    const t = tempDir();
    try {
      writeFileSync(
        join(t.dir, 'tiltakskort.local.yaml'),
        'kind: local\nmunicipality: Eksempel kommune\nreviewed: 2026-11-01\ncontacts:\n  - id: lokal-barnevern\n    phone: "22 33 44 55"\n',
      );
      const loaded = await loadDeck({ dir: MINI, cwd: t.dir });
      expect(loaded.diagnostics).toEqual([]);
      const c = loaded.deck!.cards.get('lokal-barnevern');
      expect(c).toMatchObject({ kind: 'contact', phone: '22 33 44 55', when: 'Melding og drøfting.' });
      expect(loaded.deck!.localIds.has('lokal-barnevern')).toBe(true);
      expect(loaded.deck!.municipality).toBe('Eksempel kommune');
    } finally {
      t.cleanup();
    }
  });

  it('reports an overlay that adds an incomplete new contact, at the overlay file, and leaves that entry out', async () => {
    const t = tempDir();
    try {
      writeFileSync(
        join(t.dir, 'lokal.yaml'),
        'kind: local\nmunicipality: Eksempel kommune\ncontacts:\n  - id: familiesenter\n    phone: "22 33 44 56"\n',
      );
      const loaded = await loadDeck({ dir: MINI, cwd: t.dir, local: 'lokal.yaml' });
      expect(loaded.deck!.cards.has('familiesenter')).toBe(false);
      expect(loaded.diagnostics.map((d) => `${at(d)} ${d.severity} ${d.message}`)).toEqual([
        '@local:lokal.yaml:4:5 warning New local contact "familiesenter" needs name, when, reviewed.',
      ]);
      expect((await loadDeck({ dir: MINI, cwd: t.dir, local: 'lokal.yaml', lenient: false })).deck).toBeUndefined();
    } finally {
      t.cleanup();
    }
  });

  it('reports a missing deck folder and a missing overlay file instead of throwing', async () => {
    expect((await loadDeck({ dir: join(ROOT, 'tests', 'fixtures', 'no-such-deck') })).diagnostics[0]!.message).toBe(
      'Deck folder not found.',
    );
    expect((await loadDeck({ dir: MINI, local: 'no-such.yaml', cwd: ROOT })).diagnostics[0]!.message).toBe(
      'Local overlay file not found.',
    );
  });
});

describe('the broken fixture deck', () => {
  it('reports syntax, unknown-field, missing-field and duplicate-id errors at once, each where it is', async () => {
    const loaded = await loadYamlDeck(BROKEN);
    expect(loaded.deck).toBeUndefined();
    const ds = loaded.diagnostics;
    expect(ds.every((d) => d.severity === 'error')).toBe(true);

    const syntax = find(ds, 'syntax.yaml:3:8');
    expect(syntax, ds.map(at).join(', ')).toMatchObject({ rule: 'yaml' });
    expect(syntax!.message).toMatch(/^YAML syntax: /);

    // The unknown key "nxt" is on line 9, reported at the key itself (column 5).
    const unknown = ds.find((d) => d.message === 'Unknown field "nxt".')!;
    expect(at(unknown)).toBe('questions/bekymring.yaml:9:5');
    expect(unknown.hint).toBe('Did you mean "next"?');

    const missing = find(ds, 'duties.yaml:12:1');
    expect(missing?.message).toBe('Missing required field "meaning".');
    expect(missing?.card).toBe('personlig');

    const dup = find(ds, 'steps.yaml:2:5');
    expect(dup?.rule).toBe('duplicate-id');
    expect(dup?.message).toContain('"meldeplikt"');
    expect(dup?.message).toContain('duties.yaml');

    // One diagnostic per problem, sorted by file then line.
    expect(ds.map(at)).toEqual([...ds.map(at)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  });

  // Shape errors in some cards must not hide reference errors in others: one run, every error.
  it('reports the unknown reference in the same run as the other errors', async () => {
    const { diagnostics } = await loadYamlDeck(BROKEN);
    const ref = find(diagnostics, 'questions/sektor.yaml:8:12');
    expect(ref?.message).toBe('Unknown reference card "meldeplkt".');
    expect(ref?.hint).toContain('"meldeplikt"');
    expect(diagnostics).toHaveLength(5);
  });
});

describe('the broken-refs fixture deck', () => {
  it('reports every unknown reference with the nearest valid ids, and yields no deck', async () => {
    const { deck, diagnostics } = await loadYamlDeck(BROKEN_REFS);
    expect(deck).toBeUndefined();
    const byMessage = Object.fromEntries(diagnostics.map((d) => [d.message, d.hint]));
    expect(byMessage).toEqual({
      'Unknown question "sektr".': 'Did you mean "sektor"?',
      'Unknown reference card "meldeplkt".': 'Did you mean "meldeplikt"?',
      'Unknown option of "sektor" "barnehge".': 'Did you mean "barnehage"?',
    });
  });

  it('puts each unknown reference at its file:line:column', async () => {
    const { diagnostics } = await loadYamlDeck(BROKEN_REFS);
    expect(diagnostics.map((d) => `${at(d)} ${d.message}`).sort()).toEqual([
      'cards.yaml:13:23 Unknown option of "sektor" "barnehge".',
      'cards.yaml:8:24 Unknown reference card "meldeplkt".',
      'deck.yaml:7:8 Unknown question "sektr".',
    ]);
  });
});

describe('parseCardFile', () => {
  it("reports a YAML error at the parser's line and column and keeps the other documents", () => {
    const src =
      'kind: step\nid: a\ntitle: A\nurgency: now\n---\nkind: step\nid: b\ntitle: Skriv ned: nå\nurgency: now\n';
    const parsed = parseCardFile('steg.yaml', src, {});
    expect(parsed.docs.map((d) => (d.raw as { id: string }).id)).toEqual(['a']);
    expect(parsed.findings).toHaveLength(1);
    expect(parsed.findings[0]).toMatchObject({ rule: 'yaml', severity: 'error', file: 'steg.yaml', card: '@yaml8:8' });
  });

  it('reports a key given twice in one card', () => {
    const parsed = parseCardFile('x.yaml', 'kind: step\nid: a\nid: b\n', {});
    expect(parsed.findings.map((f) => f.card)).toEqual(['@yaml3:1']);
    expect(parsed.findings[0]!.hint).toContain('appears twice');
  });
});
