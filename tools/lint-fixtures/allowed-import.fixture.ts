// lint-as: apps/api/src/boundary-fixture.ts
// expect: none
// The control case: an app may use a shared domain library through its entry point.
import { canTransition } from '@madoguchi/procedures-domain';

export const fixture = canTransition;
