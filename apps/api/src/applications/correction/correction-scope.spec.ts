import {
  businessDaysBetween,
  changedAnswerPaths,
  isOpenForCorrection,
} from './correction-scope.js';

describe(isOpenForCorrection.name, () => {
  it.each([
    ['phone', ['phone'], true],
    ['name.family', ['name'], true],
    ['children.1.birthDate', ['children.birthDate'], true],
    ['children.1.birthDate', ['children.1.birthDate'], true],
    ['children.1.birthDate', ['children.0.birthDate'], false],
    ['phoneExtra', ['phone'], false],
    ['email', ['phone', 'pregnancyProof'], false],
  ])('%s opened by %j: %s', (path, flagged, expected) => {
    expect(isOpenForCorrection(path, flagged)).toBe(expected);
  });
});

describe(changedAnswerPaths.name, () => {
  it('lists the changed leaves, a list of plain values as one answer, empty values alike', () => {
    const before = {
      phone: '0312345678',
      name: { family: '山田', given: '花子' },
      topics: ['a', 'b'],
      note: '',
      kids: [{ age: 1 }],
    };
    const after = {
      phone: '0312345678',
      name: { family: '山田', given: '華子' },
      topics: ['a'],
      kids: [{ age: 1 }, { age: 3 }],
    };

    expect(changedAnswerPaths(before, after)).toEqual(['kids.1.age', 'name.given', 'topics']);
  });
});

describe(businessDaysBetween.name, () => {
  it('counts the business days after the first date up to the second, weekends and holidays left out', () => {
    // 2026-12-04 is a Friday; 12/07 and 12/08 are Monday and Tuesday.
    expect(businessDaysBetween('2026-12-04', '2026-12-08')).toBe(2);
    expect(businessDaysBetween('2026-12-04', '2026-12-04')).toBe(0);
    // Year-end closure 12/29–1/3.
    expect(businessDaysBetween('2026-12-28', '2027-01-04')).toBe(1);
  });
});
