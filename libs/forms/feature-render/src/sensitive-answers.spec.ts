import { parseFormDefinition } from '@madoguchi/forms-schema';
import { buildFormDefinitionInput, text } from '@madoguchi/forms-schema/testing';
import { omitSensitiveAnswers } from './sensitive-answers.js';

describe(omitSensitiveAnswers.name, () => {
  it('drops the masked sensitive values, also inside repeating groups, and keeps the rest', () => {
    // Arrange
    const definition = parseFormDefinition(
      buildFormDefinitionInput({
        steps: [
          {
            id: 'main',
            title: text('Main'),
            fields: [
              { id: 'myNumber', type: 'myNumber', sensitive: true, label: text('My Number') },
              { id: 'email', type: 'email', label: text('E-mail') },
              {
                id: 'children',
                type: 'group',
                label: text('Children'),
                repeat: { min: 1, max: 3, itemLabel: text('child') },
                fields: [
                  { id: 'childName', type: 'text', label: text('Name') },
                  {
                    id: 'childMyNumber',
                    type: 'myNumber',
                    sensitive: true,
                    label: text('My Number'),
                  },
                ],
              },
            ],
          },
        ],
      }),
    );
    const answers = {
      myNumber: '********1234',
      email: 'hanako@example.jp',
      children: [{ childName: '太郎', childMyNumber: '********5678' }],
    };

    // Act
    const result = omitSensitiveAnswers(definition, answers);

    // Assert
    expect(result).toEqual({ email: 'hanako@example.jp', children: [{ childName: '太郎' }] });
    expect(answers.myNumber).toBe('********1234');
  });
});
