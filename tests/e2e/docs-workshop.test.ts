// The commands and examples of docs/workshop.md (see docs-suite.ts): the longest half.

import { docsSuite } from './docs-suite.js';

docsSuite((file) => file === 'docs/workshop.md');
