// The @inquirer prompt packages, each loaded through require the first time it is needed. With
// @inquirer 4 that picked their CommonJS builds, about 30 ms faster than the ESM ones on Node 20;
// @inquirer 5 ships ESM only, which require loads too (Node 20.19+, 22.12+), and measured no slower
// (bench/startup.mjs). Like commander.ts, this also keeps them out of the bundle (scripts/bundle.mjs):
// esbuild leaves a createRequire call alone, so `run`, `validate` and `test` never parse them.

import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export const loadSelect = () => load('@inquirer/select') as typeof import('@inquirer/select');
export const loadCheckbox = () => load('@inquirer/checkbox') as typeof import('@inquirer/checkbox');
export const loadInput = () => load('@inquirer/input') as typeof import('@inquirer/input');
