// Build step: check the bundled cards and compile them to dist/deck.json, so that starting the
// guide costs a JSON.parse instead of a YAML parse. Positions are kept, in a file of their own, for
// diagnostics.
import { writeFileSync } from 'node:fs';
import { loadYamlDeck, BUNDLED_DIR, COMPILED_FILE, POSITIONS_FILE, stampOf } from '../dist/io/load-deck.js';
import { formatDiagnostic } from '../dist/core/diagnostics.js';
import { cleanDeep } from '../dist/core/clean.js';

const loaded = await loadYamlDeck(BUNDLED_DIR);
for (const d of loaded.diagnostics) process.stderr.write(formatDiagnostic({ ...d, file: `cards/${d.file}` }) + '\n');
if (!loaded.deck) {
  process.stderr.write('The bundled cards have errors; dist/deck.json was not written.\n');
  process.exit(2);
}
// Cleaned once here (src/core/clean.ts), so starting the guide need not clean the national cards.
const compiled = {
  meta: cleanDeep(loaded.deck.meta),
  cards: [...loaded.deck.cards.values()].map((c) => cleanDeep(c)),
  stamp: stampOf(BUNDLED_DIR, loaded.files),
};
writeFileSync(COMPILED_FILE, JSON.stringify(compiled));
// Apart, so the way to the first question does not parse them (see CompiledDeck).
writeFileSync(POSITIONS_FILE, JSON.stringify(loaded.positions));
