// lint-as: libs/web/ui-kit/src/boundary-fixture.ts
// expect: no-restricted-imports
// Web code runs in the browser: no node:* modules.
import { readFileSync } from 'node:fs';

export const fixture = readFileSync;
