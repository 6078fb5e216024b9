// The interactive guide in a real pseudo-terminal, 80×24, as a user sees it: arrow keys, space
// and enter; back, "why do we ask?", Ctrl+C, and saving (or not) at the end. Each test runs in
// a fresh temporary working directory, so "no file written" can be checked.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINI, tempDir } from '../helpers/cli.js';
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

function guide(...args: string[]): PtySession {
  session = spawnGuide(['--cards', MINI, ...args], { cwd: t.dir });
  return session;
}

/** sektor: Skole · bekymring: Vold · mistenkt: Ja · leder: Ja, up to the summary. */
async function answerToTheEnd(s: PtySession): Promise<void> {
  await s.waitFor('Hvor jobber du?');
  await s.waitFor('Skole');
  await s.keys(KEY.enter);
  await s.waitFor('Hva er du bekymret for?');
  await s.waitFor('Omsorgssvikt');
  await s.keys(KEY.down, KEY.space);
  await s.waitFor('◉ Vold');
  await s.keys(KEY.enter);
  await s.waitFor('Er en forelder mistenkt?');
  await s.waitFor('Nei');
  await s.keys(KEY.enter);
  await s.waitFor('Er lederen din uenig?');
  await s.waitFor('Nei');
  await s.keys(KEY.enter);
}

