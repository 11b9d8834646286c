import { buildField, buildFormDefinition } from '@madoguchi/forms-schema/testing';
import { sharedAnswers } from './shared-answers.js';

const applicantGroup = (
  extra: { id: string; type: 'text' | 'phone' | 'myNumber' | 'postalAddress' }[] = [],
) => ({
  id: 'applicant',
  type: 'group' as const,
  fields: [
    buildField({ id: 'name', type: 'personName' }),
    buildField({ id: 'phone', type: 'phone' }),
    buildField({ id: 'myNumber', type: 'myNumber', sensitive: true }),
    ...extra.map(buildField),
  ],
});

describe(sharedAnswers.name, () => {
  const first = buildFormDefinition(
    [
      applicantGroup(),
      { id: 'address', type: 'postalAddress' },
      { id: 'note', type: 'text' },
      { id: 'declaration', type: 'consent' },
      { id: 'proof', type: 'attachment', slot: 'proof' },
    ],
    {
      attachments: [
        {
          id: 'proof',
          label: { ja: '書類', en: 'Proof', easyJa: 'しょるい' },
          guidance: { ja: 'x', en: 'x', easyJa: 'x' },
        },
      ],
    },
  );
  const answers = {
    applicant: {
      name: { family: '山田', given: '花子', familyKana: 'ヤマダ', givenKana: 'ハナコ' },
      phone: '090-1234-5678',
      myNumber: '********1234',
    },
    address: {
      postalCode: '1020074',
      prefecture: '東京都',
      city: '千代田区',
      town: '九段南',
      block: '1-2-1',
    },
    note: 'ふつうのメモ',
    declaration: true,
    proof: ['attachment-1'],
  };

  it('carries answers of fields with the same id and type, field by field inside a group', () => {
    // Arrange
    const next = buildFormDefinition([
      applicantGroup([{ id: 'text', type: 'text' }]),
      { id: 'address', type: 'postalAddress' },
      { id: 'note', type: 'longText' },
    ]);

    // Act
    const shared = sharedAnswers(next, [{ definition: first, answers }]);

    // Assert
    expect(shared.fields.map((field) => field.id)).toEqual(['applicant', 'address']);
    expect(shared.answers).toEqual({
      applicant: { name: answers.applicant.name, phone: '090-1234-5678' },
      address: answers.address,
    });
  });

  it('never carries a 個人番号, a sensitive field, a declaration or a file', () => {
    // Arrange
    const next = buildFormDefinition(
      [
        applicantGroup(),
        { id: 'note', type: 'text', sensitive: true },
        { id: 'declaration', type: 'consent' },
        { id: 'proof', type: 'attachment', slot: 'proof' },
      ],
      { attachments: first.attachments },
    );

    // Act
    const shared = sharedAnswers(next, [{ definition: first, answers }]);

    // Assert
    expect(JSON.stringify(shared.answers)).not.toContain('1234"');
    expect(shared.answers).toEqual({
      applicant: { name: answers.applicant.name, phone: '090-1234-5678' },
    });
  });

  it('takes the latest submitted answer when two earlier forms have the field', () => {
    // Arrange
    const next = buildFormDefinition([{ id: 'note', type: 'text' }]);

    // Act
    const shared = sharedAnswers(next, [
      { definition: first, answers },
      { definition: first, answers: { ...answers, note: 'あとのメモ' } },
    ]);

    // Assert
    expect(shared.answers).toEqual({ note: 'あとのメモ' });
  });
});
