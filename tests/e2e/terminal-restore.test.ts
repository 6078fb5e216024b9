// The terminal is left as it was found: a SIGTERM or SIGHUP while a question is shown (the prompt
// has hidden the cursor) still shows the cursor again before the process ends.

import { afterEach, describe, expect, it } from 'vitest';
import { MINI, tempDir } from '../helpers/cli.js';
import { spawnGuide, type PtySession } from '../helpers/pty.js';

const HIDE = '\u001b[?25l';
const SHOW = '\u001b[?25h';

let session: PtySession | undefined;
let t: ReturnType<typeof tempDir> | undefined;
afterEach(() => {
  session?.kill();
  t?.cleanup();
});

describe('the cursor after a signal', () => {
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    it(`${signal} at a question: the cursor is shown again, exit ${code}`, async () => {
      t = tempDir();
      session = spawnGuide(['--cards', MINI], { cwd: t.dir });
      await session.waitFor('Hvor jobber du?');
      expect(session.rawOutput).toContain(HIDE);
      session.signal(signal);
      const exit = await session.exit();
      const raw = session.rawOutput;
      expect(raw.lastIndexOf(SHOW)).toBeGreaterThan(raw.lastIndexOf(HIDE));
      expect(exit.exitCode === code || exit.signal !== undefined).toBe(true);
    });
  }
});
