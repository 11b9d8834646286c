import type { FieldInput } from '../testing.js';
import { buildField, buildFormDefinition, buildFormDefinitionInput, text } from '../testing.js';
import { parseFormDefinition } from '../definition/parse-form-definition.js';
import type { AnswerNode } from './answer-rows.js';
import { ANSWER_TEXTS, buildAnswerNodes, buildAnswerSections } from './answer-rows.js';

const OPTION_LISTS = {
  smoking: [
    { value: 'never', label: text('Never', '吸わない', '吸いません') },
    { value: 'quit', label: text('Quit', 'やめた', 'やめました') },
  ],
};

/** The words of one answered field, in one language. */
function answerText(
  field: FieldInput,
  value: unknown,
  locale: 'ja' | 'en' | 'easyJa' = 'ja',
): string {
  const definition = buildFormDefinition([field], { optionLists: OPTION_LISTS });
  const [node] = buildAnswerNodes(
    definition,
    definition.steps[0]!.fields,
    { [field.id]: value },
    '',
    {
      locale,
    },
  );
  if (node?.kind !== 'answer') {
    throw new Error(`expected an answer row, got ${JSON.stringify(node)}`);
  }
  return node.text;
}

describe(buildAnswerNodes.name, () => {
  it.each<[string, FieldInput, unknown, string]>([
    [
      'text as typed',
      { id: 'a', type: 'text', label: text('A') },
      '小田原さくらクリニック',
      '小田原さくらクリニック',
    ],
    [
      'a date in Japanese',
      { id: 'a', type: 'date', label: text('A') },
      '2027-03-20',
      '2027年3月20日',
    ],
    [
      'a date range',
      { id: 'a', type: 'dateRange', label: text('A') },
      { from: '2027-04-01', to: '2028-03-31' },
      '2027年4月1日 〜 2028年3月31日',
    ],
    ['an amount in yen', { id: 'a', type: 'yen', label: text('A') }, 1234567, '1,234,567 円'],
    ['a number with separators', { id: 'a', type: 'number', label: text('A') }, 12000, '12,000'],
    [
      'a choice by its label',
      { id: 'a', type: 'radio', options: 'smoking', label: text('A') },
      'quit',
      'やめた',
    ],
    [
      'several choices by their labels',
      { id: 'a', type: 'checkboxes', options: 'smoking', label: text('A') },
      ['never', 'quit'],
      '吸わない、やめた',
    ],
    [
      'an unknown option as its value',
      { id: 'a', type: 'select', options: 'smoking', label: text('A') },
      'other',
      'other',
    ],
    [
      'a relationship by its built-in label',
      { id: 'a', type: 'relationship', label: text('A') },
      'mother',
      '母',
    ],
    ['yes', { id: 'a', type: 'yesNo', label: text('A') }, true, 'はい'],
    ['no', { id: 'a', type: 'yesNo', label: text('A') }, false, 'いいえ'],
    ['consent', { id: 'a', type: 'consent', label: text('A') }, true, '同意する'],
    [
      'an address with its 〒',
      { id: 'a', type: 'postalAddress', label: text('A') },
      {
        postalCode: '2500011',
        prefecture: '神奈川県',
        city: '小田原市',
        town: '栄町二丁目',
        block: '5番8号',
      },
      '〒250-0011\n神奈川県 小田原市 栄町二丁目 5番8号',
    ],
    [
      'a name with its フリガナ',
      { id: 'a', type: 'personName', label: text('A') },
      { family: '小田原', given: '花子', familyKana: 'オダワラ', givenKana: 'ハナコ' },
      '小田原 花子（オダワラ ハナコ）',
    ],
    [
      'a bank account part by part',
      { id: 'a', type: 'bankAccount', label: text('A') },
      {
        kind: 'bank',
        bankCode: '0001',
        branchCode: '123',
        accountType: 'ordinary',
        accountNumber: '1234567',
        holderKana: 'オダワラ ハナコ',
      },
      '金融機関コード: 0001\n支店コード: 123\n預金種目: 普通\n口座番号: 1234567\n口座名義（カタカナ）: オダワラ ハナコ',
    ],
    [
      'the public-benefit account',
      { id: 'a', type: 'bankAccount', label: text('A') },
      { kind: 'publicFundAccount' },
      '公金受取口座を利用する',
    ],
    [
      'a 個人番号 masked to its last four digits',
      { id: 'a', type: 'myNumber', label: text('A') },
      '314159265352',
      '＊＊＊＊ ＊＊＊＊ 5352（個人番号は一部のみ表示しています）',
    ],
    [
      'a value the API masked, masked again the same way',
      { id: 'a', type: 'myNumber', label: text('A') },
      '********5352',
      '＊＊＊＊ ＊＊＊＊ 5352（個人番号は一部のみ表示しています）',
    ],
    [
      'another sensitive field masked',
      { id: 'a', type: 'text', sensitive: true, label: text('A') },
      'AB12345678',
      '＊＊＊＊ ＊＊＊＊ 5678（個人番号は一部のみ表示しています）',
    ],
    ['an unanswered field', { id: 'a', type: 'text', label: text('A') }, undefined, '未入力'],
  ])('words %s', (_case, field, value, expected) => {
    expect(answerText(field, value)).toBe(expected);
  });

  it('words answers in English and in やさしい日本語 with the texts of the locale', () => {
    expect(answerText({ id: 'a', type: 'date', label: text('A') }, '2027-03-20', 'en')).toBe(
      '20 March 2027',
    );
    expect(
      answerText(
        { id: 'a', type: 'radio', options: 'smoking', label: text('A') },
        'quit',
        'easyJa',
      ),
    ).toBe('やめました');
    expect(answerText({ id: 'a', type: 'consent', label: text('A') }, true, 'easyJa')).toBe(
      ANSWER_TEXTS.easyJa.consentGiven,
    );
    expect(answerText({ id: 'a', type: 'myNumber', label: text('A') }, '314159265352', 'en')).toBe(
      '**** **** 5352 (partly hidden)',
    );
  });

  it('names attached files, labels fields, leaves hidden ones out and nests groups and repeated items', () => {
    // Arrange
    const definition = buildFormDefinition(
      [
        { id: 'proof', type: 'attachment', slot: 'proof', label: text('Proof', '証明書') },
        {
          id: 'isProxy',
          type: 'yesNo',
          label: text('Proxy?', '代理人による申請'),
        },
        {
          id: 'proxyName',
          type: 'text',
          label: text('Proxy', '代理人'),
          visibleWhen: { '==': [{ var: 'isProxy' }, true] },
        },
        {
          id: 'children',
          type: 'group',
          label: text('Children', '児童'),
          repeat: { min: 0, max: 3, itemLabel: text('Child', '子ども') },
          fields: [buildField({ id: 'name', type: 'text', label: text('Name', '氏名') })],
        },
        {
          id: 'guardian',
          type: 'group',
          label: text('Guardian', '保護者'),
          fields: [buildField({ id: 'phone', type: 'phone', label: text('Phone', '電話番号') })],
        },
      ],
      {
        attachments: [{ id: 'proof', label: text('Proof', '証明書'), guidance: text('Any') }],
      },
    );

    // Act
    const nodes = buildAnswerNodes(
      definition,
      definition.steps[0]!.fields,
      {
        proof: ['file-1'],
        isProxy: false,
        children: [{ name: '一郎' }, { name: '二郎' }],
        guardian: { phone: '09012345678' },
      },
      '',
      { locale: 'ja', attachmentName: (id) => (id === 'file-1' ? '母子手帳.png' : undefined) },
    );

    // Assert
    expect(nodes).toEqual<AnswerNode[]>([
      { kind: 'answer', path: 'proof', label: '証明書', text: '母子手帳.png' },
      { kind: 'answer', path: 'isProxy', label: '代理人による申請', text: 'いいえ' },
      {
        kind: 'repeat',
        path: 'children',
        label: '児童',
        emptyText: 'まだありません。',
        items: [
          {
            path: 'children.0',
            title: '子ども 1',
            nodes: [{ kind: 'answer', path: 'children.0.name', label: '氏名', text: '一郎' }],
          },
          {
            path: 'children.1',
            title: '子ども 2',
            nodes: [{ kind: 'answer', path: 'children.1.name', label: '氏名', text: '二郎' }],
          },
        ],
      },
      {
        kind: 'group',
        path: 'guardian',
        label: '保護者',
        nodes: [{ kind: 'answer', path: 'guardian.phone', label: '電話番号', text: '09012345678' }],
      },
    ]);
  });

  it('leaves unanswered fields, empty groups and empty repeats out for a printed copy', () => {
    // Arrange
    const definition = buildFormDefinition([
      { id: 'name', type: 'text', label: text('Name', '名前') },
      { id: 'note', type: 'longText', label: text('Note', '備考') },
      {
        id: 'siblings',
        type: 'group',
        label: text('Siblings', '兄弟姉妹'),
        repeat: { min: 0, max: 3, itemLabel: text('Sibling', '兄弟姉妹') },
        fields: [buildField({ id: 'name', type: 'text', label: text('Name', '氏名') })],
      },
      {
        id: 'other',
        type: 'group',
        label: text('Other', 'その他'),
        fields: [buildField({ id: 'x', type: 'text', label: text('X') })],
      },
    ]);

    // Act
    const printed = buildAnswerNodes(
      definition,
      definition.steps[0]!.fields,
      { name: '花子', siblings: [] },
      '',
      {
        locale: 'ja',
        omitUnanswered: true,
      },
    );
    const onScreen = buildAnswerNodes(
      definition,
      definition.steps[0]!.fields,
      { name: '花子', siblings: [] },
      '',
      {
        locale: 'ja',
      },
    );

    // Assert
    expect(printed).toEqual([{ kind: 'answer', path: 'name', label: '名前', text: '花子' }]);
    expect(onScreen.map((node) => `${node.kind}:${node.label}`)).toEqual([
      'answer:名前',
      'answer:備考',
      'repeat:兄弟姉妹',
      'group:その他',
    ]);
  });
});

