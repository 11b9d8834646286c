import { buildFormDefinition, text } from '@madoguchi/forms-schema/testing';

import { publishOverlayRequestSchema, validateOverlay } from './overlay-editor.contract.js';

const standard = buildFormDefinition(
  [
    { id: 'name', type: 'text', required: true, legallyRequired: true },
    { id: 'notes', type: 'longText' },
  ],
  { id: 'childcare-facility-application' },
);
const base = { procedureId: 'childcare-facility-application', municipalityCode: '131016' };

describe(validateOverlay.name, () => {
  it('gives the effective form of a valid overlay, local field in place', () => {
    const result = validateOverlay(
      standard,
      {
        ...base,
        addFields: [
          { stepId: 'main', after: 'name', field: { id: 'local', type: 'text', label: text('L') } },
        ],
      },
      '131016',
    );

    expect(result.ok && result.definition.steps[0]?.fields.map((field) => field.id)).toEqual([
      'name',
      'local',
      'notes',
    ]);
  });

  it.each<[string, Record<string, unknown>, string, string, string]>([
    [
      'an unknown step',
      { addFields: [{ stepId: 'nowhere', field: { id: 'x', type: 'text', label: text('X') } }] },
      'addFields.0.stepId',
      'unknown_target',
      '「nowhere」は様式にありません。',
    ],
    [
      'a field id clash',
      { addFields: [{ stepId: 'main', field: { id: 'notes', type: 'text', label: text('X') } }] },
      'addFields.0.field.id',
      'duplicate_id',
      'ほかの項目と重なっています',
    ],
    [
      'hiding a legally required field',
      { hideFields: ['name'] },
      'hideFields.0',
      'legally_required',
      '法令で必須',
    ],
    [
      'an empty label',
      {
        addFields: [
          {
            stepId: 'main',
            field: { id: 'x', type: 'text', label: { ja: '', en: 'X', easyJa: 'X' } },
          },
        ],
      },
      'addFields.0.field.label.ja',
      'invalid_value',
      'この項目を入力してください。',
    ],
  ])('words %s at its path in Japanese and English', (_case, overlay, path, code, ja) => {
    const result = validateOverlay(standard, { ...base, ...overlay }, '131016');

    const issue = result.ok ? undefined : result.issues.find((entry) => entry.path === path);
    expect(issue?.code).toBe(code);
    expect(issue?.message.ja).toContain(ja);
    expect(issue?.message.en.length).toBeGreaterThan(0);
  });

  it('refuses the overlay of another municipality', () => {
    const result = validateOverlay(standard, base, '141003');

    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(['municipalityCode']);
  });
});

describe('publishOverlayRequestSchema', () => {
  it.each([
    ['2030-04-02', true],
    ['2030-02-30', false],
    ['2030-4-2', false],
    ['tomorrow', false],
  ])('takes %s as a 施行日: %s', (effectiveFrom, isValid) => {
    expect(publishOverlayRequestSchema.safeParse({ effectiveFrom }).success).toBe(isValid);
  });
});
