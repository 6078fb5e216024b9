// The layers of src/, lowest first: core < io < render, lint, workshop < cli. A module may import
// its own layer and the layers below it, never one above: core stays pure and testable without
// a disk, and the command line stays a thin shell that nothing else depends on. The order is in
// README.md ("Developing"). Read from the import statements themselves (static, `export … from`,
// dynamic `import()` and type-only `import('…')`), so a lazy import cannot slip past.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

/** Each top folder of src/ and its rank; equal ranks may import each other. */
const LAYERS: Record<string, number> = { core: 0, io: 1, render: 2, lint: 2, workshop: 2, cli: 3 };

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** Every module specifier in a file, with its line. */
function specifiers(text: string): { spec: string; line: number }[] {
  const out: { spec: string; line: number }[] = [];
  const re = /\b(?:from|import)\s*\(?\s*(['"])([^'"\n]+)\1/g;
  for (const m of text.matchAll(re)) out.push({ spec: m[2]!, line: text.slice(0, m.index).split('\n').length });
  return out;
}

const layerOf = (file: string) => relative(SRC, file).split(/[\\/]/)[0]!;

/** `file:line: layer may not import layer (spec)` for every upward or unknown-layer import. */
function violations(files: readonly string[], read: (f: string) => string = (f) => readFileSync(f, 'utf8')): string[] {
  const found: string[] = [];
  for (const file of files) {
    const from = layerOf(file);
    for (const { spec, line } of specifiers(read(file))) {
      const where = `src/${posix.normalize(relative(SRC, file).split('\\').join('/'))}:${line}`;
      if (!spec.startsWith('.')) {
        // core is pure: no Node built-ins and no libraries.
        if (from === 'core') found.push(`${where}: core may not import ${spec}`);
        continue;
      }
      const to = layerOf(join(dirname(file), spec));
      if (LAYERS[from] === undefined)
        found.push(`${where}: ${relative(SRC, file)} is in no layer (add its folder to LAYERS and the README)`);
      else if (LAYERS[to] === undefined) found.push(`${where}: ${spec} is outside the layers`);
      else if (LAYERS[to]! > LAYERS[from]!) found.push(`${where}: ${from} may not import ${to} (${spec})`);
    }
  }
  return found;
}

describe('layers', () => {
  it('no module imports a layer above its own, and core imports nothing outside itself', () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(50);
    expect(violations(files)).toEqual([]);
  });

  it('every folder of src/ is a layer', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.sort()).toEqual(Object.keys(LAYERS).sort());
    expect(
      readdirSync(SRC, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name),
    ).toEqual([]);
  });

  it('sees static, re-exported, dynamic and type-only imports, and reports each with its line', () => {
    const text = [
      "import { a } from '../cli/main.js';",
      "export { b } from '../cli/save.js';",
      "const c = await import('../workshop/graph.js');",
      "type D = import('../io/cli-io.js').CliIO;",
      "import { e } from './clean.js';",
      "import { readFileSync } from 'node:fs';",
    ].join('\n');
    expect(violations([join(SRC, 'core', 'x.ts')], () => text)).toEqual([
      'src/core/x.ts:1: core may not import cli (../cli/main.js)',
      'src/core/x.ts:2: core may not import cli (../cli/save.js)',
      'src/core/x.ts:3: core may not import workshop (../workshop/graph.js)',
      'src/core/x.ts:4: core may not import io (../io/cli-io.js)',
      'src/core/x.ts:6: core may not import node:fs',
    ]);
    expect(violations([join(SRC, 'workshop', 'x.ts')], () => text.split('\n').slice(2, 5).join('\n'))).toEqual([]);
  });
});
