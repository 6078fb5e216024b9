// Where the package's own files are. Found by walking up from this module to package.json, so it
// holds wherever the build puts the code (dist/io/, dist/cli/ or the bundle dist/tiltakskort.cjs).

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('tiltakskort: cannot find its package.json');
    dir = up;
  }
  return dir;
}

export const ROOT = packageRoot();
export const PACKAGE_JSON = join(ROOT, 'package.json');
export const BUNDLED_DIR = join(ROOT, 'cards');
export const COMPILED_FILE = join(ROOT, 'dist', 'deck.json');
export const POSITIONS_FILE = join(ROOT, 'dist', 'deck-positions.json');
export const SOURCE_DIR = join(ROOT, 'src');
export const SCHEMA_FILE = join(ROOT, 'schema', 'cards.schema.json');
/** `yaml` bundled into one file by the build (io/yaml-cards.ts). */
export const VENDOR_YAML = join(ROOT, 'dist', 'vendor', 'yaml.cjs');
/** js-yaml as one file, made faster by the build (scripts/bundle.mjs; read by io/yaml-fast.ts). */
export const VENDOR_JS_YAML = join(ROOT, 'dist', 'vendor', 'js-yaml.cjs');
/** @inquirer/core bundled into one CommonJS file by the build (cli/inquirer.ts). */
export const VENDOR_INQUIRER_CORE = join(ROOT, 'dist', 'vendor', 'inquirer-core.cjs');
