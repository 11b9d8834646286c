import type { AttachmentReference, Applicant } from './compiled-form.types.js';
import { buildField, buildFormDefinition, text } from '../testing.js';
import { compileForm } from './compile-form.js';

/**
 * The questions about the form tree the API used to answer with its own walkers: which
 * attachments, which applicant, which answer fields.
 */
const form = compileForm(
  buildFormDefinition(
    [
      { id: 'applicant', type: 'personName', label: text('Applicant', '申請者') },
      { id: 'proof', type: 'attachment', slot: 'proofSlot', label: text('Proof', '証明書') },
      {
        id: 'proxy',
        type: 'group',
        label: text('Proxy', '代理人'),
        fields: [
          buildField({ id: 'name', type: 'personName', label: text('Name', '氏名') }),
          buildField({
            id: 'letter',
            type: 'attachment',
            slot: 'letterOfAttorney',
            label: text('Letter', '委任状'),
          }),
        ],
      },
      {
        id: 'children',
        type: 'group',
        label: text('Children', '子どもたち'),
        repeat: { min: 0, max: 3, itemLabel: text('Child', '子ども') },
        fields: [
          buildField({ id: 'givenName', type: 'text', label: text('Given name', '名') }),
          buildField({
            id: 'certificate',
            type: 'attachment',
            slot: 'childCertificate',
            label: text('Certificate', '証明'),
          }),
        ],
      },
      // No slot: the field's own id names the slot.
      { id: 'photo', type: 'attachment', label: text('Photo', '写真') },
      { id: 'spouse', type: 'personName', label: text('Spouse', '配偶者') },
    ],
    {
      attachments: [
        { id: 'proofSlot', label: text('Proof'), guidance: text('Proof') },
        { id: 'letterOfAttorney', label: text('Letter'), guidance: text('Letter') },
        {
          id: 'childCertificate',
          label: text('Certificate'),
          guidance: text('Certificate'),
          maxFiles: 3,
        },
        { id: 'photo', label: text('Photo'), guidance: text('Photo') },
      ],
    },
  ),
);

const HANAKO = { family: '小田原', given: '花子', familyKana: 'おだわら', givenKana: 'ﾊﾅｺ' };

describe('CompiledForm.attachmentsIn', () => {
  const cases: [
    description: string,
    answers: Record<string, unknown>,
    expected: AttachmentReference[],
  ][] = [
    ['no answers: nothing', {}, []],
    [
      'every attachment field with its slot and path, repeating groups by index, in form order',
      {
        photo: ['p'],
        proof: ['a'],
        proxy: { letter: ['l'] },
        children: [{ certificate: ['b', 'c'] }, {}, { certificate: ['d'] }],
      },
      [
        { slotId: 'proofSlot', path: 'proof', ids: ['a'] },
        { slotId: 'letterOfAttorney', path: 'proxy.letter', ids: ['l'] },
        { slotId: 'childCertificate', path: 'children.0.certificate', ids: ['b', 'c'] },
        { slotId: 'childCertificate', path: 'children.2.certificate', ids: ['d'] },
        { slotId: 'photo', path: 'photo', ids: ['p'] },
      ],
    ],
    [
      'an empty list is still an answer',
      { proof: [] },
      [{ slotId: 'proofSlot', path: 'proof', ids: [] }],
    ],
    [
      'non-string ids are left out',
      { proof: ['a', 3, null, 'b'] },
      [{ slotId: 'proofSlot', path: 'proof', ids: ['a', 'b'] }],
    ],
    ['a value that is not a list is no attachment', { proof: 'a' }, []],
    ['a group that is not an object holds nothing', { proxy: ['l'], children: 'x' }, []],
    [
      'an item that is not an object holds nothing',
      { children: [null, ['x'], { certificate: ['e'] }] },
      [{ slotId: 'childCertificate', path: 'children.2.certificate', ids: ['e'] }],
    ],
    ['unknown keys are ignored', { other: ['z'] }, []],
  ];

  it.each(cases)('%s', (_description, answers, expected) => {
    expect(form.attachmentsIn(answers)).toEqual(expected);
  });
});

describe('CompiledForm.attachmentFieldPaths', () => {
  it('gives the first field path of each slot, without item indexes', () => {
    expect(Object.fromEntries(form.attachmentFieldPaths)).toEqual({
      proofSlot: 'proof',
      letterOfAttorney: 'proxy.letter',
      childCertificate: 'children.certificate',
      photo: 'photo',
    });
  });
});

describe('CompiledForm.applicant', () => {
  const cases: [
    description: string,
    answers: Record<string, unknown>,
    expected: Applicant | null,
  ][] = [
    ['no name answered: nobody', {}, null],
    [
      'the first top-level name, with its kana in full-width katakana',
      { applicant: HANAKO, spouse: { family: '小田原', given: '太郎' } },
      { name: '小田原 花子', nameKana: 'オダワラ\u3000ハナコ' },
    ],
    [
      'a later top-level name when the first is not answered',
      { spouse: { family: '小田原', given: '太郎', familyKana: 'オダワラ', givenKana: 'タロウ' } },
      { name: '小田原 太郎', nameKana: 'オダワラ\u3000タロウ' },
    ],
    [
      'a name without kana has none',
      { applicant: { family: '小田原', given: '花子' } },
      { name: '小田原 花子', nameKana: null },
    ],
    [
      'the kana of another answer naming the same person',
      { applicant: { family: '小田原', given: '花子' }, spouse: HANAKO },
      { name: '小田原 花子', nameKana: 'オダワラ\u3000ハナコ' },
    ],
    ['a name missing its given part is skipped', { applicant: { family: '小田原' } }, null],
    ['a nested name (a proxy) is never the applicant', { proxy: { name: HANAKO } }, null],
  ];

  it.each(cases)('%s', (_description, answers, expected) => {
    expect(form.applicant(answers)).toEqual(expected);
  });
});

describe('CompiledForm.leafFields', () => {
  it('lists the answer fields in form order, a repeating group once per item up to the limit', () => {
    // Act
    const leaves = form.leafFields(2);

    // Assert
    expect(
      leaves.map(({ path, labels }) => [
        path,
        labels.map((segment) =>
          segment.kind === 'field'
            ? segment.label.ja
            : `${segment.itemLabel.ja}${segment.position}`,
        ),
      ]),
    ).toEqual([
      ['applicant', ['申請者']],
      ['proof', ['証明書']],
      ['proxy.name', ['代理人', '氏名']],
      ['proxy.letter', ['代理人', '委任状']],
      ['children.0.givenName', ['子ども1', '名']],
      ['children.0.certificate', ['子ども1', '証明']],
      ['children.1.givenName', ['子ども2', '名']],
      ['children.1.certificate', ['子ども2', '証明']],
      ['photo', ['写真']],
      ['spouse', ['配偶者']],
    ]);
  });

  it('never lists more items than the group allows', () => {
    expect(form.leafFields(10).filter((leaf) => leaf.path.endsWith('givenName'))).toHaveLength(3);
  });
});
