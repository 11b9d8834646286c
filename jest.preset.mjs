// Shared Jest settings: SWC transpiles TypeScript (with the decorator metadata NestJS needs),
// ESM throughout (NestJS 12 is ESM-only: run Jest with --experimental-vm-modules), and the
// `@madoguchi/source` export condition so libraries are tested from source, not from dist.
const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', tsx: true, decorators: true },
    transform: {
      legacyDecorator: true,
      decoratorMetadata: true,
      react: { runtime: 'automatic' },
    },
    target: 'es2023',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

export function createJestConfig({ displayName, rootDir, testEnvironment = 'node', ...rest }) {
  return {
    displayName,
    rootDir,
    testEnvironment,
    extensionsToTreatAsEsm: ['.ts', '.tsx'],
    transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swcOptions] },
    transformIgnorePatterns: ['/node_modules/'],
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
    testEnvironmentOptions: {
      customExportConditions:
        testEnvironment === 'node'
          ? ['@madoguchi/source', 'node', 'node-addons']
          : ['@madoguchi/source', 'browser'],
    },
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
    ...rest,
  };
}
