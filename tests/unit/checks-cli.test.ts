// The validate command in-process, with a fake terminal: colour on a TTY, never with NO_COLOR,
// never in machine formats. (Spawned processes never have a TTY; see tests/e2e/validate.test.ts.)

import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/cli/commands/validate.js';
import type { CliIO } from '../../src/io/cli-io.js';
import { ROOT } from '../helpers/cli.js';

const MANY = join(ROOT, 'tests', 'fixtures', 'rules', 'many');

async function run(env: NodeJS.ProcessEnv, format: 'text' | 'json' = 'text'): Promise<{ code: number; out: string }> {
  const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
  const stderr = Object.assign(new PassThrough(), { isTTY: true });
  let out = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  const io: CliIO = {
    argv: [],
    cwd: ROOT,
    env: { TERM: 'xterm-256color', SOURCE_DATE_EPOCH: '1795392000', TILTAKSKORT_CACHE_DIR: '', ...env },
    stdin: new PassThrough(),
    stdout,
    stderr,
  };
  const code = await validate(io, MANY, { format, cache: false });
  return { code, out };
}

describe('validate on a terminal', () => {
  it('colours severities on a TTY', async () => {
    const r = await run({});
    expect(r.code).toBe(1);
    expect(r.out).toContain('\u001b[31merror\u001b[39m');
  });
  it('never with NO_COLOR', async () => {
    expect((await run({ NO_COLOR: '1' })).out).not.toContain('\u001b[');
  });
  it('never in json', async () => {
    expect((await run({}, 'json')).out).not.toContain('\u001b[');
  });
});
