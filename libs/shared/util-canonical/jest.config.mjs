import { createJestConfig } from '../../../jest.preset.mjs';

export default createJestConfig({
  displayName: 'shared-util-canonical',
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
});
