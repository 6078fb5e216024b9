// Headless Chromium (Debian's `chromium`, installed by .ci/run) and poppler's pdftotext, as the
// print tests use them: networking features off, a fresh profile per browser, no header or footer.

import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';

export const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** The number of pages in a PDF Chromium wrote. */
export const pages = (pdf: string) => (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** pdftotext with these arguments, to stdout. */
export const pdftotext = (pdf: string, ...args: string[]) =>
  execFileSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8' });

/**
 * One headless Chromium for many prints, driven over the DevTools protocol on a pipe (fds 3 and
 * 4): a launch costs 1–3 s on a loaded machine, a page in a running browser a fraction of that.
 * Each page prints as `--print-to-pdf --no-pdf-header-footer` prints it: the page's CSS @page
 * size, backgrounds, no header or footer (tests compare page counts, page boxes and text).
 */
export class Browser {
  private readonly child: ChildProcess;
  private readonly profile: string;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Set<(m: { method?: string; sessionId?: string }) => void>();
  private buffered = '';

  constructor() {
    this.profile = mkdtempSync(join(tmpdir(), 'tiltakskort-chromium-'));
    this.child = spawn(
      'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--remote-debugging-pipe',
        // The tabs share one renderer process instead of starting one each (every tab is a file:
        // page; layout is per page): 2026-11-27, the three print test files, 2 runs each, Chromium
        // 11.7–12.2 → 10.3 s of CPU (process accounting), the same pages and text.
        '--renderer-process-limit=1',
        `--user-data-dir=${this.profile}`,
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    const out = this.child.stdio[4] as Readable;
    out.setEncoding('utf8');
    out.on('data', (chunk: string) => {
      const parts = (this.buffered + chunk).split('\0');
      this.buffered = parts.pop()!;
      for (const part of parts) {
        const m = JSON.parse(part) as { id?: number; error?: { message: string }; result?: unknown; method?: string };
        const w = m.id === undefined ? undefined : this.waiting.get(m.id);
        if (w) {
          this.waiting.delete(m.id!);
          if (m.error) w.reject(new Error(m.error.message));
          else w.resolve(m.result);
        } else for (const l of this.listeners) l(m);
      }
    });
    this.child.on('exit', () => {
      for (const w of this.waiting.values()) w.reject(new Error('Chromium exited'));
      this.waiting.clear();
    });
  }

  private send<T>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = ++this.next;
    const done = new Promise<T>((resolve, reject) =>
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject }),
    );
    (this.child.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    return done;
  }

  /** Loads the page (a file path) in a fresh tab and runs `use` on it. */
  private async withPage<T>(html: string, use: (sessionId: string) => Promise<T>): Promise<T> {
    const { targetId } = await this.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    try {
      await this.send('Page.enable', {}, sessionId);
      const loaded = new Promise<void>((resolve) => {
        const l = (m: { method?: string; sessionId?: string }) => {
          if (m.sessionId === sessionId && m.method === 'Page.loadEventFired') {
            this.listeners.delete(l);
            resolve();
          }
        };
        this.listeners.add(l);
      });
      await this.send('Page.navigate', { url: pathToFileURL(html).href }, sessionId);
      await loaded;
      return await use(sessionId);
    } finally {
      await this.send('Target.closeTarget', { targetId });
    }
  }

  /** The page (a file path) printed to `pdf`. */
  print(html: string, pdf: string): Promise<void> {
    return this.withPage(html, async (sessionId) => {
      const { data } = await this.send<{ data: string }>(
        'Page.printToPDF',
        { printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false },
        sessionId,
      );
      writeFileSync(pdf, Buffer.from(data, 'base64'));
    });
  }

  /** The page's DOM after it loaded, as `--dump-dom` prints it. */
  dom(html: string): Promise<string> {
    return this.withPage(html, async (sessionId) => {
      const { result } = await this.send<{ result: { value: string } }>(
        'Runtime.evaluate',
        { expression: 'document.documentElement.outerHTML', returnByValue: true },
        sessionId,
      );
      return result.value;
    });
  }

  async close(): Promise<void> {
    // Browser.close lets Chromium end its helper processes before the profile goes.
    const exited = new Promise((r) => this.child.once('exit', r));
    await this.send('Browser.close').catch(() => this.child.kill());
    await exited;
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 5 });
  }
}
