import { createJestConfig } from '../../jest.preset.mjs';

// Proof under faults (#11): the API fuzzed from its OpenAPI document, killed with SIGKILL under a
// load of submissions, PostgreSQL and Redis (private instances on ports of their own) stopped and
// started under load. `npm test` runs these counts (10,000 fuzzed requests and 10,000 submissions
// through the SIGKILL: 45–110 s and 65–100 s on this machine; Redis down for the full 60 s);
// `api:soak` (jest.soak.config.mjs) fuzzes 20,000 requests.
export default createJestConfig({
  displayName: 'api-faults',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/test/faults/**/*.integration-spec.ts'],
  testTimeout: 600_000,
  globals: { faultScale: { fuzzRequests: 10_000, killSubmissions: 10_000, redisOutageMs: 60_000 } },
});
