// The CI recipes of docs/ci.md (see docs-suite.ts): each installs the packed tarball and runs its
// steps, the longest tests; a file of their own, so that vitest runs them beside the other docs.

import { docsSuite } from './docs-suite.js';

docsSuite((file) => file === 'docs/ci.md');
