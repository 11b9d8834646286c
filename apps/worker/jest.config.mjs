import { createJestConfig } from '../../jest.preset.mjs';

export default createJestConfig({ displayName: 'worker', rootDir: import.meta.dirname });
