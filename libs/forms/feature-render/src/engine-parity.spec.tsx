import { readFileSync } from 'node:fs';

import { compileForm, parseFormDefinition, resolveSampleDates } from '@madoguchi/forms-schema';
import { VALIDATION_PARITY_CASES } from '@madoguchi/forms-schema/testing';

import type { EngineResolverState } from './engine-resolver.js';
import { createEngineResolver } from './engine-resolver.js';

const SEEDS = new URL('../../../../seeds/forms/', import.meta.url);

function readJson(relative: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(relative, SEEDS), 'utf8')) as Record<string, unknown>;
}

// The same table runs against the API (apps/api/test/integration/validation-parity.integration-spec.ts).
describe('browser validation parity (jsdom, through the react-hook-form resolver)', () => {
  it('runs in a browser-like environment', () => {
    expect(typeof window).toBe('object');
    expect(typeof document.createElement).toBe('function');
  });

  it.each(VALIDATION_PARITY_CASES.map((testCase) => [testCase.name, testCase] as const))(
    'gives the engine codes for %s',
    async (_name, testCase) => {
      const compiled = compileForm(
        parseFormDefinition(readJson(`${testCase.procedureId}/v1.json`)),
      );
      const state: EngineResolverState = { stepId: undefined, lastIssues: [] };
      const resolver = createEngineResolver(compiled, state);
      const answers = testCase.mutate(
        resolveSampleDates(readJson(`${testCase.procedureId}/samples/${testCase.sample}.json`)),
      );

      const result = await resolver(answers, undefined, {
        fields: {},
        shouldUseNativeValidation: false,
      });

      expect(Object.keys(result.errors)).not.toHaveLength(0);
      expect(state.lastIssues.map(({ path, code }) => ({ path, code }))).toEqual(testCase.expected);
    },
  );
});
