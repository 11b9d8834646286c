import { fileURLToPath } from 'node:url';

import { loadRuleBook } from './rule-book.js';

const SEEDS_DIR = fileURLToPath(new URL('../../../../seeds', import.meta.url));

describe(loadRuleBook.name, () => {
  it('loads the seeded rules with every municipality parameter applied', async () => {
    // Act
    const book = loadRuleBook(SEEDS_DIR, null);

    // Assert
    const yokohama = (await book.rulesFor('141003')).find(
      (rule) => rule.id === 'infant-health-checkup',
    );
    expect(
      yokohama?.trigger.type === 'relative' &&
        yokohama.trigger.occurrences.map((occurrence) => occurrence.key),
    ).toEqual(['4m', '18m', '3y']);
    expect((await book.rulesFor('999999')).map((rule) => rule.id)).toContain(
      'care-certification-renewal',
    );
    expect(book.lifeRecordSources('child-allowance-certification')).toEqual([
      expect.objectContaining({ kind: 'child', each: 'children' }),
    ]);
  });

  it('tells which procedures need a decision record when staff complete them (要介護認定: the 認定結果)', () => {
    const book = loadRuleBook(SEEDS_DIR, null);

    expect(book.decisionRecordKind('care-need-certification')).toBe('careCertification');
    expect(book.decisionRecordKind('care-need-certification-renewal')).toBe('careCertification');
    expect(book.decisionRecordKind('pregnancy-notification')).toBeNull();
  });

  it('reads the stored parameters of a municipality at each call, over its seed file', async () => {
    // Arrange
    let months = 17;
    const database = {
      query: (_sql: string, parameters?: unknown[]) =>
        Promise.resolve(
          parameters?.[0] === '131016'
            ? [
                {
                  parameters: {
                    municipalityCode: '131016',
                    rules: {
                      'infant-health-checkup': {
                        occurrences: [
                          {
                            key: '18m',
                            offset: { months },
                            label: { ja: '健診', en: 'Check-up', easyJa: 'けんしん' },
                          },
                        ],
                      },
                    },
                  },
                  retiredKeys: {},
                  version: 2,
                  updatedAt: '2026-12-08T00:00:00.000000Z',
                  updatedBy: 'staff-admin',
                },
              ]
            : [],
        ),
    };
    const book = loadRuleBook(SEEDS_DIR, database);
    const offsetsOf = async (code: string) => {
      const rule = (await book.rulesFor(code)).find((item) => item.id === 'infant-health-checkup');
      return rule?.trigger.type === 'relative'
        ? rule.trigger.occurrences.map((occurrence) => occurrence.offset)
        : [];
    };

    // Act
    const first = await offsetsOf('131016');
    months = 19;
    const second = await offsetsOf('131016');

    // Assert
    expect(first).toEqual([{ months: 17 }]);
    expect(second).toEqual([{ months: 19 }]);
    expect((await offsetsOf('141003')).length).toBe(3);
  });
});
