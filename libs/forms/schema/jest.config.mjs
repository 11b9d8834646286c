import { createJestConfig } from '../../../jest.preset.mjs';

export default createJestConfig({ displayName: 'forms-schema', rootDir: import.meta.dirname });
