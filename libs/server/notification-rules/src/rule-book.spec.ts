import { fileURLToPath } from 'node:url';

import { loadRuleBook } from './rule-book.js';

const SEEDS_DIR = fileURLToPath(new URL('../../../../seeds', import.meta.url));

describe(loadRuleBook.name, () => {
  it('loads the seeded rules with every municipality parameter applied', () => {
    // Act
    const book = loadRuleBook(SEEDS_DIR);

    // Assert
    const yokohama = book.rulesFor('141003').find((rule) => rule.id === 'infant-health-checkup');
    expect(
      yokohama?.trigger.type === 'relative' &&
        yokohama.trigger.occurrences.map((occurrence) => occurrence.key),
    ).toEqual(['4m', '18m', '3y']);
    expect(book.rulesFor('999999').map((rule) => rule.id)).toContain('care-certification-renewal');
    expect(book.lifeRecordSources('child-allowance-certification')).toEqual([
      expect.objectContaining({ kind: 'child', each: 'children' }),
    ]);
  });

  it('tells which procedures need a decision record when staff complete them (要介護認定: the 認定結果)', () => {
    const book = loadRuleBook(SEEDS_DIR);

    expect(book.decisionRecordKind('care-need-certification')).toBe('careCertification');
    expect(book.decisionRecordKind('care-need-certification-renewal')).toBe('careCertification');
    expect(book.decisionRecordKind('pregnancy-notification')).toBeNull();
  });
});
