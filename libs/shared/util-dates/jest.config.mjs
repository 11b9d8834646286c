import { createJestConfig } from '../../../jest.preset.mjs';

export default createJestConfig({
  displayName: 'shared-util-dates',
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
});