describe('the guide in a terminal', () => {
  it('asks to the end, shows the summary, and saves nothing when the answer is no', async () => {
    const s = guide();
    await answerToTheEnd(s);
    await s.waitFor('OPPSUMMERING: HVA DU GJØR NÅ');
    await s.waitFor('KORT FORTALT');
    await s.waitFor('Ikke snakk med foreldrene først');
    await s.waitFor('Opplysningsplikt til barnevernet');
    await s.waitFor('Fordi du svarte «Hva er du bekymret for?» → «Vold»');
    await s.waitFor('Plikten er personlig');
    await s.waitFor('Vil du lagre oppsummeringen som en fil?');
    await s.keys('n', KEY.enter);
    expect((await s.exit()).exitCode).toBe(0);
    expect(readdirSync(t.dir)).toEqual([]);
  });

  it('saves the summary under the name given when the answer is yes, owner-only', async () => {
    const s = guide();
    await answerToTheEnd(s);
    await s.waitFor('Vil du lagre oppsummeringen som en fil?');
    await s.keys('y', KEY.enter);
    await s.waitFor('Filnavn');
    await s.write('notat.html');
    await s.waitFor('notat.html');
    await s.keys(KEY.enter);
    await s.waitFor('Lagret');
    expect((await s.exit()).exitCode).toBe(0);
    const file = join(t.dir, 'notat.html');
    expect(readdirSync(t.dir)).toEqual(['notat.html']);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(/^<!doctype html>[\s\S]*Opplysningsplikt til barnevernet/);
  });

  it('understands "j" (ja) at the save question, offers .html (for printing) first, and asks again on a problem, in Norwegian', async () => {
    writeFileSync(join(t.dir, 'finnes.md'), 'x');
    const s = guide();
    await answerToTheEnd(s);
    await s.waitFor('Vil du lagre oppsummeringen som en fil?');
    await s.keys('j', KEY.enter);
    await s.waitFor('Filnavn (.html for utskrift');
    await s.waitFor('(oppsummering.html)');
    await s.write('finnes.md');
    await s.keys(KEY.enter);
    await s.waitFor('«finnes.md» finnes allerede. Skriv et annet navn.');
    await s.write('\x15'); // Ctrl+U: clear the line
    await s.write('mangler/x.md');
    await s.keys(KEY.enter);
    await s.waitFor('Mappen «mangler» finnes ikke.');
    await s.write('\x15');
    await s.keys(KEY.enter); // the default
    await s.waitFor('Lagret');
    expect((await s.exit()).exitCode).toBe(0);
    expect(readFileSync(join(t.dir, 'oppsummering.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(s.screen).not.toMatch(/--force|--format|already exists/);
  });

  it('speaks English in the save dialog with --lang en, and expands ~ to the home folder', async () => {
    session = spawnGuide(['--cards', MINI, '--lang', 'en', '--sector', 'skole'], { cwd: t.dir, env: { HOME: t.dir } });
    const s = session;
    await s.waitFor('What are you worried about?');
    await s.waitFor('Neglect');
    await s.keys(KEY.down, KEY.down, KEY.space, KEY.enter);
    await s.waitFor('[nb] Er lederen din uenig?');
    await s.keys(KEY.enter);
    await s.waitFor('Do you want to save the summary to a file? (y/N)');
    await s.keys('y', KEY.enter);
    await s.waitFor('File name (.html for printing');
    await s.waitFor('(summary.html)');
    await s.write('notes.pdf');
    await s.keys(KEY.enter);
    await s.waitFor('I cannot tell the format of "notes.pdf".');
    await s.write('\x15');
    await s.write('~/notes.txt');
    await s.keys(KEY.enter);
    await s.waitFor('Saved');
    expect((await s.exit()).exitCode).toBe(0);
    expect(readFileSync(join(t.dir, 'notes.txt'), 'utf8')).toContain('IN SHORT');
    expect(s.screen).not.toMatch(/Lagret|finnes/);
  });

  it('Ctrl+C at a question exits 130 with one line, no stack trace and no file', async () => {
    const s = guide();
    await s.waitFor('Hvor jobber du?');
    await s.waitFor('Skole');
    await s.keys(KEY.enter);
    await s.waitFor('Hva er du bekymret for?');
    await s.waitFor('Omsorgssvikt');
    await s.keys(KEY.ctrlC);
    const exit = await s.exit();
    expect(exit.exitCode).toBe(130);
    await s.waitFor('Avbrutt. Ingenting er lagret.');
    expect(s.screen).not.toMatch(/^\s+at /m);
    expect(s.screen).not.toMatch(/Error/);
    expect(readdirSync(t.dir)).toEqual([]);
  });

  it('Ctrl+C at the file name exits 130 and leaves no file, not even a temp file', async () => {
    const s = guide();
    await answerToTheEnd(s);
    await s.waitFor('Vil du lagre oppsummeringen som en fil?');
    await s.keys('j', KEY.enter);
    await s.waitFor('Filnavn');
    await s.keys(KEY.ctrlC);
    expect((await s.exit()).exitCode).toBe(130);
    await s.waitFor('Avbrutt. Ingenting er lagret.');
    expect(readdirSync(t.dir)).toEqual([]);
  });

  it('a long option wraps under its own first word, not at column 0, on the bundled deck', async () => {
    session = spawnGuide(['--sector', 'skole'], { cwd: t.dir });
    const s = session;
    await s.waitFor('Hvor gammelt er barnet?');
    await s.waitFor('Under 3 år');
    await s.keys(KEY.enter);
    await s.waitFor('Hva er du bekymret for?');
    await s.waitFor('↓ flere under'); // the list is longer than the screen
    // The highlighted option's help shows under the list, and follows the cursor.
    await s.waitFor('Neste spørsmål sier hvilket nødnummer du skal ringe.');
    await s.keys(KEY.down);
    await s.waitFor('Du har sett skader, barnet har fortalt noe');
    const frame = s.screen.slice(s.screen.lastIndexOf('Hva er du bekymret for?'));
    expect(frame).toContain('Du har sett skader');
    expect(frame).not.toContain('Neste spørsmål sier hvilket nødnummer');
    await s.keys(KEY.up);
    await s.waitFor('Neste spørsmål sier hvilket nødnummer du skal ringe.');
    const lines = s.screen.split(/\r?\n/);
    const first = lines.findIndex((l) => l.includes('Negativ sosial kontroll'));
    expect(first).toBeGreaterThan(-1);
    expect(lines[first + 1]).toMatch(/^ {3}\S/);
    expect(lines.every((l) => [...l].length <= 80)).toBe(true);

    // Once answered, the chosen labels follow the question and wrap under it, too.
    await s.keys(KEY.down, KEY.down, KEY.down, KEY.down, KEY.space, KEY.down, KEY.down, KEY.space);
    await s.waitFor('◉ Omsorgssvikt');
    await s.keys(KEY.enter);
    await s.waitFor('✔ Steg 3');
    await s.waitFor('Kan barnet bli tatt med til utlandet');
    const done = s.screen.slice(s.screen.lastIndexOf('✔ Steg 3')).split(/\r?\n/);
    expect(done[1]).toMatch(/^ {2}Hva er du bekymret for\? Negativ sosial kontroll/);
    expect(done[2]).toMatch(/^ {2}\S.*Omsorgssvikt$/);
    expect([...done[1]!].length).toBeLessThanOrEqual(80);
  });

  it('in colour, the summary is styled, fits 80 columns and shows no stray colour codes', async () => {
    session = spawnGuide(['--sector', 'skole'], { cwd: t.dir, env: { NO_COLOR: undefined } });
    const s = session;
    await s.waitFor('Hvor gammelt er barnet?');
    await s.waitFor('Under 3 år');
    await s.keys(KEY.enter);
    await s.waitFor('Hva er du bekymret for?');
    await s.waitFor('↓ flere under'); // the list is longer than the screen
    await s.keys(...Array<string>(6).fill(KEY.down), KEY.space);
    await s.waitFor('◉ Omsorgssvikt');
    await s.keys(KEY.enter);
    // Neglect asks how serious it is: the first option (serious) keeps the duty that applies.
    await s.waitFor('Hvor alvorlig er omsorgssvikten?');
    await s.keys(KEY.enter);
    // Under 3: no question about secrecy. "tid" is multiple choice: tick its first option (the
    // child goes home today), which adds the pick-up step.
    await s.waitFor('foreldrene får vite');
    await s.keys(KEY.enter);
    await s.waitFor('Hva stemmer nå');
    await s.keys(KEY.space);
    await s.waitFor('◉ Barnet skal hjem eller hentes');
    await s.keys(KEY.enter);
    await s.waitFor('lederen din');
    await s.keys(KEY.enter);
    await s.waitFor('Vil du lagre');
    const summary = s.screen.slice(s.screen.indexOf('OPPSUMMERING'), s.screen.indexOf('Vil du lagre'));
    const raw = s.rawOutput.slice(s.rawOutput.indexOf('OPPSUMMERING'));
    expect(summary.length).toBeGreaterThan(1000);
    expect(raw).toContain('\x1b[1m'); // bold names and titles
    expect(summary).not.toMatch(/\[(1|22|3|23|4|24)m/); // codes that lost their ESC
    expect(summary).not.toContain('**');
    expect(summary).not.toMatch(/^\s*#{1,4} /m); // no Markdown heading marks
    // Every line fits, except a link too long for any line: that one is kept whole, so the
    // terminal can still open it.
    const tooLong = summary.split(/\r?\n/).filter((l) => [...l].length > 80 && !/^\s*\(?https:\/\/\S+$/.test(l));
    expect(tooLong).toEqual([]);
    expect(summary).toContain(
      'https://voldsveileder.nkvts.no/blog/innhold/ansvar-og-regelverk-3/taushets-opplysnings-og-avvergeplikten/',
    );
    // A long next step continues under its own text, not at column 0.
    expect(summary).toMatch(/\[ \] Vent med å si det til foreldrene[^\n]*\r?\n {4,}\S/);
    expect(summary).toContain('Gjelder for deg');
    await s.keys(KEY.enter); // do not save
    expect((await s.exit()).exitCode).toBe(0);
  });

  it("before the first question, names the deck's emergency numbers", async () => {
    const s = guide();
    await s.waitFor('Hvor jobber du?');
    const before = s.screen.slice(0, s.screen.indexOf('Hvor jobber du?'));
    expect(before).toContain('Er barnet i fare akkurat nå? Ring først: 112 (Politi)');
    s.kill();
  });

  it('an urgent case ends with the emergency number right above the save question', async () => {
    const s = guide('--sector', 'skole');
    await s.waitFor('Barnet er i fare nå');
    await s.keys(KEY.space, KEY.enter);
    await s.waitFor('Vil du lagre');
    const screen = s.screen;
    // The last lines before the question are what stays on an 80×24 screen after the summary.
    const tail = screen.slice(0, screen.lastIndexOf('Vil du lagre')).trimEnd().split(/\r?\n/).slice(-22).join('\n');
    expect(tail).toContain('⚠ HANDLE NÅ');
    expect(tail).toMatch(/^ {2}112 {2}Politi$/m);
    expect(tail).toContain('KORT FORTALT');
    expect(tail).toMatch(/Ring først: 112 Politi/);
    expect(tail).toContain('bla opp for å lese alt');
    await s.keys(KEY.enter);
    expect((await s.exit()).exitCode).toBe(0);
  });

  it('--sector skole skips the first question', async () => {
    const s = guide('--sector', 'skole');
    await s.waitFor('Hva er du bekymret for?');
    expect(s.screen).not.toContain('Hvor jobber du?');
    await s.waitFor('Omsorgssvikt');
    await s.keys(KEY.down, KEY.down, KEY.space);
    await s.waitFor('◉ Omsorgssvikt');
    await s.keys(KEY.enter);
    await s.waitFor('Er lederen din uenig?');
    await s.waitFor('Nei');
    await s.keys(KEY.down, KEY.enter);
    await s.waitFor('OPPSUMMERING');
    await s.waitFor('1. Hvor jobber du? → Skole');
    await s.waitFor('Vil du lagre');
    await s.keys(KEY.enter); // empty: no
    expect((await s.exit()).exitCode).toBe(0);
    expect(existsSync(join(t.dir, 'oppsummering.md'))).toBe(false);
  });

  it('--lang en asks and summarises in English', async () => {
    const s = guide('--lang', 'en');
    await s.waitFor('Where do you work?');
    await s.waitFor('School');
    await s.waitFor('? Why do we ask?');
    await s.keys(KEY.enter);
    await s.waitFor('What are you worried about?');
    await s.waitFor('Neglect');
    await s.keys(KEY.down, KEY.space);
    await s.waitFor('◉ Violence');
    await s.keys(KEY.enter);
    await s.waitFor('Is a parent suspected?');
    await s.waitFor('← Back');
    await s.keys(KEY.enter);
    await s.waitFor('[nb] Er lederen din uenig?'); // no English text on this card: marked
    await s.keys(KEY.enter);
    await s.waitFor('SUMMARY: WHAT YOU DO NOW');
    await s.waitFor('Duty to inform child welfare');
    await s.waitFor('Do you want to save the summary to a file? (y/N)');
    await s.keys('n', KEY.enter);
    expect((await s.exit()).exitCode).toBe(0);
  });
});
