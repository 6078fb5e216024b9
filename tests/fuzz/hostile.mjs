// The hostile-input property, shared by the short run in `npm test` (tests/unit/fuzz.test.ts, on
// src/) and the long run (`node scripts/fuzz.mjs --runs N`, on dist/). Plain JavaScript so both
// can load it.
//
// Each case: a copy of the mini fixture deck with random and hostile strings put into card text
// fields (sometimes ids, URLs and phone numbers too), a random overlay, a random answers file and
// hostile arguments; then one command in one output format, in-process through main() and its
// CliIO seam. It must hold: exit code 0, 1, 2 or 3; no stack trace and no "internal error"; no
// C0/C1 control character (but the newline) or bidi control in stdout or stderr; HTML that parses
// with only our own elements, no event handler and no unsafe link; Markdown that, rendered,
// holds no script, event handler or link other than https:, mailto: and tel:.

import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import fc from 'fast-check';
import { Marked } from 'marked';
import { parse } from 'parse5';
import { parseAllDocuments, stringify } from 'yaml';

export const FORBIDDEN_OUTPUT = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

const PIECES = [
  '\u001b]0;pwned\u0007',
  '\u001b]8;;https://evil.example\u001b\\',
  '\u001b[2J',
  '\u001b[31m',
  '\u001bc',
  '\u009b2J',
  '\u0090q\u009c',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u200e',
  '\u061c',
  '\r',
  '\r\n',
  '\n',
  '\t',
  '\u0000',
  '\u0007',
  '\u0008',
  '\u007f',
  '\u0085',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</p><p onclick="alert(1)">',
  '"><svg onload=alert(1)>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x]( javascript:alert(1) )',
  '[x](<javascript:alert(1)>)',
  '[x](data:text/html,<b>)',
  '![i](https://evil.example/i.png)',
  '<https://evil.example>',
  '<javascript:alert(1)>',
  '[r]: javascript:alert(1)',
  '\n[r]: javascript:alert(1)\n[r]',
  '[r][r]',
  'javascript:alert(1)',
  'www.evil.example',
  'http://evil.example',
  'ftp://evil.example',
  '&#x3C;script&#x3E;',
  '&lt;b&gt;',
  '&amp;',
  '<!-- c -->',
  '<style>*{}</style>',
  '<iframe src=x>',
  '<a href="javascript:alert(1)">a</a>',
  '`<b>`',
  '**',
  '_',
  '\\',
  '\\[',
  '\\<',
  '__proto__',
  'constructor',
  'prototype',
  '%0A',
  '::error::x',
  '# heading',
  '\n# H\n',
  '\n> quote\n',
  '|a|b|\n|-|-|',
  '$' + '{x}',
  "'",
  '"',
  '&',
  '<',
  '>',
  ']]>',
  '</title>',
  '</svg>',
  '"];\n',
  '"; label="x',
  'ÆØÅ æøå',
  '👍',
  '\ud800',
  '\uFEFF',
  '\u2028',
  'A'.repeat(300),
];

/** Random and hostile text. */
export const hostile = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }).map((a) => a.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(20_000), '['.repeat(300) + ']'.repeat(300)) },
);

/** Card fields that hold text (mutated often), and fields that hold ids or addresses (rarely). */
const TEXT_KEYS = new Set([
  'title',
  'summary',
  'meaning',
  'limits',
  'share',
  'with',
  'why',
  'not',
  'name',
  'hours',
  'when',
  'text',
  'label',
  'help',
  'section',
  'nb',
  'en',
  'law',
  'publisher',
  'actNow',
  'record',
  'disagree',
  'disclaimer',
  'municipality',
]);
const OTHER_KEYS = new Set(['id', 'url', 'phone', 'version', 'goto', 'next', 'start']);

