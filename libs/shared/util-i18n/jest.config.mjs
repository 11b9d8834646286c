import { createJestConfig } from '../../../jest.preset.mjs';

export default createJestConfig({
  displayName: 'shared-util-i18n',
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
});
