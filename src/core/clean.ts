// The one cleaner for text that comes from outside the code (cards, overlays, answers, arguments,
// file names, other programs' error messages) on its way to any output. Pure: no I/O.
//
// What it removes or shows: terminal escape sequences, every C0 control character but the
// newline, DEL, every C1 control character, and the Unicode bidirectional controls (Bidi_Control:
// U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069: "Trojan Source"). Such characters can
// retitle or clear a terminal, hide or reorder what is shown, and make XML ill-formed.
// `validate` reports them in cards (rule control-chars) with this same set.

/** One control character of the set above (tab, newline and CR included: the modes decide). */
export const CONTROL_CHAR = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const CONTROL_ALL = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** A control character that card text may not hold (tab and newline are fine in YAML text). */
export const FORBIDDEN_IN_TEXT =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Whole escape sequences (CSI, OSC, and two-character escapes), so no "[2J" is left behind when
 * the escape character goes. After ansi-regex (MIT), with OSC ended by BEL or ST.
 */
const SEQUENCE =
  /(?:\u001B\][^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?)|(?:[\u001B\u009B][[\]()#;?]*(?:\d{1,4}(?:[;:]\d{0,4})*)?[\dA-PR-TZcf-nq-uy=><~])/g;

export type CleanMode =
  /** Multi-line text for output: sequences and controls dropped, newlines kept, tab → space. */
  | 'text'
  /** One line (a title, a label): as `text`, and newlines become spaces. */
  | 'line'
  /** Messages about the input (errors, diagnostics): every control shown as \uXXXX, on one line. */
  | 'visible';

/** The cleaner. Fast when there is nothing to clean (the usual case). */
export function clean(s: string, mode: CleanMode = 'text'): string {
  if (!CONTROL_CHAR.test(s)) return s;
  if (mode === 'visible') return s.replace(CONTROL_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  let out = s.replace(/\r\n/g, '\n').replace(SEQUENCE, '').replace(/\t/g, ' ');
  if (mode === 'line') out = out.replace(/\n/g, ' ');
  return out.replace(CONTROL_ALL, (c) => (c === '\n' ? c : ''));
}

/**
 * Every string in a value (cards, the deck meta), cleaned, keys included; the same value when
 * nothing needed cleaning. Plain data only (what the YAML and JSON loaders produce).
 */
export function cleanDeep<T>(value: T): T {
  return walk(value) as T;
}

function walk(v: unknown): unknown {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) {
    let changed = false;
    const out = v.map((x) => {
      const y = walk(x);
      if (y !== x) changed = true;
      return y;
    });
    return changed ? out : v;
  }
  if (v !== null && typeof v === 'object') {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const key = clean(k, 'line');
      const y = walk(x);
      if (y !== x || key !== k) changed = true;
      // defineProperty: a "__proto__" key from a YAML or JSON file stays a plain key.
      Object.defineProperty(out, key, { value: y, enumerable: true, writable: true, configurable: true });
    }
    return changed ? out : v;
  }
  return v;
}

/** A value from outside, quoted for a message: one line, controls visible, at most 200 characters. */
export function quote(value: unknown): string {
  const s = clean(String(value), 'visible');
  return `"${s.length > 200 ? `${s.slice(0, 200)}…` : s}"`;
}
