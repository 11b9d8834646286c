import { createJestConfig } from '../../../jest.preset.mjs';

export default createJestConfig({
  displayName: 'server-util-nest',
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
});
