// The two hosts of cli() give the same answer: the tests run the command line in-process through
// main() and the CliIO seam (tests/helpers/cli.ts), so here one case per exit code and output
// format also runs as the real binary in a child process, and both results must be identical:
// exit code, stdout and stderr byte for byte.

import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROKEN, MINI, MINI_COMPLETE, ROOT, inprocCli, spawnCli, tempDir } from '../helpers/cli.js';

const RULES = join(ROOT, 'tests', 'fixtures', 'rules');

const CASES: { name: string; args: string[]; code: number }[] = [
  { name: 'run, first question as JSON (exit 3)', args: ['run', '--cards', MINI, '--format', 'json'], code: 3 },
  { name: 'run, complete, text (exit 0)', args: ['run', '--cards', MINI, ...MINI_COMPLETE], code: 0 },
  { name: 'run, complete, Markdown', args: ['run', '--cards', MINI, ...MINI_COMPLETE, '--format', 'md'], code: 0 },
  { name: 'run, complete, HTML', args: ['run', '--cards', MINI, ...MINI_COMPLETE, '--format', 'html'], code: 0 },
  {
    name: 'run, an answers file relative to the working folder',
    args: ['run', '--cards', MINI, '--answers', 'a.yaml', '--format', 'json'],
    code: 3,
  },
  {
    name: 'run, --out to a file relative to the working folder',
    args: ['run', '--cards', MINI, ...MINI_COMPLETE, '--out', 'out.md', '--force'],
    code: 0,
  },
  {
    name: 'run, an answer that does not fit (exit 2)',
    args: ['run', '--cards', MINI, '--answer', 'sektor=nope'],
    code: 2,
  },
  { name: 'run, a deck with errors (exit 2)', args: ['run', '--cards', BROKEN], code: 2 },
  { name: 'validate, findings as text (exit 1)', args: ['validate', join(RULES, 'many')], code: 1 },
  { name: 'validate, findings as JUnit', args: ['validate', join(RULES, 'many'), '--format', 'junit'], code: 1 },
  { name: 'validate, findings for GitHub', args: ['validate', join(RULES, 'many'), '--format', 'github'], code: 1 },
  { name: 'test, passing scenarios as JSON', args: ['test', join(RULES, 'base'), '--format', 'json'], code: 0 },
  { name: 'the guide without a terminal (exit 2)', args: ['--cards', MINI], code: 2 },
  { name: 'an unknown command, with a suggestion (exit 2)', args: ['rnu'], code: 2 },
  { name: 'an unknown option (exit 2)', args: ['run', '--nope'], code: 2 },
  { name: 'help', args: ['--help'], code: 0 },
  { name: 'list, as JSON', args: ['list', 'contacts', '--format', 'json'], code: 0 },
];

describe('in-process main() and the binary agree', () => {
  const tmp = tempDir('tiltakskort-hosts-');
  const env = { TILTAKSKORT_CACHE_DIR: '' };
  afterAll(() => tmp.cleanup());
  writeFileSync(join(tmp.dir, 'a.yaml'), 'sektor: skole\n');
  it.each(CASES)('$name', async ({ args, code }) => {
    const opts = { cwd: tmp.dir, env };
    const [inproc, bin] = await Promise.all([inprocCli(args, opts), spawnCli(args, opts)]);
    expect(bin.code, bin.stderr).toBe(code);
    expect(inproc).toEqual(bin);
  });
});
