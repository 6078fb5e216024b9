// The commands and examples of README.md and docs/*.md but docs/workshop.md and docs/ci.md (see docs-suite.ts).

import { docsSuite } from './docs-suite.js';

docsSuite((file) => file !== 'docs/workshop.md' && file !== 'docs/ci.md');
