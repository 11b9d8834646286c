import { FIELD_TYPES, parseFormDefinition } from '@madoguchi/forms-schema';
import type { FieldType } from '@madoguchi/forms-schema';
import { buildFormDefinitionInput, text } from '@madoguchi/forms-schema/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormRenderer } from './form-renderer.js';

const LEAF_TYPES = FIELD_TYPES.filter(
  (type): type is Exclude<FieldType, 'group'> => type !== 'group',
);

function buildEveryTypeDefinition() {
  return parseFormDefinition(
    buildFormDefinitionInput({
      optionLists: {
        colours: [
          { value: 'red', label: text('Red', '赤') },
          { value: 'blue', label: text('Blue', '青') },
        ],
      },
      attachments: [
        {
          id: 'photo',
          label: text('Photo', '写真'),
          guidance: text('Mask the number', '番号を隠してください'),
        },
      ],
      steps: [
        {
          id: 'all',
          title: text('All types', 'すべての項目'),
          fields: [
            ...LEAF_TYPES.map((type) => ({
              id: `${type}Field`,
              type,
              label: text(`${type} label`, `${type} の項目`),
              ...(['radio', 'select', 'checkboxes'].includes(type) ? { options: 'colours' } : {}),
              ...(type === 'attachment' ? { slot: 'photo' } : {}),
            })),
            {
              id: 'household',
              type: 'group',
              label: text('Household', '世帯'),
              fields: [{ id: 'memberCount', type: 'number', label: text('Members', '人数') }],
            },
            {
              id: 'total',
              type: 'number',
              label: text('Total', '合計'),
              value: { '+': [{ var: 'household.memberCount' }, 1] },
            },
          ],
        },
      ],
    }),
  );
}

describe('FormRenderer field types', () => {
  it('renders a control for every field type of the meta-schema without axe violations', async () => {
    // Arrange
    const definition = buildEveryTypeDefinition();

    // Act
    const { container } = render(
      <FormRenderer
        definition={definition}
        locale="ja"
        onSubmit={() => Promise.resolve({ ok: true })}
      />,
    );

    // Assert
    for (const type of LEAF_TYPES) {
      const name = new RegExp(`^${type} の項目`);
      const control =
        screen.queryByRole('group', { name }) ??
        screen.queryByRole('textbox', { name }) ??
        screen.queryByRole('combobox', { name }) ??
        screen.queryByRole('checkbox', { name }) ??
        screen.queryByLabelText(name);
      expect({ type, isRendered: control !== null }).toEqual({ type, isRendered: true });
    }
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('shows a computed value read-only, recomputed as the answers change', async () => {
    // Arrange
    const user = userEvent.setup();
    render(
      <FormRenderer
        definition={buildEveryTypeDefinition()}
        locale="ja"
        onSubmit={() => Promise.resolve({ ok: true })}
      />,
    );

    // Act
    await user.type(screen.getByRole('textbox', { name: '人数' }), '3');

    // Assert
    const total = screen.getByRole('textbox', { name: /合計/ });
    expect(total).toHaveAttribute('readonly');
    expect(total).toHaveValue('4');
  });

  it('shows the bank fields only when a bank account is chosen', async () => {
    // Arrange
    const user = userEvent.setup();
    render(
      <FormRenderer
        definition={buildEveryTypeDefinition()}
        locale="en"
        onSubmit={() => Promise.resolve({ ok: true })}
      />,
    );

    // Act
    await user.click(screen.getByRole('radio', { name: 'Give a bank account' }));

    // Assert
    expect(screen.getByRole('textbox', { name: 'Bank code' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Ordinary (普通)' })).toBeInTheDocument();
  });
});
