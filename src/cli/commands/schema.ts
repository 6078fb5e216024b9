// `tiltakskort schema`: the JSON Schema for card files, for editors (yaml-language-server).

import { readFileSync } from 'node:fs';
import { SCHEMA_FILE } from '../../io/paths.js';
import { EXIT } from '../../core/errors.js';
import type { CliIO } from '../../io/cli-io.js';

export { SCHEMA_FILE };

export async function schema(io: CliIO): Promise<number> {
  io.stdout.write(readFileSync(SCHEMA_FILE, 'utf8'));
  return EXIT.ok;
}
