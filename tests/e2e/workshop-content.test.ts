// Training cases and free text are content: `validate` checks cases (shape, references, the
// route, repealed provisions, review dates) and finds repealed provisions in any text, each with
// file:line:col; `test` runs every case's route and repeats nothing validate reports; CI output
// puts errors first and writes a job summary. Through the built CLI, on copies of real decks.

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, ROOT, tempDir } from '../helpers/cli.js';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

// Each deck is copied once for the file, and a test gets a tree of hard links to that copy: four
// copies of the national deck (~300 files) and their removal were most of this file's time. A
// test changes a deck file only through write(), which puts a file of its own in place of the
// link, so the copy the other tests link to stays as it was (and the repository's cards are
// never linked).
let originals: ReturnType<typeof tempDir>;
const copies = new Map<string, string>();
beforeAll(() => {
  originals = tempDir();
});
afterAll(() => originals.cleanup());

function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (e.isDirectory()) linkTree(join(from, e.name), join(to, e.name));
    else linkSync(join(from, e.name), join(to, e.name));
  }
}
/** A deck folder as a user has it (regular files), in this test's folder. */
function copy(from: string): string {
  let original = copies.get(from);
  if (original === undefined) {
    original = join(originals.dir, String(copies.size));
    cpSync(from, original, { recursive: true });
    copies.set(from, original);
  }
  const dir = join(t.dir, 'deck');
  linkTree(original, dir);
  return dir;
}
/** A deck file's new text, as a file of its own (never through the link). */
function write(file: string, text: string): void {
  rmSync(file);
  writeFileSync(file, text);
}
function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" not in ${file}`);
  write(file, text.replace(from, to));
}
/** 1-based line and column of `needle` in a file. */
function where(file: string, needle: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  return `${i + 1}:${lines[i]!.indexOf(needle) + 1}`;
}

