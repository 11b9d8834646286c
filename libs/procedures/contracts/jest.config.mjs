import { createJestConfig } from '../../../jest.preset.mjs';

export default createJestConfig({
  displayName: 'procedures-contracts',
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
});
