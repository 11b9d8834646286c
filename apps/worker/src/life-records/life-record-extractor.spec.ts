import { extractLifeRecords } from './life-record-extractor.js';

describe(extractLifeRecords.name, () => {
  it('creates one child record per child of a 児童手当 claim', () => {
    const answers = {
      children: [
        { name: { family: '山田', given: '太郎' }, birthDate: '2026-04-01' },
        { name: { family: '山田', given: '花' }, birthDate: '2023-02-10' },
      ],
    };

    const records = extractLifeRecords(
      'app-1',
      answers,
      [
        {
          procedureId: 'x',
          kind: 'child',
          each: 'children',
          dates: { birthDate: 'birthDate' },
          name: 'name',
        },
      ],
      '2026-04-20',
    );

    expect(records).toEqual([
      {
        kind: 'child',
        sourceKey: 'application:app-1:child:0',
        fields: { birthDate: '2026-04-01', name: '太郎' },
      },
      {
        kind: 'child',
        sourceKey: 'application:app-1:child:1',
        fields: { birthDate: '2023-02-10', name: '花' },
      },
    ]);
  });

  it('gives a new care certification six months to the end of the month from the decision', () => {
    const records = extractLifeRecords(
      'app-2',
      { insured: { name: { given: '梅子' } } },
      [
        {
          procedureId: 'x',
          kind: 'care_certification',
          expiryMonthsAfterDecision: 6,
          name: 'insured.name',
        },
      ],
      '2026-05-10',
    );

    expect(records[0]?.fields).toEqual({
      validFrom: '2026-05-10',
      expiryDate: '2026-11-30',
      name: '梅子',
    });
  });

  describe('with the 認定結果 staff recorded', () => {
    const sources = [
      {
        procedureId: 'x',
        kind: 'care_certification' as const,
        decisionRecord: 'careCertification' as const,
        expiryMonthsAfterDecision: 6,
        name: 'insured.name',
      },
      {
        procedureId: 'x',
        kind: 'person' as const,
        dates: { birthDate: 'insured.birthDate' },
        name: 'insured.name',
      },
    ];
    const answers = { insured: { name: { given: '梅子' }, birthDate: '1942-03-15' } };

    it('takes the recorded 認定有効期間 rather than the estimate', () => {
      const records = extractLifeRecords('app-3', answers, sources, '2026-05-10', {
        kind: 'careCertification',
        careLevel: 'requiresCare2',
        validFrom: '2026-04-20',
        validUntil: '2027-04-30',
      });

      expect(records).toEqual([
        {
          kind: 'care_certification',
          sourceKey: 'application:app-3:care_certification:0',
          fields: { validFrom: '2026-04-20', expiryDate: '2027-04-30', name: '梅子' },
        },
        {
          kind: 'person',
          sourceKey: 'application:app-3:person:0',
          fields: { birthDate: '1942-03-15', name: '梅子' },
        },
      ]);
    });

    it('creates no certification for 非該当, and still the insured person', () => {
      const records = extractLifeRecords('app-4', answers, sources, '2026-05-10', {
        kind: 'careCertification',
        careLevel: 'notApplicable',
      });

      expect(records.map((record) => record.kind)).toEqual(['person']);
    });

    it('estimates the expiry only when no decision was recorded (applications completed before)', () => {
      const records = extractLifeRecords('app-5', answers, sources, '2026-05-10', null);

      expect(records[0]?.fields).toEqual({
        validFrom: '2026-05-10',
        expiryDate: '2026-11-30',
        name: '梅子',
      });
    });
  });
});
