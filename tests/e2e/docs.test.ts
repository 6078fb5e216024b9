// The commands and examples of README.md and docs/*.md but docs/workshop.md (see docs-suite.ts).

import { docsSuite } from './docs-suite.js';

docsSuite((file) => file !== 'docs/workshop.md');
