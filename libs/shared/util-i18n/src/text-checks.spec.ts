import { findCatalogueProblems, findTextProblem } from './text-checks.js';

const READINGS = { 申請: 'しんせい' };

describe(findTextProblem.name, () => {
  it.each([
    ['ja', undefined, 'missing'],
    ['en', '  ', 'empty'],
    ['easyJa', 'TODO', 'a placeholder (TODO)'],
    ['ja', '件数：undefined', 'prints a broken value: 件数：undefined'],
  ] as const)('finds a %s text %p wrong', (locale, text, problem) => {
    expect(findTextProblem(locale, text)).toBe(problem);
  });

  it('refuses やさしい日本語 written as spaced-out kana', () => {
    expect(findTextProblem('easyJa', 'しんせい を する')).toMatch(/^spaced-out kana/);
    expect(findTextProblem('easyJa', '申請をする')).toBeUndefined();
  });

  it('refuses the English text copied into やさしい日本語', () => {
    expect(findTextProblem('easyJa', 'Submit', { en: 'Submit' })).toMatch(/^the English text/);
  });

  it('finds kanji the furigana table cannot read', () => {
    expect(findTextProblem('easyJa', '申請を送る', { readings: READINGS })).toMatch(
      /^no furigana for 送/,
    );
  });
});

describe(findCatalogueProblems.name, () => {
  it('walks nested keys and calls message functions', () => {
    const catalogue = {
      ja: { title: '申請', count: (n: number) => `${n}件`, nested: { a: 'あ' } },
      en: { title: 'Application', count: (n: number) => `${n} items`, nested: { a: '' } },
      easyJa: { title: 'しんせい を する', count: (n: number) => `${n}こ` },
    };

    expect(findCatalogueProblems(catalogue, { args: { count: [3] } })).toEqual([
      'title (easyJa): spaced-out kana, write it in ordinary script (kanji get furigana): しんせい を する',
      'nested.a (en): empty',
      'nested.a (easyJa): missing',
    ]);
  });
});
