// The @inquirer packages (core, for the guide's own prompts; input, for train), each loaded through
// require the first time it is needed. @inquirer 5 ships ESM only, which require loads too (Node
// 20.19+, 22.12+), and measured no slower than the CommonJS builds of @inquirer 4 (bench/startup.mjs).
// Like commander.ts, this also keeps them out of the bundle (scripts/bundle.mjs):
// esbuild leaves a createRequire call alone, so `run`, `validate` and `test` never parse them.

import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export const loadCore = () => load('@inquirer/core') as typeof import('@inquirer/core');
export const loadInput = () => load('@inquirer/input') as typeof import('@inquirer/input');
