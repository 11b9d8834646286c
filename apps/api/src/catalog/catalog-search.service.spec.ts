import type { ApiException } from '@madoguchi/server-util-nest';

import { parseMunicipalityCode } from './catalog-search.service.js';

function codeOf(error: unknown): string {
  return (error as ApiException).code;
}

describe(parseMunicipalityCode.name, () => {
  it.each([
    ['131016', '131016'],
    ['13101', '131016'],
    ['１３１０１６', '131016'],
    ['14100', '141003'],
    ['14206-9', '142069'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseMunicipalityCode(input)).toBe(expected);
  });

  it('returns undefined for a name', () => {
    expect(parseMunicipalityCode('千代田')).toBeUndefined();
  });

  it('rejects a 6-digit code with a wrong check digit', () => {
    expect.assertions(1);
    try {
      parseMunicipalityCode('131017');
    } catch (error) {
      expect(codeOf(error)).toBe('municipality_code_check_digit');
    }
  });

  it.each([['1310'], ['1310160']])('rejects %s, which has the wrong length', (input) => {
    expect.assertions(1);
    try {
      parseMunicipalityCode(input);
    } catch (error) {
      expect(codeOf(error)).toBe('invalid_municipality_code');
    }
  });
});
