// What people read, in one place per language (src/core/words/nb.ts and en.ts): the messages,
// usage errors and --help follow the one language choice (--lang anywhere on the line, else
// TILTAKSKORT_LANG, else bokmål), and no new sentence is written outside the words files.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { stringLiterals } from '../helpers/literals.js';

describe('one language per run', () => {
  it('a usage error in bokmål by default, in English with --lang en or TILTAKSKORT_LANG=en', async () => {
    const nb = await cli(['rnu']);
    expect(nb.code).toBe(2);
    expect(nb.stderr).toBe('tiltakskort: Ukjent kommando "rnu".\nMente du "run"?\n');
    const en = await cli(['--lang', 'en', 'rnu']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('tiltakskort: Unknown command "rnu".\nDid you mean "run"?\n');
    expect((await cli(['rnu'], { env: { TILTAKSKORT_LANG: 'en' } })).stderr).toBe(en.stderr);
    // --lang on the line wins over the environment.
    expect((await cli(['rnu', '--lang=nb'], { env: { TILTAKSKORT_LANG: 'en' } })).stderr).toBe(nb.stderr);
  });

  it("commander's own errors too: an unknown option, a bad choice", async () => {
    const nb = await cli(['run', '--fromat', 'json']);
    expect(nb.code).toBe(2);
    expect(nb.stderr).toContain('tiltakskort: Ukjent valg --fromat.\nMente du --format?');
    expect(nb.stderr).toContain('Skriv `tiltakskort --help`');
    const en = await cli(['run', '--lang', 'en', '--format', 'pdf']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      'tiltakskort: option \'--format\' argument "pdf" is invalid. Allowed choices are json, md',
    );
    expect(en.stderr).toContain("Run 'tiltakskort --help' for usage.");
  });

  it('a card error: file:line:col, the hint and the closing line in the chosen language', async () => {
    const nb = await cli(['run', '--cards', 'tests/fixtures/broken'], { cwd: ROOT });
    expect(nb.code).toBe(2);
    expect(nb.stdout).toBe('');
    expect(nb.stderr).toContain(
      'tests/fixtures/broken/questions/bekymring.yaml:9:5  error  Ukjent felt «nxt».  [schema]\n    tips: Mente du «next»?\n',
    );
    expect(nb.stderr).toMatch(/\nKortene har \d+ feil; ingenting ble kjørt\.\n$/);
    const en = await cli(['run', '--cards', 'tests/fixtures/broken', '--lang', 'en'], { cwd: ROOT });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      'tests/fixtures/broken/questions/bekymring.yaml:9:5  error  Unknown field "nxt".  [schema]\n    hint: Did you mean "next"?\n',
    );
    expect(en.stderr).toMatch(/\nThe cards have \d+ errors; nothing was run\.\n$/);
  });

  it('--help in bokmål by default and in English with --lang en, before or after the command', async () => {
    const nb = await cli(['--help']);
    expect(nb.code).toBe(0);
    expect(nb.stdout).toMatch(/^Bruk: tiltakskort \[valg\] \[kommando\]\n/);
    expect(nb.stdout).toContain('\nValg:\n');
    expect(nb.stdout).toContain('\nKommandoer:\n');
    expect(nb.stdout).toContain('\nAvslutningskoder:\n');
    expect(nb.stdout).toContain('vis hjelp for kommandoen');
    const en = await cli(['--lang', 'en', '--help']);
    expect(en.stdout).toMatch(/^Usage: tiltakskort \[options\] \[command\]\n/);
    expect(en.stdout).toContain('\nExit codes:\n');
    expect(en.stdout).not.toMatch(/Valg:|Avslutningskoder/);
    const run = await cli(['run', '--help', '--lang', 'en']);
    expect(run.stdout).toMatch(/^Usage: tiltakskort run \[options\]\n\nrun the flow from answers/);
    const validate = await cli(['validate', '--help']);
    expect(validate.stdout).toMatch(/^Bruk: tiltakskort validate \[valg\] \[dir\]\n\nsjekk en kortstokk/);
  });
});

describe('no sentence outside the words files', () => {
  // Three words or more in a string literal read like a sentence someone will read. Allowed:
  // two texts that are never shown as they stand. (The findings' words are in words/ too.)
  const ALLOWED: Record<string, string> = {
    'src/io/paths.ts': 'a broken install, before any words can be loaded',
    'src/cli/commander-words.ts': "commander's English messages, matched to be said in the user's words",
  };
  const ALLOWED_TEXT = new Set(['end of input']); // cli/plain.ts: an error's name-like message, never shown

  // Three words in a row; CSS (braces) is not read as text.
  const sentence = (text: string) => /\p{L}{2,}(?:[ ,;:]+\p{L}{2,}){2,}/u.test(text) && !text.includes('{');

  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );

  it('src/cli and src/io say nothing in their own words', () => {
    const found: string[] = [];
    for (const file of [...files(join(ROOT, 'src/cli')), ...files(join(ROOT, 'src/io'))]) {
      const rel = relative(ROOT, file).replaceAll('\\', '/');
      if (ALLOWED[rel]) continue;
      for (const l of stringLiterals(readFileSync(file, 'utf8')))
        if (sentence(l.text) && !ALLOWED_TEXT.has(l.text)) found.push(`${rel}:${l.line}  ${JSON.stringify(l.text)}`);
    }
    expect(found, 'move these into src/core/words/nb.ts and en.ts').toEqual([]);
  });

  it('the scan finds a sentence: in a string, in a template, not in a comment or a regex', () => {
    const src = [
      "const a = 'Could not read the file.';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text with a template in it
      'const b = `In ${file}, the answer is wrong`;',
      '// A comment that reads like a sentence',
      'const c = /is not a valid id/;',
      "const d = x / 2; const e = 'ok';",
    ].join('\n');
    const sentences = stringLiterals(src).filter((l) => sentence(l.text));
    expect(sentences).toEqual([
      { line: 1, text: 'Could not read the file.' },
      { line: 2, text: ', the answer is wrong' },
    ]);
  });
});
