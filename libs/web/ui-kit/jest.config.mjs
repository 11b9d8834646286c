import { createJestConfig } from '../../../jest.preset.mjs';

const config = createJestConfig({
  displayName: 'web-ui-kit',
  rootDir: import.meta.dirname,
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testTimeout: 30_000,
});

export default {
  ...config,
  extensionsToTreatAsEsm: [...config.extensionsToTreatAsEsm, '.css'],
  moduleFileExtensions: [...config.moduleFileExtensions, 'css'],
  transform: { '\\.css$': '<rootDir>/jest-raw-css-transform.mjs', ...config.transform },
  // The contrast spec reads the design tokens' stylesheet as text too.
  transformIgnorePatterns: ['/node_modules/(?!@digital-go-jp/design-tokens/)'],
};
