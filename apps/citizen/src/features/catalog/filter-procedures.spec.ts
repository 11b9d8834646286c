import { buildProcedureSummary } from '@madoguchi/web-data-access-api/testing';
import { filterProcedures } from './filter-procedures.js';

describe(filterProcedures.name, () => {
  const childAllowance = buildProcedureSummary({
    id: 'child-allowance-certification',
    title: { ja: '児童手当 認定請求', en: 'Child allowance', easyJa: 'じどうてあての しんせい' },
  });
  const care = buildProcedureSummary({
    id: 'care-need-certification',
    title: { ja: '要介護・要支援認定', en: 'Care need certification', easyJa: 'かいごの にんてい' },
  });

  it('finds a procedure by the hiragana reading of its title', () => {
    expect(filterProcedures([childAllowance, care], 'じどう')).toEqual([childAllowance]);
  });

  it('finds a procedure by katakana or full-width English, whatever the case', () => {
    expect(filterProcedures([childAllowance, care], 'カイゴ')).toEqual([care]);
    expect(filterProcedures([childAllowance, care], 'ＡＬＬＯＷＡＮＣＥ')).toEqual([
      childAllowance,
    ]);
  });

  it('keeps every procedure for an empty keyword', () => {
    expect(filterProcedures([childAllowance, care], '  ')).toHaveLength(2);
  });
});
