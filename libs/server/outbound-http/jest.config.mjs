import { createJestConfig } from '../../../jest.preset.mjs';

export default createJestConfig({
  displayName: 'server-outbound-http',
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
});
