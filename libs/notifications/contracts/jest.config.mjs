import { createJestConfig } from '../../../jest.preset.mjs';

export default createJestConfig({
  displayName: 'notifications-contracts',
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
});
