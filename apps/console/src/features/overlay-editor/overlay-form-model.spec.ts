import { applyOverlay } from '@madoguchi/forms-schema';
import { buildFormDefinition, text } from '@madoguchi/forms-schema/testing';
import { validateOverlay } from '@madoguchi/procedures-contracts';
import { formPathOf, newLocalField, toFormValues, toOverlay } from './overlay-form-model.js';

const CHIYODA = '131016';

const standard = buildFormDefinition(
  [
    { id: 'name', type: 'text', required: true, legallyRequired: true },
    { id: 'pickUpTime', type: 'text' },
    { id: 'notes', type: 'longText' },
  ],
  {
    id: 'childcare-facility-application',
    attachments: [{ id: 'proof', label: text('Proof'), guidance: text('Standard guidance') }],
  },
);

/** An overlay in the seeds' style, with parts the form does not edit (hidden fields, variants). */
const seedOverlay = {
  procedureId: 'childcare-facility-application',
  municipalityCode: CHIYODA,
  baseVersions: [1],
  addFields: [
    {
      stepId: 'main',
      after: 'pickUpTime',
      field: {
        id: 'localCare',
        type: 'radio',
        label: text('Extended care', '延長保育'),
        required: true,
        options: 'careChoices',
      },
    },
  ],
  optionLists: {
    careChoices: [
      { value: 'no', label: text('No', '希望しない') },
      { value: 'yes', label: text('Yes', '希望する') },
    ],
  },
  hideFields: ['notes'],
  attachmentGuidance: { proof: text('Chiyoda guidance', '千代田区の案内') },
  signature: {
    required: true,
    variants: [{ when: { var: 'notes' }, required: false, reason: text('Reason') }],
  },
  standardProcessingDays: 40,
  contact: { department: text('Childcare', '保育係'), phone: '03-5211-4226' },
};

function fieldIds(overlay: unknown): string[] {
  return applyOverlay(standard, overlay).steps.flatMap((step) =>
    step.fields.map((field) => field.id),
  );
}

describe(toFormValues.name, () => {
  it('gives back an overlay with the same effective form, parts it does not edit included', () => {
    // Arrange
    const values = toFormValues(seedOverlay);

    // Act
    const overlay = toOverlay(values);

    // Assert
    expect(values.fields[0]?.options.map((option) => option.value)).toEqual(['no', 'yes']);
    expect(values.signature).toBe('required');
    expect(applyOverlay(standard, overlay)).toEqual(applyOverlay(standard, seedOverlay));
  });

  it('keeps local fields after the same field in the order of the list (up and down)', () => {
    // Arrange
    const values = toFormValues(seedOverlay);
    const second = { ...newLocalField('main', 1), id: 'localSecond', after: 'pickUpTime' };
    second.label = text('Second', '二つ目');

    // Act
    const before = toOverlay({ ...values, fields: [second, ...values.fields] });
    const after = toOverlay({ ...values, fields: [...values.fields, second] });

    // Assert
    expect(fieldIds(before)).toEqual(['name', 'pickUpTime', 'localSecond', 'localCare', 'notes']);
    expect(fieldIds(after)).toEqual(['name', 'pickUpTime', 'localCare', 'localSecond', 'notes']);
    // Read again, the chain is the anchor it was written from.
    expect(toFormValues(after).fields[1]?.after).toBe('pickUpTime');
  });

  it('leaves the standard signature rule when the administrator keeps it', () => {
    const values = { ...toFormValues(seedOverlay), signature: 'standard' as const };

    expect(toOverlay(values)).not.toHaveProperty('signature');
  });
});

describe(formPathOf.name, () => {
  it('puts the engine’s problems at the inputs of the form', () => {
    // Arrange
    const values = toFormValues(seedOverlay);
    const broken = toOverlay({
      ...values,
      fields: [
        ...values.fields,
        { ...newLocalField('nowhere', 1), label: text('Lost', '迷子') },
        { ...newLocalField('main', 2), id: 'Bad id', label: text('Bad', '不正') },
      ],
    });

    // Act
    const result = validateOverlay(standard, broken, CHIYODA);

    // Assert
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((issue) => formPathOf(issue.path, values));
    expect(paths).toContain('fields.2.id');
    expect(formPathOf('addFields.1.stepId', values)).toBe('fields.1.stepId');
    expect(formPathOf('addFields.0.field.label.en', values)).toBe('fields.0.label.en');
    expect(formPathOf('optionLists.careChoices.0.value', values)).toBe('fields.0.options');
    expect(formPathOf('attachmentGuidance.proof.ja', values)).toBe('attachmentGuidance.0.slotId');
    expect(formPathOf('contact.phone', values)).toBe('contact.phone');
    expect(formPathOf('hideFields.0', values)).toBeNull();
  });
});
