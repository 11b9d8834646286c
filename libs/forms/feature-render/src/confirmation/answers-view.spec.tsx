import { parseFormDefinition } from '@madoguchi/forms-schema';
import { buildFormDefinitionInput, text } from '@madoguchi/forms-schema/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { render, screen } from '@testing-library/react';
import { AnswersView } from './answers-view.js';

describe(AnswersView.name, () => {
  it('labels stored answers with their form version and masks the 個人番号', async () => {
    // Arrange
    const definition = parseFormDefinition(
      buildFormDefinitionInput({
        optionLists: { living: [{ value: 'apart', label: text('Apart', '別居') }] },
        steps: [
          {
            id: 'child',
            title: text('Child', '児童'),
            fields: [
              {
                id: 'living',
                type: 'radio',
                options: 'living',
                label: text('Living', '同居・別居'),
              },
              {
                id: 'myNumber',
                type: 'myNumber',
                sensitive: true,
                label: text('My Number', '個人番号'),
              },
              { id: 'birthDate', type: 'date', label: text('Birth date', '生年月日') },
            ],
          },
        ],
      }),
    );

    // Act
    const { container } = render(
      <>
        <h1>申請内容</h1>
        <AnswersView
          definition={definition}
          locale="ja"
          answers={{ living: 'apart', myNumber: '********0123', birthDate: '2024-04-01' }}
        />
      </>,
    );

    // Assert
    expect(screen.getByRole('heading', { level: 2, name: '児童' })).toBeInTheDocument();
    expect(screen.getByText('別居')).toBeInTheDocument();
    expect(screen.getByText('2024年4月1日')).toBeInTheDocument();
    expect(screen.getByText(/＊＊＊＊ ＊＊＊＊ 0123/)).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });
});
