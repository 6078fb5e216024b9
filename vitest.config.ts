import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests start the built CLI (and some a pseudo-terminal): give them time on a
    // loaded 2-core CI machine. Speed is measured by bench/, never asserted here.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
