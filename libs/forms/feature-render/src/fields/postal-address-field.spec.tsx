import { jest } from '@jest/globals';
import { parseFormDefinition } from '@madoguchi/forms-schema';
import { buildFormDefinitionInput, text } from '@madoguchi/forms-schema/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormRenderer } from '../form-renderer.js';
import type { LookupPostalCode } from '../renderer-context.js';
import { PostalAddressField } from './compound-fields.js';

const DEFINITION = parseFormDefinition(
  buildFormDefinitionInput({
    steps: [
      {
        id: 'main',
        title: text('Address', '住所'),
        fields: [
          { id: 'home', type: 'postalAddress', label: text('Home', '住所'), required: true },
        ],
      },
    ],
  }),
);

const ADDRESSES: Record<string, Awaited<ReturnType<LookupPostalCode>>> = {
  '1020074': [{ prefecture: '東京都', city: '千代田区', town: '九段南' }],
  '4980000': [
    { prefecture: '愛知県', city: '弥富市', town: '' },
    { prefecture: '三重県', city: '桑名郡木曽岬町', town: '' },
  ],
};

function renderAddress(lookupPostalCode: LookupPostalCode) {
  const user = userEvent.setup();
  const view = render(
    <FormRenderer
      definition={DEFINITION}
      locale="ja"
      onSubmit={() => Promise.resolve({ ok: true })}
      lookupPostalCode={lookupPostalCode}
    />,
  );
  return { ...view, user };
}

describe(PostalAddressField.name, () => {
  it('fills 都道府県, 市区町村 and 町域 from a 7-digit 郵便番号, says so politely, and leaves them editable', async () => {
    // Arrange
    const lookup = jest.fn<LookupPostalCode>((code) => Promise.resolve(ADDRESSES[code] ?? []));
    const { user, container } = renderAddress(lookup);

    // Act
    await user.type(screen.getByRole('textbox', { name: /郵便番号/ }), '102-0074');

    // Assert
    expect(await screen.findByRole('status')).toHaveTextContent(
      '「東京都千代田区九段南」を入れました',
    );
    expect(screen.getByRole('combobox', { name: /都道府県/ })).toHaveValue('東京都');
    expect(screen.getByRole('textbox', { name: /市区町村/ })).toHaveValue('千代田区');
    const town = screen.getByRole('textbox', { name: /町名/ });
    expect(town).toHaveValue('九段南');
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup).toHaveBeenCalledWith('1020074');

    await user.clear(town);
    await user.type(town, '九段北');
    expect(town).toHaveValue('九段北');
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('offers the addresses of a code shared by two municipalities as a choice', async () => {
    // Arrange
    const { user } = renderAddress((code) => Promise.resolve(ADDRESSES[code] ?? []));

    // Act
    await user.type(screen.getByRole('textbox', { name: /郵便番号/ }), '4980000');
    await user.click(await screen.findByRole('radio', { name: '三重県桑名郡木曽岬町' }));

    // Assert
    expect(screen.getByRole('combobox', { name: /都道府県/ })).toHaveValue('三重県');
    expect(screen.getByRole('textbox', { name: /市区町村/ })).toHaveValue('桑名郡木曽岬町');
    expect(screen.queryByRole('radio', { name: '愛知県弥富市' })).not.toBeInTheDocument();
  });

  it('says when a code has no address, and when the lookup fails, leaving the address to type', async () => {
    // Arrange
    const { user } = renderAddress((code) =>
      code === '9999999' ? Promise.reject(new Error('network_error')) : Promise.resolve([]),
    );
    const postalCode = screen.getByRole('textbox', { name: /郵便番号/ });

    // Act
    await user.type(postalCode, '0000000');

    // Assert
    expect(
      await screen.findByText('この郵便番号の住所は見つかりませんでした。住所を入力してください。'),
    ).toBeInTheDocument();
    await user.clear(postalCode);
    await user.type(postalCode, '9999999');
    expect(
      await screen.findByText('住所を自動で入れられませんでした。住所を入力してください。'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /市区町村/ })).toHaveValue('');
  });
});
