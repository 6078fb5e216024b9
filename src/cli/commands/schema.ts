// `tiltakskort schema`: the JSON Schema for card files, for editors (yaml-language-server).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXIT } from '../errors.js';
import type { CliIO } from '../io.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/cards.schema.json', import.meta.url));

export async function schema(io: CliIO): Promise<number> {
  io.stdout.write(readFileSync(SCHEMA_FILE, 'utf8'));
  return EXIT.ok;
}
