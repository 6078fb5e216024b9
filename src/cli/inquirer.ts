// The @inquirer packages (core, for the guide's own prompts; input, for train), each loaded through require the first time it is needed. Their
// CommonJS builds start about 30 ms faster than their ESM builds on Node 20 (measured: select
// alone 1.32× against 1.60× `node -e 0`), which is what keeps the guide's first prompt within its
// start-up target. Like commander.ts, this also keeps them out of the bundle (scripts/bundle.mjs):
// esbuild leaves a createRequire call alone, so `run`, `validate` and `test` never parse them.

import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export const loadCore = () => load('@inquirer/core') as typeof import('@inquirer/core');
export const loadInput = () => load('@inquirer/input') as typeof import('@inquirer/input');