const MUTATION = fc.record({
  pick: fc.nat(),
  text: hostile,
  how: fc.constantFrom('replace', 'append', 'prepend'),
  // Most cases keep the deck usable, so the output formats are reached; a few break it.
  other: fc.oneof({ weight: 12, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  key: fc.oneof({ weight: 30, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: hostile }),
});

const OVERLAY = fc.option(
  fc.record({
    file: fc.constantFrom('default', 'flag'),
    municipality: hostile,
    entries: fc.array(
      fc.record({
        id: fc.oneof(fc.constantFrom('nod-112', 'politi-112', 'lokal-barnevern', 'ny-kontakt', 'anonym'), hostile),
        name: fc.option(hostile),
        when: fc.option(hostile),
        phone: fc.option(fc.oneof(fc.constantFrom('22 33 44 55', '112', 'ring meg', '1234', '815 00 000'), hostile)),
        url: fc.option(fc.oneof(fc.constantFrom('https://example.no', 'javascript:alert(1)'), hostile)),
        emergency: fc.option(fc.boolean()),
        extra: fc.option(hostile),
      }),
      { maxLength: 4 },
    ),
    broken: fc.constantFrom('', '', '', 'syntax', 'alias', 'list'),
  }),
  { freq: 2 },
);

const ANSWERS = fc.record({
  json: fc.boolean(),
  entries: fc.array(
    fc.tuple(
      fc.oneof(fc.constantFrom('sektor', 'bekymring', 'mistenkt', 'leder', '__proto__', 'constructor'), hostile),
      fc.oneof(fc.constantFrom('skole', 'vold', 'ja', 'nei', 'akutt'), hostile, fc.array(hostile, { maxLength: 2 })),
    ),
    { maxLength: 5 },
  ),
});

const GOOD_ANSWERS = [
  '--answer',
  'sektor=skole',
  '--answer',
  'bekymring=vold',
  '--answer',
  'mistenkt=ja',
  '--answer',
  'leder=ja',
];

/** Every command in every output format (argv with D for the deck, O for the overlay flag, A for the answers file, H for a hostile argument). */
export const COMMANDS = [
  ...['json', 'md', 'text', 'html'].map((f) => ['run', '--cards', 'D', ...GOOD_ANSWERS, '--format', f, 'O']),
  ...['json', 'md', 'text', 'html'].map((f) => ['run', '--cards', 'D', '--answers', 'A', '--format', f]),
  ['run', '--cards', 'D', '--answer', 'H=H'],
  ['run', '--cards', 'D', '--answer', 'sektor=H', '--format', 'json'],
  ['run', '--cards', 'D', '--format', 'text'],
  ['run', '--cards', 'D', ...GOOD_ANSWERS, '--out', 'F', '--format', 'md'],
  ...['text', 'json'].map((f) => ['show', 'meldeplikt', '--cards', 'D', '--format', f, 'O']),
  ...['text', 'json'].map((f) => ['show', 'lokal-barnevern', '--cards', 'D', '--format', f, 'O']),
  ['show', 'H', '--cards', 'D'],
  ...['text', 'json'].map((f) => ['list', '--cards', 'D', '--format', f, 'O']),
  ['list', 'H', '--cards', 'D'],
  ['search', 'barn', '--cards', 'D'],
  ['search', 'H', '--cards', 'D', '--format', 'json'],
  ['search', 'H', '--cards', 'D'],
  ...['mermaid', 'dot', 'svg', 'html'].map((f) => ['graph', '--cards', 'D', '--format', f]),
  ['graph', '--cards', 'D', '--highlight', 'A', '--format', 'mermaid'],
  ...['html', 'md'].map((f) => ['deck', '--cards', 'D', '--format', f, 'O']),
  ...['text', 'json', 'junit', 'github'].map((f) => ['validate', 'D', '--format', f, '--no-cache', 'O']),
  ...['text', 'json', 'junit', 'github'].map((f) => ['test', 'D', '--format', f, '--no-cache']),
  ['train', 'H', '--cards', 'D', '--answers', 'A'],
  ['H'],
  ['--H'],
  ['run', '--H'],
  ['run', '--lang', 'H'],
];

const MINI = new URL('../fixtures/mini/', import.meta.url);

let miniCache;
/** The mini deck's documents, parsed once; each case gets its own copy. */
function miniDocs() {
  miniCache ??= readMini();
  return structuredClone(miniCache);
}

function readMini() {
  const out = [];
  const walk = (rel) => {
    for (const name of readdirSync(new URL(rel, MINI))) {
      const relPath = rel ? `${rel}${name}` : name;
      if (statSync(new URL(relPath, MINI)).isDirectory()) walk(`${relPath}/`);
      else
        out.push({
          file: relPath,
          docs: parseAllDocuments(readFileSync(new URL(relPath, MINI), 'utf8')).map((d) => d.toJS()),
        });
    }
  };
  walk('');
  return out;
}

/** The string leaves of the deck, with how to set each. */
function leaves(files) {
  const out = [];
  const visit = (holder, key, value, keyName) => {
    if (typeof value === 'string') out.push({ holder, key, keyName, value });
    else if (Array.isArray(value)) value.forEach((v, i) => visit(value, i, v, keyName));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(value, k, v, k);
  };
  files.forEach((f, file) => {
    const start = out.length;
    f.docs.forEach((d, i) => visit(f.docs, i, d, ''));
    for (let i = start; i < out.length; i++) out[i].file = file;
  });
  return out;
}

const made = new Set();
/** The text of each file in the scratch deck, as last written (caseFolder keeps the deck's folder). */
const written = new Map();
/** Each mini file's text before any mutation, stringified once. */
let plainTexts;

/**
 * Writes the file if its text changed since the last case. A new file, never one truncated and
 * rewritten in place: ext4 flushes such a file to disk when it is closed (about a millisecond each,
 * most of a case's time on a busy disk).
 */
function writeIfChanged(path, text) {
  if (written.get(path) === text) return;
  rmSync(path, { force: true });
  writeFileSync(path, text);
  written.set(path, text);
}

function writeDeck(dir, mutations) {
  const files = miniDocs();
  const all = leaves(files);
  const text = all.filter((l) => TEXT_KEYS.has(l.keyName));
  const other = all.filter((l) => OTHER_KEYS.has(l.keyName));
  const changed = new Set();
  for (const m of mutations) {
    const pool = m.other ? other : text;
    const leaf = pool[m.pick % pool.length];
    changed.add(leaf.file);
    const value = m.how === 'replace' ? m.text : m.how === 'append' ? leaf.value + m.text : m.text + leaf.value;
    leaf.holder[leaf.key] = value;
    if (m.key !== null && leaf.holder && !Array.isArray(leaf.holder)) leaf.holder[m.key] = 'x';
  }
  const folder = (d) => {
    if (!made.has(d)) mkdirSync(d, { recursive: true });
    made.add(d);
  };
  const yamlOf = (f) => f.docs.map((d) => stringify(d)).join('---\n');
  plainTexts ??= miniDocs().map(yamlOf);
  files.forEach((f, i) => {
    folder(join(dir, f.file, '..'));
    writeIfChanged(join(dir, f.file), changed.has(i) ? yamlOf(f) : plainTexts[i]);
  });
  folder(join(dir, 'scenarios'));
  const title = mutations[0]?.text ?? 'Skole';
  writeIfChanged(
    join(dir, 'scenarios', 's.yaml'),
    stringify({
      kind: 'scenario',
      id: 's1',
      title,
      answers: { sektor: 'skole', bekymring: ['vold'], mistenkt: 'ja', leder: 'ja' },
      expect: { duties: { include: ['meldeplikt'] } },
    }),
  );
}

function writeOverlay(path, o) {
  if (o.broken === 'syntax') return writeFileSync(path, 'kind: local\nmunicipality: "x\ncontacts: [\n');
  if (o.broken === 'alias')
    return writeFileSync(
      path,
      'a: &a [x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d]\nkind: local\n',
    );
  if (o.broken === 'list') return writeFileSync(path, '- 1\n- 2\n');
  const contacts = o.entries.map((e) => {
    const c = { id: e.id };
    for (const k of ['name', 'when', 'phone', 'url', 'emergency']) if (e[k] !== null) c[k] = e[k];
    if (e.extra !== null) c[e.extra] = 'x';
    return c;
  });
  writeFileSync(path, stringify({ kind: 'local', municipality: o.municipality, reviewed: '2026-11-01', contacts }));
}

function writeAnswers(path, a) {
  const obj = {};
  for (const [k, v] of a.entries)
    Object.defineProperty(obj, k, { value: v, enumerable: true, writable: true, configurable: true });
  writeFileSync(path, a.json ? JSON.stringify(obj) : stringify(obj));
}

const ALLOWED_ELEMENTS = new Set([
  'html',
  'head',
  'body',
  'meta',
  'title',
  'style',
  'main',
  'header',
  'footer',
  'section',
  'article',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'p',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'strong',
  'em',
  'a',
  'label',
  'input',
  'span',
  'br',
  'code',
  'del',
  'div',
  'nav',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'hr',
  'small',
  'details',
  'summary',
  'aside',
  // Graphviz SVG
  'svg',
  'g',
  'path',
  'polygon',
  'polyline',
  'ellipse',
  'text',
  'defs',
  'title',
  'a',
  'rect',
  'circle',
  'line',
  'lineargradient',
  'stop',
  'radialgradient',
]);
const SAFE_HREF = /^(https:|mailto:|tel:|#)/i;

function htmlProblems(html, { allowHttp }) {
  const problems = [];
  const walk = (n) => {
    if (n.attrs) {
      const tag = n.nodeName.toLowerCase();
      if (!ALLOWED_ELEMENTS.has(tag)) problems.push(`element <${tag}>`);
      for (const a of n.attrs) {
        if (/^on/i.test(a.name)) problems.push(`event handler ${a.name}`);
        if (
          ['href', 'src', 'xlink:href', 'action', 'formaction'].includes(a.name) &&
          !(SAFE_HREF.test(a.value) || (allowHttp && /^http:/i.test(a.value)))
        )
          problems.push(`link ${a.name}=${JSON.stringify(a.value)}`);
      }
    }
    for (const c of n.childNodes ?? []) walk(c);
    if (n.content) walk(n.content);
  };
  walk(parse(html));
  return problems;
}

const marked = new Marked({ gfm: true });

/** What is wrong with one command's result, if anything. */
export function problemsOf(_argv, r, format) {
  const p = [];
  if (![0, 1, 2, 3].includes(r.code)) p.push(`exit code ${r.code}`);
  for (const [name, s] of [
    ['stdout', r.stdout],
    ['stderr', r.stderr],
  ]) {
    if (STACK.test(s)) p.push(`stack trace on ${name}`);
    const m = FORBIDDEN_OUTPUT.exec(s);
    if (m)
      p.push(
        `control character U+${m[0].codePointAt(0).toString(16).padStart(4, '0')} on ${name} at ${m.index}: ${JSON.stringify(s.slice(Math.max(0, m.index - 40), m.index + 20))}`,
      );
  }
  if (/internal error/.test(r.stderr)) p.push(`internal error: ${r.stderr.slice(0, 300)}`);
  if (r.code === 0 && format === 'html')
    p.push(...htmlProblems(r.stdout, { allowHttp: true }).map((x) => `html: ${x}`));
  if (r.code === 0 && format === 'md') {
    p.push(
      ...htmlProblems(marked.parse(r.stdout, { async: false }), { allowHttp: false }).map((x) => `markdown: ${x}`),
    );
  }
  return p;
}

/** The case generator: deck mutations, overlay, answers, hostile argument, command. */
export const CASE = fc.record({
  mutations: fc.array(MUTATION, { minLength: 1, maxLength: 6 }),
  overlay: OVERLAY,
  answers: ANSWERS,
  arg: hostile,
  command: fc.nat({ max: COMMANDS.length - 1 }),
});

function sink() {
  const chunks = [];
  return {
    stream: new Writable({
      write(c, _e, cb) {
        chunks.push(String(c));
        cb();
      },
    }),
    text: () => chunks.join(''),
  };
}

let scratch;
/**
 * The folder every case runs in, one per process, emptied between cases but for the deck's
 * folders (each case writes every deck file anew): a new temporary folder per case cost more
 * than the case itself (mkdir, rmdir).
 */
function caseFolder() {
  if (scratch === undefined) {
    scratch = mkdtempSync(join(tmpdir(), 'tiltakskort-fuzz-'));
    process.once('exit', removeCaseFolder); // scripts/fuzz.mjs; a vitest worker may end without 'exit'
  } else
    for (const name of readdirSync(scratch))
      if (name !== 'deck') rmSync(join(scratch, name), { recursive: true, force: true });
  return scratch;
}

/** Removes the folder the cases ran in (the test file's afterAll); the next case makes a new one. */
export function removeCaseFolder() {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
  made.clear();
  written.clear();
}

/** Run one case in an empty folder (but the deck's folders); returns the problems found (empty: it held). */
export async function runCase(main, c, stats) {
  const dir = caseFolder();
  const deckDir = join(dir, 'deck');
  writeDeck(deckDir, c.mutations);
  let overlayFlag = [];
  if (c.overlay) {
    const flag = c.overlay.file === 'flag';
    writeOverlay(join(dir, flag ? 'kommune.yaml' : 'tiltakskort.local.yaml'), c.overlay);
    if (flag) overlayFlag = ['--local', 'kommune.yaml'];
  }
  writeAnswers(join(dir, 'svar.yaml'), c.answers);
  const template = COMMANDS[c.command];
  const argv = template.flatMap((a) =>
    a === 'D'
      ? [deckDir]
      : a === 'A'
        ? [join(dir, 'svar.yaml')]
        : a === 'O'
          ? overlayFlag
          : a === 'F'
            ? [`out-${c.arg.replace(/[/\\]/g, '_')}.md`]
            : [a.replace(/H/g, () => c.arg)],
  );
  const format = argv[argv.indexOf('--format') + 1];
  const out = sink();
  const err = sink();
  const code = await main({
    argv,
    cwd: dir,
    env: { NO_COLOR: '1', SOURCE_DATE_EPOCH: '1795392000', TILTAKSKORT_CACHE_DIR: '' },
    stdin: new PassThrough(),
    stdout: out.stream,
    stderr: err.stream,
  });
  const r = { code, stdout: out.text(), stderr: err.text() };
  const mdFormat =
    format === 'md' && !argv.includes('--out')
      ? 'md'
      : format === 'html'
        ? 'html'
        : format === 'svg'
          ? 'svg'
          : undefined;
  const problems = problemsOf(argv, r, mdFormat);
  stats?.(r.code);
  return problems.length
    ? { argv: argv.map((a) => JSON.stringify(a)).join(' '), problems, stderr: r.stderr.slice(0, 500) }
    : undefined;
}

/** The property for fast-check's asyncProperty. */
export function hostileProperty(main, stats) {
  return fc.asyncProperty(CASE, async (c) => {
    const bad = await runCase(main, c, stats);
    if (bad) throw new Error(`${bad.problems.join('\n')}\n  argv: ${bad.argv}\n  stderr: ${bad.stderr}`);
  });
}
