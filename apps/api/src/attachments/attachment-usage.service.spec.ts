import { buildField, buildFormDefinition, text } from '@madoguchi/forms-schema/testing';

import { attachmentsInAnswers } from './attachment-usage.service.js';

const definition = buildFormDefinition(
  [
    { id: 'proof', type: 'attachment', slot: 'proofSlot' },
    {
      id: 'children',
      type: 'group',
      repeat: { min: 0, max: 3, itemLabel: text('Child') },
      fields: [buildField({ id: 'certificate', type: 'attachment', slot: 'childCertificate' })],
    },
  ],
  {
    attachments: [
      { id: 'proofSlot', label: text('Proof'), guidance: text('Proof') },
      {
        id: 'childCertificate',
        label: text('Certificate'),
        guidance: text('Certificate'),
        maxFiles: 3,
      },
    ],
  },
);

describe(attachmentsInAnswers.name, () => {
  it('lists the ids of every attachment field with its slot and field path, repeating groups by index', () => {
    const answers = {
      proof: ['a'],
      children: [{ certificate: ['b', 'c'] }, {}, { certificate: ['d'] }],
    };

    expect(attachmentsInAnswers(definition, answers)).toEqual([
      { slotId: 'proofSlot', ids: ['a'], path: 'proof' },
      { slotId: 'childCertificate', ids: ['b', 'c'], path: 'children.0.certificate' },
      { slotId: 'childCertificate', ids: ['d'], path: 'children.2.certificate' },
    ]);
  });

  it('gives nothing for answers without attachments', () => {
    expect(attachmentsInAnswers(definition, {})).toEqual([]);
  });
});
