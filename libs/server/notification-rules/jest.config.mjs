import { createJestConfig } from '../../../jest.preset.mjs';

export default createJestConfig({
  displayName: 'server-notification-rules',
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
});
