// Hostile and broken input, one test per finding of issue 12: an overlay cannot replace 112, a
// broken overlay never silences the guide, no control character reaches any output, Markdown
// files hold no HTML or unsafe link, prototype keys are refused, input problems are exit 2 (not
// "internal error"), --out writes only regular files, validate and run agree. In-process through
// main() (tests/helpers/inproc.ts), on temporary copies of the mini fixture deck.

import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Marked } from 'marked';
import { parse } from 'parse5';
import { MINI, NATIONAL_URGENT, tempDir } from '../helpers/cli.js';
import { FORBIDDEN_OUTPUT, runMain, STACK } from '../helpers/inproc.js';
import { readListedFile } from '../../src/io/read-file.js';

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.cleanup());

const NATIONAL_RUN = ['run', ...NATIONAL_URGENT, '--format', 'json'];
const MINI_ANSWERS = [
  '--answer',
  'sektor=skole',
  '--answer',
  'bekymring=vold',
  '--answer',
  'mistenkt=ja',
  '--answer',
  'leder=ja',
];

/** A copy of the mini deck with `edit` applied to one file's text. */
function deck(edits: Record<string, (text: string) => string> = {}): string {
  const dir = join(t.dir, 'deck');
  cpSync(MINI, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits))
    writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

const contact = (stdout: string, id: string) =>
  (JSON.parse(stdout).contacts as { id: string; phone?: string; missing?: boolean }[]).find((c) => c.id === id);

