import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One `npm pack` per run, shared by the files that test the packed package.
    globalSetup: ['tests/helpers/pack-setup.ts'],
    // End-to-end tests start the built CLI (and some a pseudo-terminal): give them time on a
    // loaded 2-core CI machine. Speed is measured by bench/, never asserted here.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // A worker runs file after file in one module graph: no new process and no fresh import of
    // src/, vitest and the libraries per file (2026-11-27: 62 → 50 s CPU for the suite). No test
    // changes a global (process.env, cwd, mocks); each file's own module state is still its own.
    isolate: false,
    // Most test time is waiting: for a pseudo-terminal, Chromium or a child process. One worker
    // per core leaves a 2-core machine half idle (vitest's default is cores - 1: one worker);
    // three measured 45 s against 87 s for the suite here. After the print and docs tests stopped
    // waiting (2026-11-27, load 6–8): 2, 3 and 4 workers took 51, 48 and 46 s, no clear winner.
    maxWorkers: Math.max(3, availableParallelism() - 1),
  },
});
