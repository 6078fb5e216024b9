// The HTML summary of a typical, non-urgent case (a kindergarten teacher, bruises on a
// four-year-old, no local contacts file) printed to PDF by headless Chromium: at most three A4
// pages, and page 1 holds the short block, the first number to call and all the steps.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Browser, has, pages, pdftotext } from '../helpers/chromium.js';
import { cli, tempDir } from '../helpers/cli.js';

const ready = has('chromium') && has('pdftotext');
const pageText = (pdf: string, page: number) => pdftotext(pdf, '-f', String(page), '-l', String(page));

const CASES = {
  'kindergarten, violence, parent suspected': [
    'sektor=barnehage',
    'alder=3-5',
    'bekymring=vold',
    'mistenkt=ja',
    // The case as it was before the severity question: one blow (repeated violence adds the duty to
    // avert and a police step, and page 1 then holds fewer of the other steps)
    'voldtype=enkelt',
    'tid=ikke',
    'hemmelig=nei',
    'leder=ikke',
  ],
  'school, neglect': [
    'sektor=skole',
    'alder=6-11',
    'bekymring=omsorgssvikt',
    'svikt=alvorlig',
    'foreldre-fare=nei',
    'tid=ikke',
    'hemmelig=nei',
    'leder=enig',
  ],
};

describe.skipIf(!ready)('the printed summary (headless Chromium)', () => {
  let t: ReturnType<typeof tempDir>;
  let browser: Browser; // one Chromium for both prints
  beforeAll(() => {
    t = tempDir();
    browser = new Browser();
  });
  afterAll(async () => {
    await browser?.close();
    t.cleanup();
  });

  it.each(Object.entries(CASES))(
    '%s: at most 3 A4 pages; page 1 has the short block, the number and the steps',
    async (_name, answers) => {
      const html = join(t.dir, 'o.html');
      const pdf = join(t.dir, 'o.pdf');
      const r = await cli(['run', '--format', 'json', ...answers.flatMap((a) => ['--answer', a])]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const summary = JSON.parse(r.stdout) as { urgent: boolean; steps: { title: string }[] };
      expect(summary.urgent).toBe(false);
      const w = await cli([
        'run',
        '--format',
        'html',
        '--out',
        html,
        '--force',
        ...answers.flatMap((a) => ['--answer', a]),
      ]);
      expect(w.code, w.stderr).toBe(0);
      await browser.print(html, pdf);
      expect(pages(pdf)).toBeLessThanOrEqual(3);
      const first = pageText(pdf, 1).replace(/\s+/g, ' ');
      expect(first).toContain('Kort fortalt');
      expect(first).toMatch(/Ring først: .{0,160}?\d{3}( \d{3})?\b/);
      expect(first).toContain('Hvem du kontakter');
      for (const step of summary.steps) expect(first).toContain(step.title.replace(/\s+/g, ' '));
      expect(first).not.toContain('tiltakskort.local.yaml');
    },
    90_000,
  );
});
