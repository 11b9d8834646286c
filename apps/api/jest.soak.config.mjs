import faults from './jest.faults.config.mjs';

// The full counts of issue #11 item 12 (`npx nx run api:soak`, run by `.ci/run` with SOAK=true):
// Redis down for the full 60 s, 20,000 fuzzed requests, 10,000 submissions through the SIGKILL.
export default {
  ...faults,
  displayName: 'api-soak',
  testTimeout: 1_800_000,
  globals: { faultScale: { fuzzRequests: 20_000, killSubmissions: 10_000, redisOutageMs: 60_000 } },
};
