import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import unicorn from 'eslint-plugin-unicorn';
import tseslint from 'typescript-eslint';

const SHARED_BANNED = [
  '@nestjs/*',
  'typeorm',
  'bullmq',
  'ioredis',
  'react',
  'react-*',
  'react-dom',
  '@hookform/*',
];
const WEB_BANNED = ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'pg', 'node:*'];

const PROJECT_IMPORT_PATTERNS = [
  {
    group: ['@madoguchi/*/src', '@madoguchi/*/src/*', '@madoguchi/*/dist/*'],
    message: 'Import a library through its entry point (src/index.ts or src/testing.ts).',
  },
  {
    group: [
      '../../../libs/*',
      '../../libs/*',
      '../../../../libs/*',
      '../../apps/*',
      '../../../apps/*',
      '../../api/*',
      '../../worker/*',
      '../../citizen/*',
      '../../console/*',
    ],
    message: 'Import other projects by package name, never by relative path.',
  },
];
// Code that runs in the browser (web apps and libraries, and shared libraries the web uses).
const BROWSER_CODE = [
  'apps/citizen/**',
  'apps/console/**',
  'libs/web/**',
  'libs/forms/feature-render/**',
  'libs/forms/schema/src/**',
  'libs/procedures/**',
  'libs/notifications/contracts/**',
  'libs/shared/**',
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.nx/**',
      '**/.data/**',
      '**/coverage/**',
      '**/vite.config.ts.timestamp-*',
      // Lint fixtures are linted on purpose by their own test, with their own expectations.
      'tools/lint-fixtures/**',
      // Benchmarks are scripts Node runs from source (they load library sources by path on
      // purpose, to measure them without a build); `nx run benchmarks:typecheck` checks them.
      'benchmarks/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@nx': nx, unicorn },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          banTransitiveDependencies: false,
          checkDynamicDependenciesExceptions: [],
          depConstraints: [
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:ui',
                'type:data-access',
                'type:domain',
                'type:util',
              ],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:ui', 'type:data-access', 'type:domain', 'type:util'],
            },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:util'],
            },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util', 'type:domain'] },
            // Seed data is checked by its tests with the form engine itself.
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
            // Dev tooling (the local stack, lint fixtures) imports no other project.
            { sourceTag: 'scope:tooling', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: SHARED_BANNED,
            },
            {
              sourceTag: 'scope:server',
              onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'],
              bannedExternalImports: ['react', 'react-*', 'react-dom'],
            },
            {
              sourceTag: 'scope:web',
              onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
              bannedExternalImports: WEB_BANNED,
            },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared', 'scope:tooling'] },
          ],
        },
      ],
      'no-restricted-imports': ['error', { patterns: PROJECT_IMPORT_PATTERNS }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      curly: ['error', 'all'],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration through the app's src/config/env.ts only.",
        },
      ],
      'unicorn/filename-case': ['error', { case: 'kebabCase' }],
    },
  },
  {
    files: BROWSER_CODE,
    ignores: ['**/*.spec.ts', '**/*.spec.tsx', '**/testing.ts', '**/scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...PROJECT_IMPORT_PATTERNS,
            {
              group: ['node:*'],
              message: 'This code runs in the browser: Node.js modules are not available there.',
            },
          ],
        },
      ],
    },
  },
  {
    // The one place per app (and per tool) that may read process.env.
    files: [
      '**/src/config/env.ts',
      'tools/**/*.ts',
      'e2e/**/src/support/env.ts',
      'benchmarks/**/*.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
      ],
    },
  },
  {
    // Framework-required default exports (Vite, Jest configs) and CLI scripts that print.
    files: [
      '**/vite.config.ts',
      '**/*.config.mjs',
      '**/*.config.ts',
      '**/global-setup.ts',
      '**/global-teardown.ts',
      // Jest loads test environments and transformers through their default export.
      '**/jest-*.mjs',
    ],
    rules: { 'no-restricted-syntax': 'off', '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['tools/**/*.ts', 'benchmarks/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.spec.tsx',
      '**/*.integration-spec.ts',
      '**/*.e2e-spec.ts',
      '**/testing.ts',
      '**/testing/**/*.ts',
      '**/test/support/**/*.ts',
    ],
    rules: {
      // Jest's expect(mock.fn) pattern and test helpers trip this rule without being unsafe.
      '@typescript-eslint/unbound-method': 'off',
      // Tests read untyped boundaries on purpose (HTTP response bodies, raw SQL rows) and assert
      // on their shape; typing every probe would only restate the assertions.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  prettier,
);
