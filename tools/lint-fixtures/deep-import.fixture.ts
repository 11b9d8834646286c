// lint-as: apps/api/src/boundary-fixture.ts
// expect: no-restricted-imports
// Libraries are imported through their entry point only.
import { compileForm } from '@madoguchi/forms-schema/src/compile/compile-form.js';

export const fixture = compileForm;
