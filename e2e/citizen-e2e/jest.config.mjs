import { createJestConfig } from '../../jest.preset.mjs';

// The journeys drive the real platform (api, worker, both web apps) in Debian's Chromium.
// globalSetup starts the stack once on a database and Redis prefix of its own.
export default createJestConfig({
  displayName: 'citizen-e2e',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 180_000,
});
