// The @inquirer packages (core, for the guide's own prompts; input, for train), each loaded through
// require the first time it is needed. @inquirer 5 ships ESM only, which require loads too (Node
// 20.19+, 22.12+), but through Node's ESM loader, module by module: for the guide's first prompt
// the build bundles @inquirer/core into one CommonJS file, dist/vendor/inquirer-core.cjs
// (scripts/bundle.mjs), about 15 ms faster; the package is the fallback when that file is missing.
// Like commander.ts, this also keeps them out of the main bundle: esbuild leaves a createRequire
// call alone, so `run`, `validate` and `test` never parse them.

import { createRequire } from 'node:module';
import { VENDOR_INQUIRER_CORE } from '../io/paths.js';

const load = createRequire(import.meta.url);

type Core = typeof import('@inquirer/core');
let core: Core | undefined;

export const loadCore = (): Core => {
  if (core) return core;
  try {
    core = load(VENDOR_INQUIRER_CORE) as Core;
  } catch {
    core = load('@inquirer/core') as Core;
  }
  return core;
};
export const loadInput = () => load('@inquirer/input') as typeof import('@inquirer/input');
