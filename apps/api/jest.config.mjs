import { createJestConfig } from '../../jest.preset.mjs';

export default createJestConfig({ displayName: 'api', rootDir: import.meta.dirname });
