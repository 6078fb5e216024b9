// The formatters are pure functions of diagnostics and context: tested directly, no CLI.

import { describe, expect, it } from 'vitest';
import { github, escapeData, escapeProperty } from '../../src/lint/format/github.js';
import { json } from '../../src/lint/format/json.js';
import { junit } from '../../src/lint/format/junit.js';
import { text } from '../../src/lint/format/text.js';
import type { FormatContext } from '../../src/lint/format/types.js';
import { en } from '../../src/core/words/en.js';
import type { Diagnostic } from '../../src/core/types.js';
import { all, parseXml } from '../e2e/validate-xml.js';

const ds: Diagnostic[] = [
  {
    file: 'cards/a, b.yaml',
    line: 3,
    col: 7,
    severity: 'error',
    rule: 'markdown',
    message: 'Raw HTML (<b>) & "quotes" 100%',
    hint: 'line one\nline two',
  },
  { file: 'cards/a, b.yaml', line: 9, col: 1, severity: 'warning', rule: 'translation', message: 'No English text.' },
  {
    file: 'cards/c.yaml',
    line: 1,
    col: 1,
    severity: 'info',
    rule: 'review-age',
    message: 'Control \u001b[31m and \u0000 char.',
  },
];
const ctx: FormatContext = {
  command: 'validate',
  color: false,
  files: ['cards/a, b.yaml', 'cards/c.yaml', 'cards/d.yaml'],
  rules: ['markdown', 'translation', 'review-age'],
  tool: { name: 'tiltakskort', version: '0.1.0' },
  // The formats' own texts: this file checks them in English (bokmål: tests/e2e/findings-lang.test.ts).
  words: en,
};

describe('formatters', () => {
  it('text: grouped by file, file:line:col first, hint below, control characters shown escaped, no colour unless asked', () => {
    const out = text(ds, ctx);
    expect(out).toBe(
      [
        'cards/a, b.yaml:3:7  error  Raw HTML (<b>) & "quotes" 100%  [markdown]',
        '    hint: line one\nline two',
        'cards/a, b.yaml:9:1  warning  No English text.  [translation]',
        '',
        'cards/c.yaml:1:1  info  Control \\u001b[31m and \\u0000 char.  [review-age]',
        '',
        '1 error, 1 warning, 1 note in 2 files (3 files checked).',
        '',
      ].join('\n'),
    );
    expect(text(ds, { ...ctx, color: true })).toContain('\u001b[31merror\u001b[39m');
  });

  it('json: the diagnostics and counts', () => {
    const out = JSON.parse(json(ds, ctx)) as { diagnostics: Diagnostic[]; summary: Record<string, number> };
    expect(out.diagnostics).toEqual(ds);
    expect(out.summary).toMatchObject({ errors: 1, warnings: 1, infos: 1, files: 3, filesWithFindings: 2 });
  });

  it('junit: well-formed, one testcase per rule per file, failures for errors, all escaped', () => {
    const root = parseXml(junit(ds, ctx));
    expect(root.name).toBe('testsuites');
    const cases = all(root, 'testcase');
    expect(cases).toHaveLength(9);
    const failures = all(root, 'failure');
    expect(failures).toHaveLength(1);
    expect(failures[0]!.attrs.message).toBe('Raw HTML (<b>) & "quotes" 100%');
    expect(failures[0]!.text).toContain('cards/a, b.yaml:3:7');
    expect(root.attrs).toMatchObject({ tests: '9', failures: '1' });
    expect(junit(ds, ctx)).not.toMatch(/[\u0000\u001b]/);
  });

  it('github: annotations with escaped data and properties', () => {
    const out = github(ds, ctx).split('\n');
    expect(out[0]).toBe(
      '::error file=cards/a%2C b.yaml,line=3,col=7,title=markdown::Raw HTML (<b>) & "quotes" 100%25%0Ahint: line one%0Aline two',
    );
    expect(out[1]).toBe('::warning file=cards/a%2C b.yaml,line=9,col=1,title=translation::No English text.');
    expect(out[2]).toMatch(/^::notice file=cards\/c.yaml,line=1,col=1,title=review-age::/);
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('C:\\a,b')).toBe('C%3A\\a%2Cb');
  });
});
