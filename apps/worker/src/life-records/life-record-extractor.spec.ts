import { extractLifeRecords } from './life-record-extractor.js';

describe(extractLifeRecords.name, () => {
  it('creates one child record per child of a 児童手当 claim', () => {
    const answers = {
      children: [
        { name: { family: '山田', given: '太郎' }, birthDate: '2026-04-01' },
        { name: { family: '山田', given: '花' }, birthDate: '2023-02-10' },
      ],
    };

    const records = extractLifeRecords('app-1', answers, [{ procedureId: 'x', kind: 'child', each: 'children', dates: { birthDate: 'birthDate' }, name: 'name' }], '2026-04-20');

    expect(records).toEqual([
      { kind: 'child', sourceKey: 'application:app-1:child:0', fields: { birthDate: '2026-04-01', name: '太郎' } },
      { kind: 'child', sourceKey: 'application:app-1:child:1', fields: { birthDate: '2023-02-10', name: '花' } },
    ]);
  });

  it('gives a new care certification six months to the end of the month from the decision', () => {
    const records = extractLifeRecords(
      'app-2',
      { insured: { name: { given: '梅子' } } },
      [{ procedureId: 'x', kind: 'care_certification', expiryMonthsAfterDecision: 6, name: 'insured.name' }],
      '2026-05-10',
    );

    expect(records[0]?.fields).toEqual({ validFrom: '2026-05-10', expiryDate: '2026-11-30', name: '梅子' });
  });
});
