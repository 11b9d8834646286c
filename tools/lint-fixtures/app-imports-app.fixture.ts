// lint-as: apps/worker/src/boundary-fixture.ts
// expect: @nx/enforce-module-boundaries
// Apps never import other apps.
import { createApp } from '../../api/src/create-app.js';

export const fixture = createApp;
