import faults from './jest.faults.config.mjs';

// Twice the fuzzed requests of `npm test` (`npx nx run api:soak`, run by `.ci/run` with SOAK=true):
// 20,000 fuzzed requests; Redis down 60 s and 10,000 submissions through the SIGKILL as in npm test.
export default {
  ...faults,
  displayName: 'api-soak',
  testTimeout: 1_800_000,
  globals: { faultScale: { fuzzRequests: 20_000, killSubmissions: 10_000, redisOutageMs: 60_000 } },
};
