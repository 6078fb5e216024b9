// The content rules skip their walk over every string when one look at the file's YAML source
// shows that no string can hold a control character or name a repealed provision
// (content.ts stringsNeedWalk). That may only ever save time: whatever the source looks like,
// the findings are those of the full walk.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify, Scalar } from 'yaml';
import { checkContent, stringsNeedWalk, type ContentContext } from '../../src/lint/content.js';
import { defaultConfig } from '../../src/lint/config.js';
import { parseHere } from '../../src/lint/files.js';
import { validateDeck } from '../../src/lint/validate.js';
import { repoYamlFiles } from '../helpers/yaml-files.js';
import { readFileSync } from 'node:fs';

const config = defaultConfig();
const ctx: ContentContext = {
  languages: ['nb', 'en'],
  today: '2026-11-28',
  reviewMaxAgeMonths: 12,
  repealed: [...config.repealed, { text: ['Rundskriv Q 24'], now: 'a newer circular' }],
};

/** The findings with and without the source scan's say, for every document of a YAML text. */
function both(source: string): { full: unknown[]; scanned: unknown[]; walk: boolean } {
  const walk = stringsNeedWalk(source, ctx);
  const docs = parseAllDocuments(source).map((d) => d.toJS() as unknown);
  return {
    full: docs.map((raw) => checkContent('x.yaml', raw, ctx)),
    scanned: docs.map((raw) => checkContent('x.yaml', raw, ctx, walk)),
    walk,
  };
}

const rules = (found: unknown[]) => (found as { rule: string }[][]).flat().map((f) => f.rule);

describe('the source scan before the walk over every string', () => {
  it('finds a provision whose name a folded scalar splits over two lines', () => {
    const r = both('kind: step\nid: s\ntitle: T\ntext: >-\n  Meld etter barnevernloven\n  § 6-4 i dag.\n');
    expect(r.walk).toBe(true);
    expect(rules(r.scanned)).toContain('repealed');
    expect(r.scanned).toEqual(r.full);
  });

  it('finds a configured text with a space in it, split by the line break of a plain scalar', () => {
    const r = both('kind: step\nid: s\ntitle: T\ntext: Les Rundskriv\n  Q 24 først.\n');
    expect(r.walk).toBe(true);
    expect(rules(r.scanned)).toContain('repealed');
  });

  it('walks every string when a double-quoted escape could spell a control character', () => {
    const r = both('kind: step\nid: s\ntitle: "Rød \\e[31m tekst"\ntext: T\n');
    expect(r.walk).toBe(true);
    expect(rules(r.scanned)).toContain('control-chars');
  });

  it('skips the walk for a plain card, with the same findings', () => {
    const r = both('kind: step\nid: s\ntitle: Ring barnevernet\ntext: Meld bekymringen i dag.\n');
    expect(r.walk).toBe(false);
    expect(r.scanned).toEqual(r.full);
  });

  it('gives the same findings as the full walk for every YAML file in the repository', () => {
    let skipped = 0;
    for (const file of repoYamlFiles()) {
      const source = readFileSync(file, 'utf8');
      let r: ReturnType<typeof both>;
      try {
        r = both(source);
      } catch {
        continue; // not a card file yaml can turn into values (a deliberately broken fixture)
      }
      if (!r.walk) skipped++;
      expect(r.scanned, file).toEqual(r.full);
    }
    // Most card files name no repealed provision and hold no escape: the scan pays off.
    expect(skipped).toBeGreaterThan(50);
  });

  it('gives the same findings as the full walk for random texts in every scalar style', () => {
    const pieces = [
      'barnevernloven',
      'barnevernloven 1992',
      'den gamle straffeloven',
      'bvl.',
      'opplæringsloven',
      '§',
      '§§',
      ' § ',
      '6-4',
      '6 - 4',
      '15-3',
      '(1992)',
      'Udir-10-2012',
      'Rundskriv Q 24',
      'Rundskriv',
      'Q 24',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\t',
      'x',
      'æ',
      ':',
      '#',
      '-',
      "'",
      '"',
      '\\',
      '\u001b',
      '\u0085',
      '\u200e',
      '\r',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((a) => a.join(''));
    const styles = [
      Scalar.PLAIN,
      Scalar.QUOTE_SINGLE,
      Scalar.QUOTE_DOUBLE,
      Scalar.BLOCK_FOLDED,
      Scalar.BLOCK_LITERAL,
    ] as const;
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...styles),
        fc.integer({ min: 20, max: 80 }),
        (texts, style, width) => {
          const card = { kind: 'step', id: 's', title: texts[0], text: { nb: texts[1] ?? 'x', en: texts[2] ?? 'y' } };
          const source = stringify(card, { defaultStringType: style, lineWidth: width, minContentWidth: 0 });
          const r = both(source);
          expect(r.scanned, source).toEqual(r.full);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('runs in validate: a repealed provision split over two lines of a card is still reported', async () => {
    const files = await parseHere(
      [
        {
          file: 'steg.yaml',
          text: 'kind: step\nid: s\ntitle: T\ntext: >-\n  Meld etter barnevernloven\n  § 6-4 i dag.\n',
        },
      ],
      false,
    );
    const { diagnostics } = validateDeck({ files, config, today: '2026-11-28', strict: false });
    expect(diagnostics.filter((d) => d.rule === 'repealed').map((d) => d.file)).toEqual(['steg.yaml']);
  });
});
