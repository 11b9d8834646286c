import { compileForm } from '@madoguchi/forms-schema';
import { buildField, buildFormDefinition, text } from '@madoguchi/forms-schema/testing';

import { buildAnswerColumns, formatAnswerCell } from './answer-columns.js';

describe(buildAnswerColumns.name, () => {
  const definition = buildFormDefinition(
    [
      { id: 'name', type: 'personName', label: text('Name', '氏名') },
      { id: 'myNumber', type: 'myNumber', sensitive: true, label: text('My Number', '個人番号') },
      { id: 'smoking', type: 'radio', options: 'smoking', label: text('Smoking', '喫煙') },
      {
        id: 'children',
        type: 'group',
        label: text('Children', '子ども'),
        repeat: { min: 1, max: 2, itemLabel: text('Child', '子ども') },
        fields: [buildField({ id: 'givenName', type: 'text', label: text('Given name', '名') })],
      },
    ],
    { optionLists: { smoking: [{ value: 'never', label: text('Never', '吸わない') }] } },
  );

  it('makes one column per answer field, numbering the repeating groups', () => {
    // Act
    const columns = buildAnswerColumns([compileForm(definition)]);

    // Assert
    expect(columns.map((column) => [column.path, column.label])).toEqual([
      ['name', '氏名'],
      ['myNumber', '個人番号'],
      ['smoking', '喫煙'],
      ['children.0.givenName', '子ども1・名'],
      ['children.1.givenName', '子ども2・名'],
    ]);
  });

  it('prints names, option labels and masked values, never a sealed value in clear', () => {
    // Arrange
    const [name, myNumber, smoking, firstChild, secondChild] = buildAnswerColumns([
      compileForm(definition),
    ]);
    const answers = {
      name: { family: '小田原', given: '花子', familyKana: 'オダワラ', givenKana: 'ハナコ' },
      myNumber: { $sealed: 'aes-256-gcm', kid: 'dev', iv: 'x', tag: 'y', ct: 'z', tail: '5352' },
      smoking: 'never',
      children: [{ givenName: '一郎' }],
    };

    // Act
    const cells = [name, myNumber, smoking, firstChild, secondChild].map((column) =>
      formatAnswerCell(answers, column!),
    );

    // Assert
    expect(cells).toEqual([
      '小田原 花子（オダワラ ハナコ）',
      '********5352',
      '吸わない',
      '一郎',
      '',
    ]);
  });
});
