// The fast reading (js-yaml, for validate and test) and the exact one (`yaml`, with positions)
// must never disagree: where js-yaml reads a file, it must read it as `yaml` does; where it is
// unsure, it must give way. Checked on every YAML file in the repository and on the scalars
// where YAML 1.1 habits and YAML 1.2 differ.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { VENDOR_JS_YAML } from '../../src/io/paths.js';
import { jsYaml, readFast } from '../../src/io/yaml-fast.js';
import { LIMITS, parseCardFile, withinLimits } from '../../src/io/yaml-cards.js';
import { repoYamlFiles } from '../helpers/yaml-files.js';

/** What the exact reading gives: the documents' values, or 'error' when `yaml` reports one. */
function exact(source: string): unknown[] | 'error' {
  const docs = parseAllDocuments(source, { uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [];
  if (list.some((d) => d.errors.length > 0)) return 'error';
  return list.filter((d) => d.contents !== null).map((d) => d.toJS({ maxAliasCount: 100 }));
}

describe('the fast reading of card files', () => {
  const files = repoYamlFiles();

  it('reads every YAML file in the repository as `yaml` does, or gives way', () => {
    expect(files.length).toBeGreaterThan(100);
    let fast = 0;
    for (const f of files) {
      const source = readFileSync(f, 'utf8');
      const got = readFast(source);
      if (got === undefined) continue;
      fast++;
      expect(got, f).toEqual(exact(source));
    }
    // The point is speed: the bundled deck must actually take the fast way.
    expect(fast).toBeGreaterThan(files.length - 5);
  });

  // Plain scalars that js-yaml's own schema reads differently from YAML 1.2 (0b101, 1_000, -0x1
  // are numbers there; -.5 is a string), and the ones both agree on.
  const scalars = [
    '0b101',
    '+0b1',
    '0x_1',
    '0x1F',
    '-0x1',
    '+0o7',
    '-0o7',
    '0o17',
    '0o8',
    '017',
    '09',
    '0.1_2',
    '1_000',
    '1__2',
    '.inf',
    '+.inf',
    '-.Inf',
    '.NaN',
    '1.',
    '-.5',
    '.5',
    '+12',
    '-0',
    '1e3',
    '1E+3',
    '1.0e-3',
    '12:30',
    '2026-11-23',
    'true',
    'True',
    'TRUE',
    'tRue',
    'yes',
    'off',
    'y',
    '~',
    'null',
    'Null',
    'NULL',
    'nUll',
    '"1"',
    "'2'",
    '<<',
    '0x',
    '1e',
  ];
  it.each(scalars)('k: %s', (v) => {
    const source = `k: ${v}\n`;
    const got = readFast(source);
    if (got !== undefined) expect(got).toEqual(exact(source));
  });

  it.each([
    ['a duplicate key', 'id: a\nid: b\n'],
    ['a colon inside a plain value', 'kind: duty\ntitle: Dette er: noe\n'],
    ['a tab as indentation', 'a:\n\tb: 1\n'],
    ['an unknown tag', 'k: !foo 1\n'],
    ['a null document', '~\n'],
    ['an unclosed flow list', 'a: [1, 2\n'],
  ])("gives way on %s, and the findings are the exact reading's", (_name, source) => {
    expect(readFast(source)).toBeUndefined();
    const withPositions = parseCardFile('x.yaml', source, {});
    const without = parseCardFile('x.yaml', source, undefined, {});
    expect(without).toEqual(withPositions);
  });

  // With limits, the event stream decides most files without walking the values: it must decide
  // as withinLimits does on the values, at the edges too (or give way, and `yaml` decides).
  const nest = (n: number) => `id: x\nk: ${'['.repeat(n)}1${']'.repeat(n)}\n`;
  it.each([
    ['nesting to the limit', nest(LIMITS.depth - 1)],
    ['nesting one level beyond', nest(LIMITS.depth)],
    ['nesting far beyond', nest(LIMITS.depth + 10)],
    ['an alias', 'id: x\na: &r [1, 2]\nb: *r\n'],
    ['aliases beyond the node limit', `a: &a [${'1,'.repeat(999)}1]\nb: &b [${'*a,'.repeat(200)}*a]\n`],
    ['two documents', 'id: x\n---\nid: y\nk: [1]\n'],
  ])('with limits, agrees with withinLimits on %s', (_name, source) => {
    const all = readFast(source)!;
    expect(all).toBeDefined();
    const limited = readFast(source, { ...LIMITS, within: withinLimits });
    expect(limited).toEqual(all.every((d) => withinLimits(d)) ? all : undefined);
  });
  it('with limits, agrees at the node limit', () => {
    for (const n of [LIMITS.nodes - 2, LIMITS.nodes - 1, LIMITS.nodes]) {
      const source = `[${'1,'.repeat(n - 1)}1]\n`; // the list and n values
      const all = readFast(source)!;
      const limited = readFast(source, { ...LIMITS, within: withinLimits });
      expect(limited === undefined, String(n)).toBe(!withinLimits(all[0]));
    }
  });
});

// The build's copy of js-yaml (dist/vendor/js-yaml.cjs, made faster by scripts/bundle.mjs) must
// read exactly as the package does: the same events and values for every YAML file here, and the
// same error, at the same place, for non-printable characters and lone surrogates.
describe("the build's copy of js-yaml", () => {
  type Js = typeof import('js-yaml');
  const load = createRequire(import.meta.url);
  const vendored = load(VENDOR_JS_YAML) as Js;
  const upstream = load('js-yaml') as Js;
  const read = (js: Js, source: string) => {
    try {
      const events = js.parseEvents(source, {});
      return { events, docs: js.constructFromEvents(events, { source, schema: js.CORE_SCHEMA }) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  };

  it('is the copy the checks load, and reads every YAML file in the repository as the package does', () => {
    expect(jsYaml()).toBe(vendored);
    const files = repoYamlFiles();
    for (const f of files) {
      const source = readFileSync(f, 'utf8');
      expect(read(vendored, source), f).toEqual(read(upstream, source));
    }
  });

  it('rejects non-printable characters and lone surrogates as the package does, at the same place', () => {
    // Plain and block scalars: js-yaml's check for printable characters; quoted ones: its own rules.
    const checked = [
      'a: x\u0001\n',
      'a: \u0007\n',
      'a: \uDC00x\n',
      'a: x\uD800\n',
      'a: |\n  x\uDC00\n',
      'a: x\u0085\u009F\n',
    ];
    const quoted = ['a: "x\u0007y"\n', 'a: [x, "y\u001F"]\n', 'a: ok\nb: "\uD800"\n', 'a: "\uFFFE"\n'];
    for (const source of checked) {
      const got = read(vendored, source);
      expect(got, JSON.stringify(source)).toHaveProperty('error', expect.stringMatching(/non-printable/));
      expect(got, JSON.stringify(source)).toEqual(read(upstream, source));
    }
    for (const source of quoted) expect(read(vendored, source), JSON.stringify(source)).toEqual(read(upstream, source));
    // A pair of surrogates (an emoji) is a printable character, for both.
    expect(read(vendored, 'a: "😀 ok"\n')).toEqual(read(upstream, 'a: "😀 ok"\n'));
    expect(read(vendored, 'a: "😀 ok"\n')).not.toHaveProperty('error');
  });
});
