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
    // src/, vitest and the libraries per file. No test changes a global (process.env, cwd, mocks);
    // a helper that several files load keeps no per-file state at module level (docs-suite.ts).
    // 2026-11-27, `npx vitest run` on 2 cores, load 8–9 from other jobs, 2 runs each: 70 s CPU
    // (user + sys) and 44–49 s wall before (isolated files; every docs line a new bash + Node;
    // a temporary folder per fuzz case; prints one after another), 53–55 s CPU and 33–35 s wall
    // after; the same 609 tests and 5064 expect() calls. Then (the lead, same day, idle machine):
    // the prompt logic in-process (terminal.ts), the fuzz cases on the built bundle, one install
    // for the CI recipes, hard links for the docs sandboxes, checks beside the build: `npm test`
    // 38.5 s wall before the session → 25.7–27.5 s (3 runs), 43–45 s CPU, 631 tests (+22).
    isolate: false,
    // Most test time is waiting: for a pseudo-terminal, Chromium or a child process. One worker
    // per core leaves a 2-core machine half idle (vitest's default is cores - 1: one worker);
    // three measured 45 s against 87 s for the suite here. After the print and docs tests stopped
    // waiting (2026-11-27, load 6–8): 2, 3 and 4 workers took 51, 48 and 46 s, no clear winner.
    maxWorkers: Math.max(3, availableParallelism() - 1),
    // The TypeScript of src/ and tests/ as transformed by the last run, by content hash, in
    // node_modules/.experimental-vitest-cache: a run then transforms only what changed. 2026-11-27,
    // 2 cores, load 6–8: the main process 4.0 → 1.4 s CPU, vitest's import time 7.6 → 2.2 s.
    experimental: { fsModuleCache: true },
  },
});
