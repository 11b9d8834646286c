import { createJestConfig } from '../../jest.preset.mjs';

const config = createJestConfig({
  displayName: 'console',
  rootDir: import.meta.dirname,
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testTimeout: 30_000,
  // Stylesheets are Vite's business; specs check markup and behaviour.
  moduleNameMapper: {
    '\\.css$': '<rootDir>/src/testing/empty-module.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
});

export default { ...config, testEnvironment: '<rootDir>/jest-jsdom-environment.mjs' };
