import { Ajv2020 } from 'ajv/dist/2020.js';
import { compileForm } from '../compile/compile-form.js';
import { buildField, buildFormDefinition, makeMyNumber, text } from '../testing.js';
import { toJsonSchema } from './to-json-schema.js';

const definition = buildFormDefinition(
  [
    { id: 'name', type: 'personName', required: true },
    { id: 'birthDate', type: 'date', required: true },
    { id: 'myNumber', type: 'myNumber', required: true },
    { id: 'address', type: 'postalAddress' },
    { id: 'phone', type: 'phone' },
    { id: 'income', type: 'yen' },
    { id: 'colour', type: 'radio', options: 'colours' },
    { id: 'extras', type: 'checkboxes', options: 'colours' },
    { id: 'account', type: 'bankAccount' },
    { id: 'period', type: 'dateRange' },
    { id: 'agree', type: 'consent', required: true },
    {
      id: 'children',
      type: 'group',
      required: true,
      repeat: { min: 1, max: 3, itemLabel: text('Child') },
      fields: [
        buildField({ id: 'name', type: 'text', required: true }),
        buildField({ id: 'relationship', type: 'relationship' }),
      ],
    },
  ],
  {
    optionLists: {
      colours: [
        { value: 'red', label: text('Red') },
        { value: 'blue', label: text('Blue') },
      ],
    },
  },
);

function compileSchema(): ReturnType<Ajv2020['compile']> {
  const ajv = new Ajv2020({ strict: true, validateFormats: false, allErrors: true });
  return ajv.compile(toJsonSchema(definition));
}

describe(toJsonSchema.name, () => {
  it('is a valid JSON Schema 2020-12 document', () => {
    expect(compileSchema).not.toThrow();
  });

  it('accepts the normalised answers the engine produces', () => {
    // Arrange
    const result = compileForm(definition).validate({
      name: { family: '山田', given: '太郎', familyKana: 'やまだ', givenKana: 'たろう' },
      birthDate: '令和2年1月1日',
      myNumber: makeMyNumber('12345678901'),
      address: {
        postalCode: '100-0001',
        prefecture: '東京都',
        city: '千代田区',
        town: '千代田',
        block: '1-1',
      },
      phone: '03-1234-5678',
      income: '1,000',
      colour: 'red',
      extras: ['blue', 'red'],
      account: {
        kind: 'bank',
        bankCode: '0001',
        branchCode: '001',
        accountType: 'ordinary',
        accountNumber: '123',
        holderKana: 'ヤマダ',
      },
      period: { from: '2024-04-01', to: '2024-04-30' },
      agree: true,
      children: [{ name: 'はなこ', relationship: 'child' }],
    });
    const validateSchema = compileSchema();

    // Act
    const isValid = result.ok && validateSchema(result.answers);

    // Assert
    expect(validateSchema.errors ?? []).toEqual([]);
    expect(isValid).toBe(true);
  });

  it('rejects what the engine would reject for shape', () => {
    const validateSchema = compileSchema();

    expect(validateSchema({ name: 'Taro' })).toBe(false);
    expect(validateSchema({ extra: 1 })).toBe(false);
  });

  it('marks sensitive fields write-only and lists only unconditional required fields', () => {
    const schema = toJsonSchema(definition);

    expect(schema.required).toEqual(['name', 'birthDate', 'myNumber', 'agree', 'children']);
    expect((schema.properties as Record<string, { writeOnly?: boolean }>).myNumber?.writeOnly).toBe(
      true,
    );
  });
});
