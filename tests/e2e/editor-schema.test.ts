// The editor checks every card as you type: yaml-language-server (the engine of the YAML
// extension for VS Code), driven over stdio with the project's own settings (.vscode/settings.json:
// yaml.schemas maps card files to schema/cards.schema.json), gets a multi-card file with a typo
// in the SECOND card and must publish a diagnostic on that card's line.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lsp.js';
import { ROOT, tempDir } from '../helpers/cli.js';

type Diagnostic = { range: { start: { line: number; character: number } }; message: string; severity?: number };
type Published = { uri: string; diagnostics: Diagnostic[] };

const SERVER = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const settings = JSON.parse(readFileSync(join(ROOT, '.vscode', 'settings.json'), 'utf8')) as {
  'yaml.schemas': Record<string, string[]>;
};

describe('yaml-language-server with the shipped settings', () => {
  let lsp: LspClient;
  let t: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    t = tempDir();
    // A workspace laid out like the repository: schema/ and cards/, and the shipped settings.
    mkdirSync(join(t.dir, 'schema'));
    mkdirSync(join(t.dir, 'cards', 'steps'), { recursive: true });
    writeFileSync(join(t.dir, 'schema', 'cards.schema.json'), readFileSync(join(ROOT, 'schema', 'cards.schema.json')));
    const schemas = Object.fromEntries(
      Object.entries(settings['yaml.schemas']).map(([k, v]) => [pathToFileURL(join(t.dir, k)).href, v]),
    );
    lsp = new LspClient(process.execPath, [SERVER, '--stdio'], (section) =>
      section === 'yaml' ? { schemas, validate: true, format: { enable: false } } : null,
    );
    await lsp.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(t.dir).href,
      capabilities: { workspace: { configuration: true } },
      workspaceFolders: [{ uri: pathToFileURL(t.dir).href, name: 'w' }],
    });
    lsp.notify('initialized', {});
    lsp.notify('workspace/didChangeConfiguration', { settings: { yaml: { schemas, validate: true } } });
  }, 30_000);
  afterAll(async () => {
    await lsp?.close();
    t?.cleanup();
  });

  it('reports a typo in the second card of a multi-card file, on that card', async () => {
    const file = join(t.dir, 'cards', 'steps', 'steg.yaml');
    const text = [
      'kind: step',
      'id: ring-112',
      'title: { nb: Ring 112, en: Call 112 }',
      'urgency: now',
      '---',
      'kind: step',
      'id: skriv-ned',
      'title: { nb: Skriv ned, en: Write it down }',
      'urgencyy: today',
      '',
    ].join('\n');
    writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const published = lsp.waitFor<Published>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri && p.diagnostics.length > 0,
    );
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const { diagnostics } = await published;
    const lines = diagnostics.map((d) => d.range.start.line);
    // 0-based: line 8 is "urgencyy: today" in the second card; the first card is clean.
    expect(lines).toContain(8);
    expect(lines.every((l) => l >= 5)).toBe(true);
    expect(diagnostics.map((d) => d.message).join('\n')).toMatch(/urgencyy|urgency/);
  }, 30_000);

  it('also in a file that starts with the old first-line comment, as the bundled card files do', async () => {
    const file = join(t.dir, 'cards', 'steps', 'med-kommentar.yaml');
    const text = [
      '# yaml-language-server: $schema=../../schema/cards.schema.json',
      'kind: step',
      'id: ring-113',
      'title: Ring 113',
      'urgency: now',
      '---',
      'kind: step',
      'id: ring-foreldre',
      'title: Ring foreldrene',
      'urgency: straks',
      '',
    ].join('\n');
    writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const published = lsp.waitFor<Published>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri && p.diagnostics.length > 0,
    );
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const { diagnostics } = await published;
    expect(diagnostics.map((d) => d.range.start.line)).toContain(9); // "urgency: straks"
  }, 30_000);

  it("shows the field's description (bokmål / English) on hover", async () => {
    const file = join(t.dir, 'cards', 'steps', 'hover.yaml');
    const text = 'kind: step\nid: skriv\ntitle: Skriv ned\nurgency: today\n';
    writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const r = await lsp.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 2 } });
    const contents = JSON.stringify((r.result as { contents?: unknown } | null)?.contents ?? '');
    expect(contents).toMatch(/Når: now/);
    expect(contents).toMatch(/When: now, today, soon or later/);
  }, 30_000);
});
