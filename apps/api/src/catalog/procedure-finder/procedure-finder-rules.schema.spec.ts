import {
  collectVars,
  procedureFinderRuleSchema,
  procedureFinderRulesFileSchema,
} from './procedure-finder-rules.schema.js';

const REASON = { ja: '理由', en: 'Reason', easyJa: 'りゆう' };

function rule(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'a-rule',
    comment: 'Why the rule exists.',
    procedureId: 'pregnancy-notification',
    priority: 1,
    when: { var: 'isExpecting' },
    reason: REASON,
    ...overrides,
  };
}

describe('procedureFinderRuleSchema', () => {
  it('accepts a rule over known facts and applies the defaults', () => {
    // Act
    const parsed = procedureFinderRuleSchema.parse(
      rule({
        forEach: 'children',
        when: { '<': [{ var: '$item.age' }, 3] },
        deadline: { from: '$item.birthDate', days: 15 },
      }),
    );

    // Assert
    expect(parsed.deadline?.movesToNextOpenDay).toBe(true);
    expect(parsed.onlyWhileDeadlineOpen).toBe(false);
  });

  it.each([
    ['an unknown fact', rule({ when: { var: 'income' } })],
    ['a child fact outside forEach', rule({ when: { var: '$item.age' } })],
    ['a rule without a comment', rule({ comment: '' })],
    ['{{deadline}} without a deadline', rule({ reason: { ...REASON, ja: '期限は{{deadline}}' } })],
    ['an unknown template fact', rule({ reason: { ...REASON, en: '{{salary}}' } })],
    ['onlyWhileDeadlineOpen without a deadline', rule({ onlyWhileDeadlineOpen: true })],
    ['a priority out of range', rule({ priority: 4 })],
    ['an unknown key', rule({ then: 'x' })],
  ])('rejects %s', (_case, input) => {
    expect(procedureFinderRuleSchema.safeParse(input).success).toBe(false);
  });
});

describe('procedureFinderRulesFileSchema', () => {
  it('rejects duplicate rule ids', () => {
    expect(
      procedureFinderRulesFileSchema.safeParse({ facts: {}, rules: [rule(), rule()] }).success,
    ).toBe(false);
  });
});

describe(collectVars.name, () => {
  it('collects the paths a rule reads, but not those relative to the elements of some/all/none', () => {
    // Act
    const vars = collectVars({
      and: [
        { var: 'hasChildren' },
        { some: [{ var: 'children' }, { var: 'isPreschool' }] },
        { '!': { var: ['movedInOn', null] } },
      ],
    });

    // Assert
    expect(vars).toEqual(['hasChildren', 'children', 'movedInOn']);
  });
});
