import { toProcedureDropOff } from './drop-off.js';

const STEPS = [
  { id: 'notifier', title: { ja: '届出人', en: 'Notifier', easyJa: 'とどけるひと' } },
  { id: 'pregnancy', title: { ja: '妊娠', en: 'Pregnancy', easyJa: 'にんしん' } },
  { id: 'health', title: { ja: '健康', en: 'Health', easyJa: 'けんこう' } },
];

describe(toProcedureDropOff.name, () => {
  it('lists every step of the form in its order, zeros included', () => {
    // Act
    const result = toProcedureDropOff(
      'pregnancy-notification',
      [{ procedureId: 'pregnancy-notification', stepId: 'health', drafts: 2, submitted: 5 }],
      STEPS,
    );

    // Assert
    expect(result).toEqual({
      procedureId: 'pregnancy-notification',
      steps: [
        { stepId: 'notifier', title: '届出人', drafts: 0 },
        { stepId: 'pregnancy', title: '妊娠', drafts: 0 },
        { stepId: 'health', title: '健康', drafts: 2 },
      ],
      submitted: 5,
    });
  });

  it('counts a draft with no step at the first step, and puts older steps last', () => {
    // Act
    const result = toProcedureDropOff(
      'p',
      [
        { procedureId: 'p', stepId: 'pregnancy', drafts: 1, submitted: 3 },
        { procedureId: 'p', stepId: 'removed-step', drafts: 4, submitted: 3 },
        { procedureId: 'p', stepId: null, drafts: 2, submitted: 3 },
      ],
      STEPS,
    );

    // Assert
    expect(result.steps).toEqual([
      { stepId: 'notifier', title: '届出人', drafts: 2 },
      { stepId: 'pregnancy', title: '妊娠', drafts: 1 },
      { stepId: 'health', title: '健康', drafts: 0 },
      { stepId: 'removed-step', title: 'removed-step', drafts: 4 },
    ]);
    expect(result.submitted).toBe(3);
  });

  it('answers the submissions of a procedure with no draft', () => {
    // Act
    const result = toProcedureDropOff(
      'p',
      [{ procedureId: 'p', stepId: null, drafts: 0, submitted: 7 }],
      STEPS,
    );

    // Assert
    expect(result.submitted).toBe(7);
    expect(result.steps.map((step) => step.drafts)).toEqual([0, 0, 0]);
  });
});
