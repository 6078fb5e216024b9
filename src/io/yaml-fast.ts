// A fast first reading of card files for `validate` and `test`, with js-yaml: about 4× quicker
// than the `yaml` library (measured on the national deck: 104 ms against 463 ms for 110 files),
// but it knows no positions. It is used only where no positions are needed, and it gives way to
// `yaml` (yaml-cards.ts) whenever it is unsure, so both readings always agree:
// - any js-yaml error, and any null document, goes to `yaml`, whose messages and positions we
//   report;
// - js-yaml 5 reads with YAML 1.2's core schema by default, as `yaml` does (js-yaml 4 read
//   numbers with YAML 1.1 habits, 0b101 and 1_000, and needed a schema of our own).
// tests/unit/yaml-fast.test.ts holds the two readings against each other.

import { createRequire } from 'node:module';
import type * as JsYaml from 'js-yaml';
import { requireCached } from './code-cache.js';

const load = createRequire(import.meta.url);
let jsyaml: typeof JsYaml | undefined;

/**
 * js-yaml, loaded on first use (yaml-positions.ts reads its event stream too), with V8's code
 * cache where the build made one (code-cache.ts).
 */
export function jsYaml(): typeof JsYaml {
  jsyaml ??= requireCached(load.resolve('js-yaml')) as typeof JsYaml;
  return jsyaml;
}

/**
 * The documents of a card file, or undefined when js-yaml cannot be sure to read them as `yaml`
 * would: then the caller parses with `yaml`.
 */
export function readFast(source: string): unknown[] | undefined {
  const js = jsYaml();
  let docs: unknown[];
  try {
    docs = js.loadAll(source, { schema: js.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  return docs.some((d) => d === null || d === undefined) ? undefined : docs;
}
