import { createJestConfig } from '../../../jest.preset.mjs';

export default createJestConfig({
  displayName: 'web-feature-status',
  rootDir: import.meta.dirname,
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testTimeout: 30_000,
});
