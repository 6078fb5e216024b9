// Every field's line and column from js-yaml's own event stream (its events carry source offsets),
// so a file that findings point into is read again with the parser already loaded and warm,
// instead of loading the `yaml` library (about 30 ms on a cold `validate`) to parse it once more.
// The table must be exactly the one yaml-cards.ts collects with `yaml` (node.range[0] of every
// node, the key's position for `path@key`): where this reading cannot be sure of that (anchors,
// tags, aliases, an empty value, a key that is not a plain word or a quoted string, a null or
// oversized document, any js-yaml error), it returns undefined and the caller asks `yaml`.
// tests/unit/yaml-positions.test.ts holds the two tables against each other on every YAML file
// in the repository and on the cases below.

import type * as JsYaml from 'js-yaml';
import type { PositionTable, Position } from '../core/types.js';
import { positionKey } from '../core/checks/locate.js';
import { EVENT, jsYaml, readEvents } from './yaml-fast.js';

const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, POP } = EVENT;
const PLAIN = 1;
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;
const FLOW = 2;

/** Thrown inside the walk when the table might differ from `yaml`'s. */
const UNSURE = new Error('unsure');

/** A plain key that YAML 1.2's core schema reads as that very string (not null, a bool or a number). */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const NOT_STRING = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/** A block scalar's header line: the first | or > that only its indicators and a comment follow. */
const BLOCK_HEADER = /^(.*?)[|>][-+1-9]{0,2}[ \t]*(?:#.*)?\r?$/;

/**
 * The position table of one card file (keyed as yaml-cards.ts keys it), or undefined when `yaml`
 * must be asked. `ok` decides whether a document is one the fast reading accepts (yaml-cards.ts).
 */
export function positionsFromEvents(
  file: string,
  source: string,
  ok: (doc: unknown) => boolean,
): PositionTable | undefined {
  const js = jsYaml();
  const read = readEvents(source);
  if (!read?.docs.every(ok)) return undefined;
  const { events, docs } = read;

  // Offsets of the line starts, for line and column as yaml's LineCounter gives them (1-based).
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  const pos = (offset: number): Position => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 };
  };

  /** Where `yaml` puts a scalar: its first character, the opening quote, or the | or > header. */
  const scalarStart = (ev: JsYaml.ScalarEvent): number => {
    const at = ev.valueStart;
    if (at < 0) throw UNSURE;
    if (ev.style === PLAIN) return at;
    if (ev.style === SINGLE_QUOTED || ev.style === DOUBLE_QUOTED) {
      if (source[at - 1] !== (ev.style === SINGLE_QUOTED ? "'" : '"')) throw UNSURE;
      return at - 1;
    }
    // A block scalar's content starts on the line after its header.
    if (source[at - 1] !== '\n') throw UNSURE;
    const lineStart = source.lastIndexOf('\n', at - 2) + 1;
    const m = BLOCK_HEADER.exec(source.slice(lineStart, at - 1));
    if (!m) throw UNSURE;
    return lineStart + m[1]!.length;
  };

  const out: PositionTable = {};
  let i = 0;
  let at: Record<string, Position> = {};
  // An event past the end of the stream means the stream is not what this reading expects.
  const event = (k: number) => {
    const e = events[k];
    if (e === undefined) throw UNSURE;
    return e;
  };
  const walk = (path: string): void => {
    const ev = event(i++);
    if (ev.type === SCALAR) {
      if (ev.anchorStart !== -1 || ev.tagStart !== -1) throw UNSURE;
      at[path] = pos(scalarStart(ev));
    } else if (ev.type === MAPPING || ev.type === SEQUENCE) {
      if (ev.anchorStart !== -1 || ev.tagStart !== -1) throw UNSURE;
      const opener = ev.style === FLOW ? (ev.type === MAPPING ? '{' : '[') : ev.type === SEQUENCE ? '-' : undefined;
      if (opener !== undefined && source[ev.start] !== opener) throw UNSURE;
      at[path] = pos(ev.start);
      if (ev.type === SEQUENCE) {
        for (let n = 0; event(i).type !== POP; n++) walk(path ? `${path}/${n}` : String(n));
      } else {
        let first = true;
        while (event(i).type !== POP) {
          const key = event(i++);
          if (key.type !== SCALAR || key.anchorStart !== -1 || key.tagStart !== -1) throw UNSURE;
          const name = js.getScalarValue(source, key);
          if (key.style === PLAIN ? !PLAIN_KEY.test(name) || NOT_STRING.test(name) : key.style > DOUBLE_QUOTED)
            throw UNSURE;
          const keyAt = scalarStart(key);
          // A block mapping starts at its first key, as in `yaml`.
          if (first && opener === undefined && keyAt !== ev.start) throw UNSURE;
          first = false;
          const child = path ? `${path}/${name}` : name;
          at[`${child}@key`] = pos(keyAt);
          const value = event(i);
          // An empty value: `yaml` gives it a place of its own just after the colon.
          if (value.type === SCALAR && value.valueStart < 0) throw UNSURE;
          walk(child);
        }
      }
      i++; // the POP
    } else throw UNSURE;
  };

  try {
    let d = 0;
    while (i < events.length) {
      if (event(i++).type !== DOCUMENT) throw UNSURE;
      at = {};
      walk('');
      if (events[i++]?.type !== POP) throw UNSURE;
      const raw = docs[d++];
      const id =
        raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
          ? (raw as { id: string }).id
          : undefined;
      out[positionKey(file, id)] = at;
    }
    if (d !== docs.length) throw UNSURE;
  } catch (err) {
    if (err === UNSURE) return undefined;
    throw err;
  }
  return out;
}
