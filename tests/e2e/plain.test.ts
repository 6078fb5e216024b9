// Plain mode (--plain, or TERM=dumb): numbered questions answered by typing numbers, for screen
// readers, simple terminals and scripts. From piped input and in a pseudo-terminal, to the end,
// with not one escape byte in the output.

import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cli, MINI, STACK_LINE, tempDir } from '../helpers/cli.js';
import { KEY, spawnGuide, type PtySession } from '../helpers/pty.js';

let t: ReturnType<typeof tempDir>;
let session: PtySession | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
  t?.cleanup();
});

describe('plain mode', () => {
  it('runs to the end from piped lines: numbers, "?" for why, "0" for back; saves; no escape byte', async () => {
    t = tempDir();
    // sektor: ? (why), then 1 (Skole) · bekymring: 2 (Vold) · mistenkt: 0 (back) · bekymring again:
    // "x" (not understood), "2" · mistenkt: 2 (Nei) · leder: 2 (Nei) · save: j · name: svar.html
    const input = ['?', '1', '2', '0', 'x', '2', '2', '2', 'j', 'svar.html', ''].join('\n');
    const r = await cli(['--cards', MINI, '--plain'], { cwd: t.dir, input });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toMatch(/^ 1\. Skole$/m);
    expect(r.stdout).toContain('?\u00a0=\u00a0hvorfor\u00a0spør\u00a0vi'); // no-break spaces: never split over two lines
    expect(r.stdout).toContain('Plikten står i loven for din sektor.'); // why, after "?"
    expect(r.stdout).toContain('Det forstod jeg ikke. Skriv et nummer fra listen (1–3).');
    expect(r.stdout.match(/^Hva er du bekymret for\?$/gm)).toHaveLength(2); // asked again after "0"
    expect(r.stdout).toContain('KORT FORTALT');
    expect(r.stdout.trimEnd().split('\n').slice(-4).join('\n')).toContain('Lagret:');
    expect(statSync(join(t.dir, 'svar.html')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(t.dir, 'svar.html'), 'utf8')).toContain('Opplysningsplikt til barnevernet');
  });

  it('stops with exit 130 and saves nothing when the piped answers run out', async () => {
    t = tempDir();
    const r = await cli(['--cards', MINI, '--plain'], { cwd: t.dir, input: '1\n' });
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('Avbrutt. Ingenting er lagret.');
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(readdirSync(t.dir)).toEqual([]);
  });

  it('is chosen by TERM=dumb in a pseudo-terminal, speaks English with --lang en, and writes no escape byte', async () => {
    t = tempDir();
    const s = spawnGuide(['--cards', MINI, '--lang', 'en'], { cwd: t.dir, env: { TERM: 'dumb', NO_COLOR: undefined } });
    session = s;
    await s.waitFor('Where do you work?');
    await s.waitFor('Type the number and press Enter. ?\u00a0=\u00a0why\u00a0we\u00a0ask.');
    s.write('2\r');
    await s.waitFor('What are you worried about?');
    await s.waitFor('0\u00a0=\u00a0back');
    s.write('3\r');
    await s.waitFor('[nb] Er lederen din uenig?');
    s.write('2\r');
    await s.waitFor('IN SHORT');
    await s.waitFor('Do you want to save the summary to a file? (y/N)');
    s.write('n\r');
    expect((await s.exit()).exitCode).toBe(0);
    expect(s.rawOutput).not.toContain('\u001b');
    expect(readdirSync(t.dir)).toEqual([]);
  });
  it('Ctrl+C at a question in a pseudo-terminal: one line, exit 130, nothing saved', async () => {
    t = tempDir();
    const s = spawnGuide(['--cards', MINI, '--plain'], { cwd: t.dir, env: { NO_COLOR: undefined } });
    session = s;
    await s.waitFor('Hvor jobber du?');
    s.write('1\r');
    await s.waitFor('Hva er du bekymret for?');
    s.write(KEY.ctrlC);
    const { exitCode } = await s.exit();
    expect(exitCode).toBe(130);
    expect(s.screen).toContain('Avbrutt. Ingenting er lagret.');
    expect(s.rawOutput).not.toContain('\u001b');
    expect(readdirSync(t.dir)).toEqual([]);
  });
});
