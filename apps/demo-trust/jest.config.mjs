import { createJestConfig } from '../../jest.preset.mjs';

export default createJestConfig({ displayName: 'demo-trust', rootDir: import.meta.dirname });
