import { createJestConfig } from '../../jest.preset.mjs';

// Proof under faults (#11): the API fuzzed from its OpenAPI document, killed with SIGKILL under a
// load of submissions, PostgreSQL and Redis (private instances on ports of their own) stopped and
// started under load. `npm test` runs these counts; `api:soak` runs the full ones (jest.soak.config.mjs).
export default createJestConfig({
  displayName: 'api-faults',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/test/faults/**/*.integration-spec.ts'],
  testTimeout: 600_000,
  globals: { faultScale: { fuzzRequests: 10_000, killSubmissions: 1_000, redisOutageMs: 10_000 } },
});
