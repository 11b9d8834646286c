// lint-as: libs/procedures/domain/src/boundary-fixture.ts
// expect: @nx/enforce-module-boundaries
// A shared domain library may not depend on a web library.
import { Button } from '@madoguchi/web-ui-kit';

export const fixture = Button;
