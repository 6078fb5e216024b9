// What a trainer prints, as Chromium prints it (Debian's `chromium`, headless, networking off):
// the default diagram of the bundled deck on one landscape A4 page with text of 8 pt or more; a
// one-sector handout on at most four A4 pages with the emergency and local numbers on page 1;
// the pocket card on one page. Page text and word boxes come from pdftotext (poppler-utils).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, has, pages, pdftotext } from '../helpers/chromium.js';
import { cli, tempDir } from '../helpers/cli.js';

const ready = has('chromium') && has('pdftotext');

const boxes = (pdf: string) =>
  (readFileSync(pdf, 'latin1').match(/\/MediaBox\s*\[[^\]]*\]/g) ?? []).map((b) =>
    b
      .match(/[\d.]+/g)!
      .slice(2)
      .map((n) => Math.round(Number(n))),
  );

interface Word {
  y0: number;
  y1: number;
  text: string;
}
function words(pdf: string): Word[] {
  return [
    ...pdftotext(pdf, '-bbox').matchAll(
      /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({ y0: Number(m[1]), y1: Number(m[2]), text: m[3]! }));
}

/** The sectors beforeAll prints with the overlay, as `every sector` would. */
const PRINTED = ['skole', 'helse'];

describe.skipIf(!ready)('printed from Chromium', () => {
  let t: ReturnType<typeof tempDir>;
  let browser: Browser; // one Chromium for every print in this file
  const file = (name: string) => join(t.dir, name);
  beforeAll(async () => {
    t = tempDir();
    browser = new Browser();
    writeFileSync(
      file('lokal.yaml'),
      [
        'kind: local',
        'municipality: Eksempel kommune',
        'reviewed: 2026-11-01',
        'contacts:',
        '  - id: lokal-barnevernstjeneste',
        '    phone: "22 34 56 70"',
        '  - id: lokal-barnevernvakt',
        '    phone: "22 34 56 71"',
        '',
      ].join('\n'),
    );
    const runs = await Promise.all([
      cli(['graph', '--out', file('graf.html')]),
      cli(['deck', '--sector', 'skole', '--local', file('lokal.yaml'), '--out', file('skole.html')]),
      cli(['deck', '--sector', 'barnehage', '--out', file('barnehage.html')]),
      cli(['deck', '--sector', 'helse', '--local', file('lokal.yaml'), '--out', file('helse.html')]),
      cli(['deck', '--pocket', '--local', file('lokal.yaml'), '--out', file('lomme.html')]),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0, 0]);
    // Side by side, a tab each: a print mostly waits on Chromium's own processes.
    await Promise.all(
      ['graf', 'skole', 'barnehage', 'helse', 'lomme'].map((n) => browser.print(file(`${n}.html`), file(`${n}.pdf`))),
    );
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    t.cleanup();
  });

  it('the default diagram of the national deck: one landscape A4 page, text 8 pt or larger', () => {
    expect(pages(file('graf.pdf'))).toBe(1);
    expect(boxes(file('graf.pdf'))).toEqual([[842, 595]]);
    const ws = words(file('graf.pdf'));
    // The legend is 9 pt: it calibrates word-box height to point size for this font set-up.
    const legend = ws.find((w) => w.text === 'Fet')!;
    const perPt = (legend.y1 - legend.y0) / 9;
    const diagram = ws.filter((w) => w.y0 > legend.y1 + 2);
    expect(diagram.map((w) => w.text)).toEqual(expect.arrayContaining(['Hvor', 'jobber', 'bekymret']));
    const smallest = Math.min(...diagram.map((w) => (w.y1 - w.y0) / perPt));
    expect(smallest).toBeGreaterThanOrEqual(8);
  });

  it('a one-sector handout: at most four A4 pages, emergency and local numbers on page 1', () => {
    const n = pages(file('skole.pdf'));
    expect(n).toBeGreaterThanOrEqual(2);
    expect(n).toBeLessThanOrEqual(4);
    expect(boxes(file('skole.pdf')).every(([w, h]) => w === 595 && h === 842)).toBe(true);
    const first = pdftotext(file('skole.pdf'), '-f', '1', '-l', '1');
    for (const s of ['112', '113', '22 34 56 70', '22 34 56 71', 'Eksempel kommune']) expect(first).toContain(s);
    const all = pdftotext(file('skole.pdf'));
    expect(all).toMatch(/Skolepersonalets plikt til\s+å melde fra/); // the school's own duty is in…
    expect(all).not.toMatch(/Helsepersonells opplysningsplikt/); // …health personnel's is not
  });

  it('the longest sector (helse) fits four pages too', () => {
    expect(pages(file('helse.pdf'))).toBeLessThanOrEqual(4);
    expect(pdftotext(file('helse.pdf'))).toMatch(/Helsepersonells opplysningsplikt/);
  });

  it('a sector handout prints the short texts and says where the full ones are', () => {
    const text = pdftotext(file('helse.pdf')).replace(/\s+/g, ' ');
    expect(text).toContain('Full tekst for hver plikt finnes i den fullstendige håndboka');
    expect(text).toMatch(/Gjelder på vilkår: Gjelder bare hvis du selv gir helsehjelp/); // a conditional duty says its condition
    expect(text).not.toContain('Hva det betyr for deg'); // the long texts stay in the whole-deck booklet
    expect(text).not.toContain('Ikke del / ikke gjør');
  });

  // Every answer to the first question of the national deck, with the municipality's numbers
  // filled in (the longer page 1), as the trainer would print it for that audience.
  it('every sector of the national deck prints on at most four A4 pages', async () => {
    const bad = await cli(['deck', '--sector', '?']);
    const sectors = /Sektorer \(svar på "sektor"\): ([^.]+)\./.exec(bad.stderr)![1]!.split(', ');
    expect(sectors.length).toBeGreaterThan(10);
    // skole and helse with the overlay were printed above, by the same command: not twice.
    const pdf = (s: string) => (PRINTED.includes(s) ? file(`${s}.pdf`) : file(`all-${s}.pdf`));
    const rest = sectors.filter((s) => !PRINTED.includes(s));
    expect(rest.length).toBe(sectors.length - PRINTED.length);
    const runs = await Promise.all(
      rest.map((s) => cli(['deck', '--sector', s, '--local', file('lokal.yaml'), '--out', file(`all-${s}.html`)])),
    );
    expect(runs.map((r) => r.code)).toEqual(rest.map(() => 0));
    await Promise.all(rest.map((s) => browser.print(file(`all-${s}.html`), pdf(s))));
    const counts = Object.fromEntries(sectors.map((s) => [s, pages(pdf(s))]));
    expect(Object.entries(counts).filter(([, n]) => n > 4)).toEqual([]);
  }, 300_000);

  it('without an overlay, page 1 has lines to write the local numbers on, and no file names', () => {
    expect(pages(file('barnehage.pdf'))).toBeLessThanOrEqual(4);
    const first = pdftotext(file('barnehage.pdf'), '-f', '1', '-l', '1');
    expect(first).toContain('112');
    expect(first).toMatch(/Skriv inn kommunens nummer her/);
    expect(pdftotext(file('barnehage.pdf'))).not.toMatch(/\.ya?ml|README/);
  });

  it('the pocket card is one A5 page with the numbers, the three questions and where to report', () => {
    expect(pages(file('lomme.pdf'))).toBe(1);
    expect(boxes(file('lomme.pdf'))).toEqual([[420, 595]]);
    const text = pdftotext(file('lomme.pdf'));
    for (const s of ['112', '113', '22 34 56 70', 'Tre spørsmål til deg selv', 'Hvor du melder'])
      expect(text).toContain(s);
  });
});
