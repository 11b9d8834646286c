import { createJestConfig } from '../../jest.preset.mjs';

export default createJestConfig({ displayName: 'demo-idp', rootDir: import.meta.dirname });
