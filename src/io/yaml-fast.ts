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
import { VENDOR_JS_YAML } from './paths.js';

const load = createRequire(import.meta.url);
let jsyaml: typeof JsYaml | undefined;

/**
 * js-yaml, loaded on first use (yaml-positions.ts reads its event stream too), with V8's code
 * cache where the build made one (code-cache.ts): the build's faster copy in dist/vendor/
 * (scripts/bundle.mjs), or without a build the package itself.
 */
export function jsYaml(): typeof JsYaml {
  if (jsyaml) return jsyaml;
  try {
    jsyaml = requireCached(VENDOR_JS_YAML) as typeof JsYaml;
  } catch {
    jsyaml = requireCached(load.resolve('js-yaml')) as typeof JsYaml;
  }
  return jsyaml;
}

/**
 * The documents of a card file, or undefined when js-yaml cannot be sure to read them as `yaml`
 * would: then the caller parses with `yaml`. With `limits`, also undefined when a document may go
 * beyond them (yaml-cards.ts withinLimits, which `limits.within` is): the event stream settles
 * most files without walking the values, as a file without aliases holds no more values than
 * events, and none deeper than its collections nest.
 */
export function readFast(
  source: string,
  limits?: { depth: number; nodes: number; within: (doc: unknown) => boolean },
): unknown[] | undefined {
  const read = readEvents(source);
  if (!read) return undefined;
  const { events, docs } = read;
  if (!limits || small(events, limits)) return docs;
  return docs.every(limits.within) ? docs : undefined;
}

/**
 * What js-yaml's loadAll does, keeping the events (they carry source offsets: yaml-positions.ts):
 * undefined on any js-yaml error or a null document, where `yaml` must be asked.
 */
export function readEvents(source: string): { events: JsYaml.Event[]; docs: unknown[] } | undefined {
  const js = jsYaml();
  try {
    const events = js.parseEvents(source, {});
    const docs = js.constructFromEvents(events, { source, schema: js.CORE_SCHEMA });
    return docs.some((d) => d === null || d === undefined) ? undefined : { events, docs };
  } catch {
    return undefined;
  }
}

/** js-yaml's event types. */
export const EVENT = { DOCUMENT: 1, SEQUENCE: 2, MAPPING: 3, SCALAR: 4, ALIAS: 5, POP: 6 } as const;
const { SEQUENCE, MAPPING, SCALAR, ALIAS, POP } = EVENT;

/** No alias, no document with more than `nodes` events (keys counted too) or nested deeper than `depth`. */
function small(events: readonly JsYaml.Event[], limits: { depth: number; nodes: number }): boolean {
  let level = -1; // open collections in the document; -1 outside one
  let count = 0;
  for (let i = 0; i < events.length; i++) {
    const type = events[i]!.type;
    if (type === ALIAS) return false;
    if (type === POP) {
      level--;
      continue;
    }
    if (type === SEQUENCE || type === MAPPING || type === SCALAR) {
      if (++count > limits.nodes || level > limits.depth) return false;
      if (type !== SCALAR) level++;
    } else {
      // A document: it opens a level of its own, closed by its POP.
      count = 0;
      level++;
    }
  }
  return true;
}
