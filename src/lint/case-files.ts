// Reading DIR/cases/*.yaml for `validate` and `test`: parsed with positions like the deck files
// (through the same cache), named cases/FILE so findings point at them.

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseSources, readDeckDir } from './files.js';
import { readSources, type Session } from './session.js';
import type { ParsedFile } from './validate.js';

export async function parseCaseFiles(s: Session): Promise<ParsedFile[]> {
  const dir = join(s.dir, 'cases');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const sources = readSources(() => readDeckDir(dir).map((f) => ({ ...f, file: `cases/${f.file}` })), 'cases');
  return sources.length ? parseSources(dir, sources, { cacheDir: s.cacheDir }) : [];
}
