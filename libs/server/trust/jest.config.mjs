import { createJestConfig } from '../../../jest.preset.mjs';

export default createJestConfig({
  displayName: 'server-trust',
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
  // RSA-2048 key generation and the openssl processes take a few seconds per suite.
  testTimeout: 60_000,
});
