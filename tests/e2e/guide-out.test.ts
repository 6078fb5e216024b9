// --out is checked before the first question (format, an existing file without --force, a folder
// that exists), in the person's language; and prompts and summary make one colour decision.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, MINI, STACK_LINE, tempDir } from '../helpers/cli.js';
import { KEY, spawnGuide, type PtySession } from '../helpers/pty.js';

let t: ReturnType<typeof tempDir>;
let session: PtySession | undefined;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => {
  session?.kill();
  session = undefined;
  t.cleanup();
});

describe('--out, checked up front', () => {
  it.each([
    ['finnes.html', 'nb', '«finnes.html» finnes allerede, og ingenting er spurt ennå.'],
    ['mangler/ny.html', 'nb', 'Mappen «mangler» finnes ikke.'],
    ['ny.pdf', 'nb', 'Jeg vet ikke hvilket format «ny.pdf» skal ha.'],
    ['finnes.html', 'en', '"finnes.html" already exists, and nothing has been asked yet.'],
    ['mappe', 'en', '"mappe" is a folder.'],
  ])('%s (%s): exit 2 before the first question', async (out, lang, message) => {
    writeFileSync(join(t.dir, 'finnes.html'), 'x');
    mkdirSync(join(t.dir, 'mappe'));
    const r = await cli(['--cards', MINI, '--plain', '--lang', lang, '--out', out], {
      cwd: t.dir,
      input: '1\n2\n2\n2\n',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stdout).not.toMatch(/Hvor jobber du|Where do you work/);
    expect(readdirSync(t.dir).sort()).toEqual(['finnes.html', 'mappe']);
  });

  it('a good --out (with ~) is written at the end, without asking', async () => {
    const r = await cli(['--cards', MINI, '--plain', '--out', '~/notat.md'], {
      cwd: t.dir,
      input: '1\n2\n2\n2\n',
      env: { HOME: t.dir },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('Vil du lagre');
    expect(readdirSync(t.dir)).toEqual(['notat.md']);
  });
});

describe('one colour decision', () => {
  it('NO_COLOR=1 with FORCE_COLOR=1: no colour in the prompts, the summary or the save dialog', async () => {
    session = spawnGuide(['--cards', MINI, '--sector', 'skole'], {
      cwd: t.dir,
      env: { NO_COLOR: '1', FORCE_COLOR: '1' },
    });
    const s = session;
    await s.waitFor('Hva er du bekymret for?');
    await s.waitFor('Omsorgssvikt');
    await s.keys(KEY.down, KEY.down, KEY.space, KEY.enter);
    await s.waitFor('Er lederen din uenig?');
    await s.keys(KEY.enter);
    await s.waitFor('Vil du lagre');
    await s.keys(KEY.enter);
    expect((await s.exit()).exitCode).toBe(0);
    expect(s.rawOutput).not.toMatch(/\u001b\[[0-9;]*m/); // no SGR code at all
    expect(s.screen).toContain('KORT FORTALT');
  });

  it('an empty NO_COLOR counts as unset: colour in the prompts and in the summary', async () => {
    session = spawnGuide(['--cards', MINI, '--sector', 'skole'], { cwd: t.dir, env: { NO_COLOR: '' } });
    const s = session;
    await s.waitFor('Hva er du bekymret for?');
    await s.waitFor('Omsorgssvikt');
    const prompt = s.rawOutput;
    await s.keys(KEY.down, KEY.down, KEY.space, KEY.enter);
    await s.waitFor('Er lederen din uenig?');
    await s.keys(KEY.enter);
    await s.waitFor('Vil du lagre');
    expect(prompt).toMatch(/\u001b\[36m❯/); // the highlighted option
    expect(s.rawOutput.slice(s.rawOutput.indexOf('OPPSUMMERING') - 20)).toMatch(/\u001b\[1;4mOPPSUMMERING/);
    await s.keys(KEY.enter);
    expect((await s.exit()).exitCode).toBe(0);
  });
});
