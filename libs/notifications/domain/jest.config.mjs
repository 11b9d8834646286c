import { createJestConfig } from '../../../jest.preset.mjs';

export default createJestConfig({
  displayName: 'notifications-domain',
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
});
