import { createJestConfig } from '../../jest.preset.mjs';

// Integration tests run against the machine's real PostgreSQL and Redis, in a database and a
// Redis key prefix that each test file creates and drops (see test/support/test-environment.ts).
export default createJestConfig({
  displayName: 'worker-integration',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/test/integration/**/*.integration-spec.ts'],
  testTimeout: 60_000,
});
