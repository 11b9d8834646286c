import { createJestConfig } from '../../../jest.preset.mjs';

export default createJestConfig({
  displayName: 'procedures-domain',
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
});
