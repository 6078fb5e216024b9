#!/bin/sh
# `npm test`'s first half: the type check and Biome run beside the build (they read only src/
# and tests/), and the first failure decides. Saves about a second of the suite's wall time
# against running the three one after another.
set -u
tsc -p tsconfig.json --noEmit & typecheck=$!
biome check & lint=$!
npm run build; build=$?
wait "$typecheck"; typecheck=$?
wait "$lint"; lint=$?
[ "$typecheck" -eq 0 ] && [ "$lint" -eq 0 ] && [ "$build" -eq 0 ]
