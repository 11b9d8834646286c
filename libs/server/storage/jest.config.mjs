import { createJestConfig } from '../../../jest.preset.mjs';

export default createJestConfig({
  displayName: 'server-storage',
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
});