describe('protected national contacts', () => {
  const HIJACK =
    'kind: local\nmunicipality: Eksempel\nreviewed: 2026-11-01\ncontacts:\n  - id: nod-112\n    phone: "815 00 000"\n';

  it('an overlay in the working folder cannot replace 112: the national number stays, stderr says why (nb)', async () => {
    writeFileSync(join(t.dir, 'tiltakskort.local.yaml'), HIJACK);
    const r = await runMain(NATIONAL_RUN, { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(contact(r.stdout, 'nod-112')!.phone).toBe('112');
    expect(r.stdout).not.toContain('815 00 000');
    expect(r.stderr).toContain('tiltakskort.local.yaml:5:9');
    expect(r.stderr).toContain(
      '«nod-112» er en nasjonal kontakt og kan ikke endres i den lokale fila. Det nasjonale nummeret gjelder.',
    );
    const en = await runMain([...NATIONAL_RUN, '--lang', 'en'], { cwd: t.dir });
    expect(en.stderr).toContain('"nod-112" is a national contact and cannot be changed in the local file.');
    const shown = await runMain(['show', 'nod-112', '--format', 'json'], { cwd: t.dir });
    expect(JSON.parse(shown.stdout).phone).toBe('112');
  });

  it('validate --local --strict reports it as an error at file:line:col', async () => {
    writeFileSync(join(t.dir, 'kommune.yaml'), HIJACK);
    const r = await runMain(['validate', '--local', 'kommune.yaml', '--strict'], { cwd: t.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^kommune\.yaml:5:9  error  «nod-112» er en nasjonal kontakt \(112\).*\[local\]$/m);
  });

  it("an overlay contact cannot make itself an emergency number (it would lead the guide's first line)", async () => {
    writeFileSync(
      join(t.dir, 'tiltakskort.local.yaml'),
      'kind: local\nmunicipality: Eksempel\nreviewed: 2026-11-01\ncontacts:\n  - id: falsk\n    name: Ring oss\n    when: Alltid.\n    phone: "22 33 44 55"\n    emergency: true\n    order: 0\n',
    );
    const r = await runMain(['show', 'falsk', '--format', 'json'], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('«falsk» er merket som nødnummer');
  });
});

describe('an overlay never silences the guide', () => {
  it("a typo (YAML syntax) in the working folder's overlay: the run goes on with every national number; the message names the overlay as it is (not cards/…)", async () => {
    writeFileSync(
      join(t.dir, 'tiltakskort.local.yaml'),
      'kind: local\nmunicipality: X\ncontacts:\n  - id: lokal-slt\n    phone: "22 33 44 55\n',
    );
    const r = await runMain(NATIONAL_RUN, { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(contact(r.stdout, 'nod-112')!.phone).toBe('112');
    expect(r.stderr).toMatch(
      /^tiltakskort\.local\.yaml:\d+:\d+  warning  Den lokale fila kan ikke leses; ingen lokale kontakter er lagt inn\./m,
    );
    expect(r.stderr).not.toContain('cards/tiltakskort.local.yaml');
    const en = await runMain([...NATIONAL_RUN, '--lang', 'en'], { cwd: t.dir });
    expect(en.stderr).toContain('The local file cannot be read; no local contacts were added.');
  });

  it('badly formed overlay numbers ("ring meg", "1234") are not shown as numbers; the rest of the overlay is', async () => {
    writeFileSync(
      join(t.dir, 'tiltakskort.local.yaml'),
      'kind: local\nmunicipality: X\nreviewed: 2026-11-01\ncontacts:\n  - id: lokal-barnevernstjeneste\n    phone: "ring meg"\n  - id: lokal-barnevernvakt\n    phone: "1234"\n  - id: lokal-slt\n    phone: "22 33 44 55"\n',
    );
    const r = await runMain(NATIONAL_RUN, { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('ring meg');
    expect(r.stdout).not.toMatch(/"phone": "1234"/);
    expect(contact(r.stdout, 'lokal-barnevernvakt')).toMatchObject({ missing: true });
    expect(r.stderr).toContain('Telefonnummeret til «lokal-barnevernstjeneste» er ikke et gyldig norsk nummer');
    expect(r.stderr).toContain('Telefonnummeret til «lokal-barnevernvakt» er ikke et gyldig norsk nummer');
    const list = await runMain(['show', 'lokal-slt', '--format', 'json'], { cwd: t.dir });
    expect(JSON.parse(list.stdout).phone).toBe('22 33 44 55');
  });
});

describe('no control character reaches any output', () => {
  const ESC = '\u001b]0;pwned\u0007\u001b[2J';

  it('show: the legal basis block', async () => {
    const dir = deck({ 'cards.yaml': (s) => s.replace('law: barnevernsloven', `law: "barnevernsloven${ESC}\\u202e"`) });
    const r = await runMain(['show', 'meldeplikt', '--cards', dir], { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('barnevernsloven');
    expect(r.stdout).not.toMatch(FORBIDDEN_OUTPUT);
  });

  for (const format of ['dot', 'svg', 'mermaid']) {
    it(`graph --format ${format}: the deck title`, async () => {
      const dir = deck({
        'deck.yaml': (s) =>
          s.replace('title: { nb: Minikortstokk, en: Mini deck }', `title: "Mini\\e]0;x\\a\\r\\x9b2J\\u202e"`),
      });
      const r = await runMain(['graph', '--cards', dir, '--format', format], { cwd: t.dir });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(FORBIDDEN_OUTPUT);
      if (format === 'svg') expect(r.stdout).toMatch(/<svg[\s\S]*<\/svg>\s*$/);
    }, 20_000);
  }

  it('error messages: a field name, an answer id, a file name', async () => {
    const dir = deck({
      'cards.yaml': (s) => s.replace('meaning: Meld fra', '"mean\\e[2J\\r\\ning": x\nmeaning: Meld fra'),
    });
    const r1 = await runMain(['run', '--lang', 'en', '--cards', dir, ...MINI_ANSWERS], { cwd: t.dir });
    expect(r1.code).toBe(2);
    expect(r1.stderr).not.toMatch(FORBIDDEN_OUTPUT);
    expect(r1.stderr).toContain('Unknown field "mean\\u001b[2J\\u000d\\u000aing"');
    const r2 = await runMain(['run', '--cards', MINI, '--answer', 'sektor=sk\u001b[31mole\r\nFAKE: ok'], {
      cwd: t.dir,
    });
    expect(r2.code).toBe(2);
    expect(r2.stderr).not.toMatch(FORBIDDEN_OUTPUT);
    expect(r2.stderr).not.toMatch(/^FAKE/m);
    const r3 = await runMain(['run', '--cards', MINI, '--answers', 'x\u001b[2J\n.yaml'], { cwd: t.dir });
    expect(r3.code).toBe(2);
    expect(r3.stderr).not.toMatch(FORBIDDEN_OUTPUT);
    const r4 = await runMain(['--bogus\u001b[2J'], { cwd: t.dir });
    expect(r4.code).toBe(2);
    expect(r4.stderr).not.toMatch(FORBIDDEN_OUTPUT);
  });

  it('JSON: C1 controls and bidi overrides from cards are gone, not just escaped by JSON.stringify', async () => {
    const dir = deck({
      'cards.yaml': (s) =>
        s.replace('meaning: Meld fra skriftlig', 'meaning: "Meld\\x9b31m fra\\u202e\\u2066\\u200f skriftlig') + '',
    });
    const fixed = readFileSync(join(dir, 'cards.yaml'), 'utf8').replace(
      'skriftlig, uten ugrunnet opphold.',
      'skriftlig, uten ugrunnet opphold."',
    );
    writeFileSync(join(dir, 'cards.yaml'), fixed);
    const r = await runMain(['run', '--cards', dir, ...MINI_ANSWERS, '--format', 'json'], { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Meld fra skriftlig');
    expect(r.stdout).not.toMatch(FORBIDDEN_OUTPUT);
  });

  it('validate shows them visibly, with the same cleaner, in every format', async () => {
    const dir = deck({ 'cards.yaml': (s) => s.replace('meaning: Meld fra', '"bad\\e[2Jkey": x\nmeaning: Meld fra') });
    for (const format of ['text', 'json', 'junit', 'github']) {
      const r = await runMain(['validate', dir, '--format', format, '--no-cache'], { cwd: t.dir });
      expect(r.code).toBe(1);
      expect(r.stdout, format).not.toMatch(FORBIDDEN_OUTPUT);
      expect(r.stdout, format).toContain('u001b[2Jkey');
    }
  });
});

describe('Markdown files hold no raw HTML and no unsafe link', () => {
  const HOSTILE =
    '<script>alert(1)</script> <img src=x onerror=alert(1)> [klikk](javascript:alert(1)) ![i](https://evil.example/x.png) <https://evil.example> www.evil.example http://evil.example';
  const marked = new Marked({ gfm: true });

  function elements(html: string): { tag: string; attrs: Record<string, string> }[] {
    const out: { tag: string; attrs: Record<string, string> }[] = [];
    const walk = (n: { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: unknown[] }) => {
      if (n.attrs) out.push({ tag: n.nodeName, attrs: Object.fromEntries(n.attrs.map((a) => [a.name, a.value])) });
      for (const c of n.childNodes ?? []) walk(c as never);
    };
    walk(parse(html) as never);
    return out;
  }

  for (const [what, argv] of [
    ['run --format md', ['run', ...MINI_ANSWERS, '--format', 'md']],
    ['deck --format md', ['deck', '--format', 'md']],
  ] as const) {
    it(`${what}: card text with HTML and links renders as text`, async () => {
      const dir = deck({
        'cards.yaml': (s) =>
          s.replace('meaning: Meld fra skriftlig, uten ugrunnet opphold.', `meaning: ${JSON.stringify(HOSTILE)}`),
      });
      const r = await runMain([...argv, '--cards', dir], { cwd: t.dir });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/<script|<img|<https/i);
      const els = elements(marked.parse(r.stdout, { async: false }) as string);
      expect(els.map((e) => e.tag)).not.toContain('script');
      expect(els.map((e) => e.tag)).not.toContain('img');
      for (const e of els) {
        for (const name of Object.keys(e.attrs)) expect(name).not.toMatch(/^on/i);
        if (e.attrs.href !== undefined) expect(e.attrs.href).toMatch(/^(https:|mailto:|tel:)/);
      }
      // The text itself is still there for the reader.
      expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });
  }

  it('safe links stay links', async () => {
    const r = await runMain(['run', '--cards', MINI, ...MINI_ANSWERS, '--format', 'md'], { cwd: t.dir });
    expect(r.stdout).toContain('[barnevernsloven § 13-2](https://lovdata.no/lov/2021-06-18-97/§13-2)');
  });
});

describe('prototype keys in answers', () => {
  it('--answer __proto__=x is a usage error (exit 2), not silently dropped', async () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const r = await runMain(['run', '--cards', MINI, '--answer', `${key}=x`], { cwd: t.dir });
      expect(r.code, key).toBe(2);
      expect(r.stderr).toContain(`"${key}" er ikke en spørsmål-id`);
    }
  });

  it('an answers file with a __proto__ key (JSON and YAML) is a usage error', async () => {
    writeFileSync(join(t.dir, 'a.json'), '{"__proto__": {"sektor": "skole"}, "sektor": "skole"}');
    writeFileSync(join(t.dir, 'a.yaml'), '__proto__: x\nsektor: skole\n');
    for (const f of ['a.json', 'a.yaml']) {
      const r = await runMain(['run', '--cards', MINI, '--answers', f], { cwd: t.dir });
      expect(r.code, f).toBe(2);
      expect(r.stderr).toContain('"__proto__" er ikke en spørsmål-id');
    }
  });
});

describe('input problems are the user\'s, with exit 2 and a clear message (never "internal error")', () => {
  const BOMB =
    'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\nkind: step\nid: bombe\n';

  it('an alias bomb: a content error with file and line, quickly, from run and validate', async () => {
    const dir = deck();
    writeFileSync(join(dir, 'bomb.yaml'), BOMB);
    const start = Date.now();
    const r = await runMain(['run', '--cards', dir, ...MINI_ANSWERS], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /deck\/bomb\.yaml:1:1  error  Dokumentet er nestet dypere enn 64 nivåer eller blir \(gjennom aliaser\)/,
    );
    expect(r.stderr).not.toContain('internal error');
    const v = await runMain(['validate', dir, '--no-cache'], { cwd: t.dir });
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/bomb\.yaml:1:1  error  .*aliaser.*\[yaml\]/);
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it('deep nesting: a content error, not a stack overflow', async () => {
    const dir = deck();
    writeFileSync(join(dir, 'deep.yaml'), `kind: step\nid: dyp\ntitle: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    const r = await runMain(['run', '--cards', dir, ...MINI_ANSWERS], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/deep\.yaml:\d+:\d+  error/);
    expect(r.stderr).not.toContain('internal error');
  });

  it('a folder passed to --local: exit 2 with a clear message (run and validate)', async () => {
    mkdirSync(join(t.dir, 'mappe'));
    const r = await runMain(['run', '--cards', MINI, '--local', 'mappe', ...MINI_ANSWERS], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('mappe:1:1  error  Dette er en mappe; det skulle vært en fil.  [io]');
    const v = await runMain(['validate', MINI, '--local', 'mappe'], { cwd: t.dir });
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('Kan ikke lese den lokale fila "mappe": Dette er en mappe; det skulle vært en fil.');
  });

  it('a folder as the answers file: exit 2', async () => {
    mkdirSync(join(t.dir, 'svar.yaml'));
    const r = await runMain(['run', '--cards', MINI, '--answers', 'svar.yaml'], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Kan ikke lese svarfila "svar.yaml": Dette er en mappe');
  });

  it.skipIf(process.getuid?.() === 0)(
    'an unreadable card file: a finding at the file, exit 2, not an internal error',
    async () => {
      const dir = deck();
      chmodSync(join(dir, 'cards.yaml'), 0o000);
      const r = await runMain(['run', '--cards', dir, ...MINI_ANSWERS], { cwd: t.dir });
      chmodSync(join(dir, 'cards.yaml'), 0o600);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('cards.yaml:1:1  error  The file cannot be read');
    },
  );

  it('a FIFO named like a card file: never opened (no hang), reported by run and validate', async () => {
    const dir = deck();
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    const r = await runMain(['run', '--cards', dir, ...MINI_ANSWERS], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'fifo.yaml:1:1  error  Dette er ikke en vanlig fil (en pipe, socket eller enhet); den ble ikke åpnet.  [io]',
    );
    const v = await runMain(['validate', dir, '--no-cache'], { cwd: t.dir });
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('fifo.yaml:1:1  error  Dette er ikke en vanlig fil');
    const a = await runMain(['run', '--cards', MINI, '--answers', join(dir, 'fifo.yaml')], { cwd: t.dir });
    expect(a.code).toBe(2);
  });
});

describe('a card file read in one call after the listing (io/read-file.ts readListedFile)', () => {
  it('reads a card file that is a symlink to a regular file, as the listing counted it', async () => {
    const dir = deck();
    const target = join(t.dir, 'elsewhere.yaml');
    writeFileSync(target, readFileSync(join(dir, 'cards.yaml')));
    rmSync(join(dir, 'cards.yaml'));
    symlinkSync(target, join(dir, 'cards.yaml'));
    const r = await runMain(['run', '--cards', dir, ...MINI_ANSWERS], { cwd: t.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('names what a file swapped after the listing has become: a FIFO or a folder', () => {
    const fifo = join(t.dir, 'swapped.yaml');
    execFileSync('mkfifo', [fifo]);
    // No writer: the one-call read would see an empty file; the careful read names a pipe.
    expect(() => readListedFile(fifo)).toThrow(expect.objectContaining({ problem: 'special' }));
    mkdirSync(join(t.dir, 'folder.yaml'));
    expect(() => readListedFile(join(t.dir, 'folder.yaml'))).toThrow(expect.objectContaining({ problem: 'directory' }));
    const big = join(t.dir, 'big.yaml');
    writeFileSync(big, 'x'.repeat(100));
    expect(() => readListedFile(big, 50)).toThrow(expect.objectContaining({ problem: 'too-large', size: 100 }));
    expect(readListedFile(big, 100)).toBe('x'.repeat(100));
  });
});

describe('--out writes only regular files', () => {
  const OUT = ['run', '--cards', MINI, ...MINI_ANSWERS];

  it('never follows or replaces a symlink, with or without --force', async () => {
    writeFileSync(join(t.dir, 'target.txt'), 'keep me');
    symlinkSync(join(t.dir, 'target.txt'), join(t.dir, 'link.md'));
    for (const force of [[], ['--force']]) {
      const r = await runMain([...OUT, '--out', 'link.md', ...force], { cwd: t.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('"link.md" er en symbolsk lenke; ingenting ble skrevet.');
    }
    expect(lstatSync(join(t.dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(t.dir, 'link.md'))).toBe(join(t.dir, 'target.txt'));
    expect(readFileSync(join(t.dir, 'target.txt'), 'utf8')).toBe('keep me');
  });

  it('never replaces a FIFO, a device or a folder', async () => {
    execFileSync('mkfifo', [join(t.dir, 'pipe.md')]);
    mkdirSync(join(t.dir, 'dir.md'));
    for (const out of [join(t.dir, 'pipe.md'), join(t.dir, 'dir.md'), '/dev/null']) {
      const r = await runMain([...OUT, '--out', out, '--force', '--format', 'md'], { cwd: t.dir });
      expect(r.code, out).toBe(2);
    }
    expect(lstatSync(join(t.dir, 'pipe.md')).isFIFO()).toBe(true);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('still replaces a regular file with --force, owner-only', async () => {
    writeFileSync(join(t.dir, 'old.md'), 'old');
    const r = await runMain([...OUT, '--out', 'old.md', '--force'], { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(t.dir, 'old.md'), 'utf8')).toContain('Opplysningsplikt');
    expect(lstatSync(join(t.dir, 'old.md')).mode & 0o777).toBe(0o600);
    expect(existsSync(join(t.dir, 'old.md'))).toBe(true);
  });
});

describe('one assembler: validate and run agree', () => {
  it('the same problem gets the same rule, position, message and hint from validate and run', async () => {
    const dir = deck();
    writeFileSync(join(dir, 'overlay-here.yaml'), 'kind: local\nmunicipality: X\ncontacts: []\n');
    writeFileSync(
      join(dir, 'bad-ref.yaml'),
      'kind: step\nid: ekstra\ntitle: Ekstra\nurgency: later\nsources: [finnes-ikke]\n',
    );
    // In one language for both (English: the texts below), as a user would run them.
    const run = await runMain(['run', '--lang', 'en', '--cards', dir, ...MINI_ANSWERS], { cwd: t.dir });
    const val = await runMain(['validate', '--lang', 'en', dir, '--no-cache'], { cwd: t.dir });
    expect(run.code).toBe(2);
    const errors = (s: string) =>
      s
        .split('\n')
        .filter((l) => /  error  /.test(l))
        .map((l) => l.replace(/^deck\//, ''));
    const runErrors = errors(run.stderr);
    expect(runErrors.length).toBeGreaterThanOrEqual(2);
    for (const line of runErrors) expect(errors(val.stdout)).toContain(line);
    expect(run.stderr).toContain(
      'overlay-here.yaml:1:7  error  A local overlay does not belong in the deck folder.  [local]',
    );
    expect(val.stdout).toContain(
      'hint: Keep it outside the deck and pass it with --local FILE (or name it tiltakskort.local.yaml in the working directory).',
    );
  });
});

describe('no stack trace, ever', () => {
  it('a broken card file is exit 2 with no stack', async () => {
    const dir = deck({ 'cards.yaml': () => '\u0000\u0001: [\n' });
    const r = await runMain(['run', '--cards', dir], { cwd: t.dir });
    expect([1, 2]).toContain(r.code);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).not.toMatch(FORBIDDEN_OUTPUT);
  });
});