describe(buildAnswerSections.name, () => {
  it('gives one section per step in form order and leaves out a conditional step nobody saw', () => {
    // Arrange
    const definition = parseFormDefinition(
      buildFormDefinitionInput({
        steps: [
          {
            id: 'applicant',
            title: text('Applicant', '申請者'),
            fields: [buildField({ id: 'name', type: 'text', label: text('Name', '氏名') })],
          },
          {
            id: 'proxy',
            title: text('Proxy', '代理人'),
            visibleWhen: { '==': [{ var: 'name' }, 'x'] },
            fields: [{ id: 'proxyName', type: 'text', label: text('Proxy name', '代理人の氏名') }],
          },
          {
            id: 'pregnancy',
            title: text('Pregnancy', '妊娠について'),
            fields: [buildField({ id: 'due', type: 'date', label: text('Due', '出産予定日') })],
          },
        ],
      }),
    );

    // Act
    const sections = buildAnswerSections(
      definition,
      { name: '小田原 花子', due: '2027-03-20' },
      { locale: 'ja' },
    );

    // Assert
    expect(sections.map((section) => section.title)).toEqual(['申請者', '妊娠について']);
    expect(sections[1]?.nodes).toEqual([
      { kind: 'answer', path: 'due', label: '出産予定日', text: '2027年3月20日' },
    ]);
  });
});
