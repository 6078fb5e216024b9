// The HTML handout and the graph page as a browser sees them: headless Chromium (Debian's
// `chromium`, installed by .ci/run) prints them to PDF (A4, page count) and dumps the DOM.
// Chromium runs with networking features off; the pages themselves load nothing from outside.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, has } from '../helpers/chromium.js';
import { cli, ROOT, tempDir } from '../helpers/cli.js';

const DECK = join(ROOT, 'tests', 'fixtures', 'workshop', 'deck');
const hasChromium = has('chromium');

function pdfPages(file: string): { pages: number; mediaBoxes: string[] } {
  const pdf = readFileSync(file, 'latin1');
  return {
    pages: (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length,
    mediaBoxes: pdf.match(/\/MediaBox\s*\[[^\]]*\]/g) ?? [],
  };
}

const isA4 = (box: string) => {
  const n = box.match(/[\d.]+/g)!.map(Number);
  return Math.round(n[2]!) === 595 && Math.round(n[3]!) === 842;
};

const isA4Landscape = (box: string) => {
  const n = box.match(/[\d.]+/g)!.map(Number);
  return Math.round(n[2]!) === 842 && Math.round(n[3]!) === 595;
};

describe.skipIf(!hasChromium)('in headless Chromium', () => {
  let t: ReturnType<typeof tempDir>;
  let browser: Browser; // one Chromium for the file's prints and DOM dumps
  beforeAll(async () => {
    t = tempDir();
    browser = new Browser();
    const a = await cli(['deck', '--cards', DECK, '--out', join(t.dir, 'hefte.html')]);
    const b = await cli(['graph', '--cards', DECK, '--out', join(t.dir, 'graf.html'), '--highlight', 'vold-skole']);
    expect([a.code, b.code]).toEqual([0, 0]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    t.cleanup();
  });

  it('prints the handout on A4 pages, with the national numbers and every card', async () => {
    const pdf = join(t.dir, 'hefte.pdf');
    await browser.print(join(t.dir, 'hefte.html'), pdf);
    const { pages, mediaBoxes } = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(1); // the numbers open page 1; the cards follow on the same page
    expect(pages).toBeLessThanOrEqual(6);
    expect(mediaBoxes.length).toBeGreaterThan(0);
    expect(mediaBoxes.every(isA4)).toBe(true);
    const text = await browser.dom(join(t.dir, 'hefte.html'));
    expect(text).toMatch(/Ring først/);
    expect(text).toMatch(/<span class="phone">112<\/span>/);
    for (const title of [
      'Opplysningsplikt til barnevernet',
      'Anonym drøfting',
      'Barnevernstjenesten i kommunen',
      'Snakk med foreldrene',
    ])
      expect(text).toContain(title);
    expect(text).not.toMatch(/<script/i);
  }, 90_000);

  it('renders the graph page with the inline diagram and the highlighted route, on A4', async () => {
    const dom = await browser.dom(join(t.dir, 'graf.html'));
    expect(dom).toMatch(/<svg\b[^>]*viewBox/);
    expect(dom).toMatch(/Hvor jobber du\?/);
    expect(dom).toMatch(/★ Vold/);
    expect(dom).toMatch(/★ og tykk linje: ruten/);
    const pdf = join(t.dir, 'graf.pdf');
    await browser.print(join(t.dir, 'graf.html'), pdf);
    const { pages, mediaBoxes } = pdfPages(pdf);
    expect(pages).toBe(1);
    expect(mediaBoxes.every(isA4Landscape)).toBe(true); // a diagram is wider than tall: landscape
  }, 90_000);
});
