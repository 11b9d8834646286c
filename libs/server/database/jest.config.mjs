import { createJestConfig } from '../../../jest.preset.mjs';

export default createJestConfig({
  displayName: 'server-database',
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
});
