import { createJestConfig } from '../jest.preset.mjs';

export default createJestConfig({
  displayName: 'tools',
  rootDir: import.meta.dirname,
  testMatch: [
    '<rootDir>/lint/**/*.spec.ts',
    '<rootDir>/dev/**/*.spec.ts',
    '<rootDir>/furigana/**/*.spec.ts',
    '<rootDir>/i18n/**/*.spec.ts',
    '<rootDir>/vite/**/*.spec.ts',
  ],
  testTimeout: 60_000,
});
