// Headless Chromium (Debian's `chromium`, installed by .ci/run) and poppler's pdftotext, as the
// print tests use them: networking features off, a fresh profile each time, no header or footer.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** Runs Chromium headless with these extra arguments; returns what it wrote to stdout. */
export function chromium(args: string[]): string {
  const profile = mkdtempSync(join(tmpdir(), 'tiltakskort-chromium-'));
  try {
    return execFileSync(
      'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        `--user-data-dir=${profile}`,
        ...args,
      ],
      { encoding: 'latin1', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The page (a file path or URL) printed to `pdf` as the browser prints it. */
export function printToPdf(html: string, pdf: string): void {
  chromium(['--no-pdf-header-footer', `--print-to-pdf=${pdf}`, html]);
}

/** The number of pages in a PDF Chromium wrote. */
export const pages = (pdf: string) => (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** pdftotext with these arguments, to stdout. */
export const pdftotext = (pdf: string, ...args: string[]) =>
  execFileSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8' });
