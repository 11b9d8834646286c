import { createJestConfig } from '../jest.preset.mjs';

export default createJestConfig({
  displayName: 'seeds',
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
});