describe('validate: cases and text', () => {
  it('reports a wrong option id in a case at its file:line:col, with the valid ids', async () => {
    const dir = copy(join(ROOT, 'tests', 'fixtures', 'workshop', 'deck'));
    const file = join(dir, 'cases', 'vold-skole.yaml');
    edit(file, '  mistenkt: ja', '  mistenkt: jaa');
    const r = await cli(['--lang', 'en', 'validate', dir, '--no-cache']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `${join(dir, 'cases', 'vold-skole.yaml')}:${where(file, 'jaa')}  error  Unknown option "jaa" for question "mistenkt".  [case]`,
    );
    expect(r.stdout).toMatch(/hint: Did you mean "ja"\?/);
  });

  it('a recommended route that does not fit the flow: the problem and the valid ids, bokmål by default', async () => {
    const dir = copy(join(ROOT, 'tests', 'fixtures', 'workshop', 'deck'));
    const file = join(dir, 'cases', 'vold-skole.yaml');
    edit(file, '  mistenkt: ja', '  mistenkt: [ja, nei]');
    const nb = await cli(['validate', dir, '--no-cache']);
    expect(nb.code).toBe(1);
    expect(nb.stdout).toContain(
      'vold-skole.yaml:9:3  error  Spørsmålet «mistenkt» tar ett svar, men fikk 2.  [case]\n    tips: Gyldige her: ja, nei.\n',
    );
    const en = await cli(['validate', dir, '--no-cache', '--lang', 'en']);
    expect(en.stdout).toContain(
      'vold-skole.yaml:9:3  error  Question "mistenkt" takes one answer, got 2.  [case]\n    hint: Valid here: ja, nei.\n',
    );
  });

  it('reports an unknown field, a bad sector and an incomplete route in cases', async () => {
    const dir = copy(join(ROOT, 'tests', 'fixtures', 'workshop', 'deck'));
    const a = join(dir, 'cases', 'vold-skole.yaml');
    edit(a, 'sector: skole', 'sector: skolen');
    const b = join(dir, 'cases', 'omsorg-barnehage.yaml');
    edit(b, 'kind: case', 'kind: case\nnotes: x');
    const r = await cli(['validate', dir, '--no-cache', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`vold-skole.yaml:${where(a, 'skolen')}  error  Unknown sector "skolen".`);
    expect(r.stdout).toContain(`omsorg-barnehage.yaml:${where(b, 'notes')}  error  Unknown field "notes".`);
  });

  it("finds a repealed provision in a card's text, a step and a case's debrief, at the field", async () => {
    const dir = copy(join(ROOT, 'cards'));
    const duty = join(dir, 'duties', 'plikten-er-personlig.yaml');
    const dutyText = readFileSync(duty, 'utf8');
    const meaning = /\nmeaning:\n  nb: (>-\n    )?/.exec(dutyText)!;
    write(duty, dutyText.replace(meaning[0], `${meaning[0]}Etter barnevernloven § 6-4 gjelder dette. `));
    const steps = join(dir, 'steps', 'steg.yaml');
    const stepText = readFileSync(steps, 'utf8');
    const text = /\ntext:\n  nb: (>-\n    )?/.exec(stepText)!;
    write(steps, stepText.replace(text[0], `${text[0]}Se IS-1742. `));
    const kase = join(dir, 'cases', 'stille-elev.yaml');
    edit(kase, 'debrief:\n  nb: ', 'debrief:\n  nb: Opplæringslova § 15-3 gjaldt før. ');
    const r = await cli(['validate', dir, '--no-cache', '--lang', 'en']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l.includes('[repealed]'));
    expect(lines).toHaveLength(3);
    // At the words themselves: line and column of the match in the file.
    expect(lines.join('\n')).toContain(
      `duties/plikten-er-personlig.yaml:${where(duty, 'barnevernloven § 6-4')}  error`,
    );
    expect(lines.join('\n')).toContain(`steps/steg.yaml:${where(steps, 'IS-1742')}  error`);
    expect(lines.join('\n')).toContain(`cases/stille-elev.yaml:${where(kase, 'Opplæringslova § 15-3')}  error`);
    expect(lines.every((l) => /:\d+:\d+  error  The text names a repealed or renumbered provision: "/.test(l))).toBe(
      true,
    );
  });
});

describe('train points at the line to fix', () => {
  it('a wrong option id in the case: file:line:col before anything is asked', async () => {
    const dir = copy(join(ROOT, 'tests', 'fixtures', 'workshop', 'deck'));
    const file = join(dir, 'cases', 'vold-skole.yaml');
    edit(file, '  mistenkt: ja', '  mistenkt: jaa');
    const args = [
      'train',
      'vold-skole',
      '--cards',
      dir,
      '--answers',
      join(ROOT, 'tests', 'fixtures', 'workshop', 'routes', 'route-match.yaml'),
    ];
    const r = await cli([...args, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `cases/vold-skole.yaml:${where(file, 'jaa')}  Unknown option "jaa" for question "mistenkt".`,
    );
    // In the run's language: bokmål by default.
    const nb = await cli(args);
    expect(nb.code).toBe(2);
    expect(nb.stderr).toContain(
      `cases/vold-skole.yaml:${where(file, 'jaa')}  Ukjent svar «jaa» på spørsmålet «mistenkt».\n    tips: Mente du «ja»?`,
    );
  });
});

describe('test: cases as scenarios, and CI output', () => {
  it("runs every case's recommended route, and a case that breaks fails the run", async () => {
    const dir = copy(join(ROOT, 'cards'));
    const ok = await cli(['test', dir, '--no-cache']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/PASS\s+blamerker-gym\s+case: Blåmerker i garderoben/);
    edit(join(dir, 'cases', 'blamerker-gym.yaml'), '  leder: ikke\n', '');
    const bad = await cli(['test', dir, '--no-cache']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/FAIL\s+blamerker-gym\s+case:/);
  });

  it("does not repeat the deck's errors: one line says why no scenario ran", async () => {
    const dir = copy(join(ROOT, 'cards'));
    edit(join(dir, 'steps', 'steg.yaml'), 'urgency: ', 'urgencyy: ');
    const v = await cli(['--lang', 'en', 'validate', dir, '--no-cache', '--format', 'github']);
    expect(v.code).toBe(1);
    const r = await cli(['--lang', 'en', 'test', dir, '--no-cache', '--format', 'github']);
    expect(r.code).toBe(1);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(/^::error .*title=deck::The deck has \d+ errors?, so no scenario was run/);
    expect(v.stdout.split('\n').filter((l) => l.startsWith('::error')).length).toBeGreaterThan(0);
  });

  it('puts errors before warnings in GitHub annotations, and writes a Markdown job summary', async () => {
    const dir = copy(join(ROOT, 'cards'));
    edit(join(dir, 'cases', 'blamerker-gym.yaml'), '  mistenkt: ja', '  mistenkt: jaa');
    const summary = join(t.dir, 'summary.md');
    writeFileSync(summary, '');
    const r = await cli(['--lang', 'en', 'validate', dir, '--no-cache', '--format', 'github'], {
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(r.code).toBe(1);
    const kinds = r.stdout
      .split('\n')
      .filter((l) => l.startsWith('::'))
      .map((l) => l.slice(2, l.indexOf(' ')));
    expect(kinds[0]).toBe('error');
    expect(kinds).toContain('warning'); // the national deck's local placeholders
    expect(kinds.lastIndexOf('error')).toBeLessThan(kinds.indexOf('warning'));
    const md = readFileSync(summary, 'utf8');
    expect(md).toMatch(/^### tiltakskort validate/);
    expect(md).toMatch(/❌ 1 error\(s\), \d+ warning\(s\)/);
    expect(md).toMatch(
      /\| `.*cases\/blamerker-gym\.yaml:\d+:\d+` \| case \| Unknown option "jaa" for question "mistenkt"\. \|/,
    );
  });

  it('a typo in the overlay gives one error, not a cascade of "not filled in"', async () => {
    const ids = [
      'lokal-barnevernstjeneste',
      'lokal-barnevernvakt',
      'lokal-helsesykepleier',
      'lokal-politikontakt',
      'lokal-slt',
      'lokal-koordinerende-enhet',
      'lokal-nav',
    ];
    const body = ids.map((id, i) => `  - id: ${id}\n    phone: "22 34 56 ${70 + i}"`).join('\n');
    const overlay = join(t.dir, 'lokal.yaml');
    writeFileSync(
      overlay,
      `kind: local\nmunicipality: Eksempel kommune\nreviewed: 2026-11-01\ncontacts:\n${body.replace('phone: "22 34 56 71"', 'phone: "22 34 56 71"\n    hoursx: Hele døgnet')}\n`,
    );
    const check = () =>
      cli(['--lang', 'en', 'validate', '--local', overlay, '--strict', '--no-cache', '--format', 'github']);
    const r = await check();
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/title=schema::Unknown field "hoursx"/);
    writeFileSync(overlay, readFileSync(overlay, 'utf8').replace('hoursx', 'hours'));
    const fixed = await check();
    expect(fixed.code).toBe(0);
  });

  it('the documented CI jobs run the scenarios even when validation fails', async () => {
    const { parse } = await import('yaml');
    const md = readFileSync(join(ROOT, 'docs', 'ci.md'), 'utf8');
    // biome-ignore lint/suspicious/noExplicitAny: the workflow is read deep; a wrong path fails the test
    const blocks = [...md.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as Record<string, any>);
    const gh = blocks.find((b) => b?.jobs?.check)!;
    const steps = gh.jobs.check.steps as { name?: string; run?: string; if?: string }[];
    const scenarios = steps.find((st) => st.run?.startsWith('tiltakskort test'))!;
    expect(scenarios.if).toBe('always()');
    const gitlab = blocks.find((b) => b?.cards?.script)!;
    expect(String(gitlab.cards.after_script)).toMatch(/tiltakskort test/);
    expect(blocks.find((b) => b?.scenarios)!.scenarios.when).toBe('always');
  });
});
