import { FormDefinitionError } from '../definition/form-definition.error.js';
import { compileForm } from '../compile/compile-form.js';
import { buildFormDefinition, text } from '../testing.js';
import { applyOverlay } from './apply-overlay.js';
import type { MunicipalityOverlayInput } from './municipality-overlay.schema.js';

const standard = buildFormDefinition(
  [
    { id: 'name', type: 'text', required: true, legallyRequired: true },
    { id: 'occupation', type: 'text' },
    { id: 'livesTogether', type: 'yesNo' },
  ],
  {
    id: 'child-allowance-certification',
    signature: { required: true },
    optionLists: { occupations: [{ value: 'employee', label: text('Employee') }] },
    attachments: [
      { id: 'bankProof', label: text('Bank proof'), guidance: text('Standard guidance') },
    ],
  },
);

function overlay(overrides: Partial<MunicipalityOverlayInput> = {}): MunicipalityOverlayInput {
  return { procedureId: 'child-allowance-certification', municipalityCode: '142069', ...overrides };
}

function issuesOf(json: unknown): string[] {
  try {
    applyOverlay(standard, json);
    return [];
  } catch (error) {
    if (error instanceof FormDefinitionError) {
      return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    }
    throw error;
  }
}

describe(applyOverlay.name, () => {
  it('adds fields and steps, help, guidance, signature variants, deadlines and contact', () => {
    // Arrange
    const json = overlay({
      addSteps: [
        {
          step: {
            id: 'local',
            title: text('Local'),
            fields: [{ id: 'localNote', type: 'longText', label: text('Note') }],
          },
        },
      ],
      addFields: [
        {
          stepId: 'main',
          after: 'name',
          field: { id: 'odawaraCardNumber', type: 'text', label: text('Card') },
        },
      ],
      help: { occupation: text('Write your job') },
      attachmentGuidance: { bankProof: text('Odawara guidance') },
      signature: {
        required: true,
        variants: [
          { when: { var: 'livesTogether' }, required: false, reason: text('Lives together') },
        ],
      },
      addDeadlines: [],
      contact: { department: text('Child support', '子育て政策課'), phone: '0465-33-1453' },
    });

    // Act
    const effective = applyOverlay(standard, json);

    // Assert
    expect(effective.steps.map((step) => step.id)).toEqual(['main', 'local']);
    expect(effective.steps[0]?.fields.map((field) => field.id)).toEqual([
      'name',
      'odawaraCardNumber',
      'occupation',
      'livesTogether',
    ]);
    expect(effective.steps[0]?.fields[2]?.help).toEqual(text('Write your job'));
    expect(effective.attachments[0]?.guidance).toEqual(text('Odawara guidance'));
    expect(effective.municipalityCode).toBe('142069');
    expect(effective.contact?.phone).toBe('0465-33-1453');
    expect(compileForm(effective).isSignatureRequired({ livesTogether: true })).toBe(false);
    expect(standard.steps[0]?.fields).toHaveLength(3);
  });

  it('hides an optional standard field so it is neither shown nor kept', () => {
    const effective = applyOverlay(standard, overlay({ hideFields: ['occupation'] }));

    const result = compileForm(effective).validate({ name: '山田', occupation: 'x' });

    expect(result).toEqual({ ok: true, answers: { name: '山田' } });
  });

  it.each<[string, MunicipalityOverlayInput | Record<string, unknown>, string]>([
    ['hiding a legally required field', overlay({ hideFields: ['name'] }), 'legally required'],
    ['an invalid municipality code', overlay({ municipalityCode: '142060' }), 'municipalityCode'],
    [
      'another procedure',
      overlay({ procedureId: 'pregnancy-notification' }),
      'not "child-allowance-certification"',
    ],
    [
      'an unknown step',
      overlay({
        addFields: [{ stepId: 'nope', field: { id: 'x', type: 'text', label: text('X') } }],
      }),
      'unknown step',
    ],
    [
      'a field id clash',
      overlay({
        addFields: [
          { stepId: 'main', field: { id: 'occupation', type: 'text', label: text('X') } },
        ],
      }),
      'duplicate field',
    ],
    [
      'replacing a standard option list',
      overlay({ optionLists: { occupations: [{ value: 'x', label: text('X') }] } }),
      'cannot be replaced',
    ],
    ['an unknown help target', overlay({ help: { nope: text('x') } }), 'unknown field "nope"'],
    ['an overlay for another version', overlay({ baseVersions: [2] }), 'version 1'],
  ])('rejects %s', (_description, json, expected) => {
    expect(issuesOf(json).join('\n')).toContain(expected);
  });
});
