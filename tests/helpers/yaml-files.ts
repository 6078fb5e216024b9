// The YAML files tests read from the repository: a folder's, and every one in cards/ and
// tests/fixtures/ (the files the fast and the exact reading must agree on).

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

/** Every .yaml/.yml file under `dir`, as absolute paths. */
export function yamlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f));
}

/** Every YAML file in cards/ and tests/fixtures/. */
export const repoYamlFiles = (): string[] => [
  ...yamlFiles(join(ROOT, 'cards')),
  ...yamlFiles(join(ROOT, 'tests', 'fixtures')),
];
