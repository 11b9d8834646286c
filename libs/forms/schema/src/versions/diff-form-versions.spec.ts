import { buildField, buildFormDefinition, text } from '../testing.js';
import { diffFormVersions } from './diff-form-versions.js';

const OPTIONS = {
  jobs: [
    { value: 'employee', label: text('Employee') },
    { value: 'selfEmployed', label: text('Self-employed') },
  ],
};

const v1 = buildFormDefinition(
  [
    { id: 'name', type: 'text', maxLength: 50 },
    { id: 'phone', type: 'phone' },
    { id: 'job', type: 'radio', options: 'jobs' },
    { id: 'note', type: 'text' },
    {
      id: 'children',
      type: 'group',
      repeat: { min: 1, max: 5, itemLabel: text('Child') },
      fields: [buildField({ id: 'name', type: 'text' })],
    },
  ],
  { optionLists: OPTIONS },
);

function summary(after: ReturnType<typeof buildFormDefinition>): string[] {
  return diffFormVersions(v1, after).changes.map(
    (change) => `${change.kind}:${change.path}:${change.isBreaking ? 'breaking' : 'safe'}`,
  );
}

describe(diffFormVersions.name, () => {
  it('finds no change between equal versions', () => {
    expect(diffFormVersions(v1, v1)).toMatchObject({ changes: [], isBreaking: false });
  });

  it('reports breaking and safe changes', () => {
    // Arrange
    const v2 = buildFormDefinition(
      [
        { id: 'name', type: 'text', maxLength: 30, required: true },
        { id: 'phone', type: 'text' },
        { id: 'job', type: 'radio', options: 'jobs' },
        { id: 'email', type: 'email' },
        { id: 'consent', type: 'consent', required: true },
        {
          id: 'children',
          type: 'group',
          repeat: { min: 1, max: 3, itemLabel: text('Child') },
          fields: [buildField({ id: 'name', type: 'text' })],
        },
      ],
      {
        version: 2,
        optionLists: {
          jobs: [
            { value: 'employee', label: text('Employee') },
            { value: 'student', label: text('Student') },
          ],
        },
      },
    );

    // Act
    const changes = summary(v2);

    // Assert
    expect(changes).toEqual([
      'becameRequired:name:breaking',
      'limitTightened:name:breaking',
      'typeChanged:phone:breaking',
      'optionRemoved:job:breaking',
      'optionAdded:job:safe',
      'fieldRemoved:note:breaking',
      'repeatChanged:children:breaking',
      'fieldAdded:email:safe',
      'fieldAdded:consent:breaking',
    ]);
    expect(diffFormVersions(v1, v2).isBreaking).toBe(true);
  });
});
