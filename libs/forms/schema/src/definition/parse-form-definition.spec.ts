import { buildFormDefinitionInput, text } from '../testing.js';
import { FormDefinitionError } from './form-definition.error.js';
import { parseFormDefinition } from './parse-form-definition.js';

function issuesOf(json: unknown): string[] {
  try {
    parseFormDefinition(json);
    return [];
  } catch (error) {
    if (error instanceof FormDefinitionError) {
      return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    }
    throw error;
  }
}

function withFields(fields: unknown[], extra: Record<string, unknown> = {}): unknown {
  return {
    ...buildFormDefinitionInput(),
    steps: [{ id: 'main', title: text('Main'), fields }],
    ...extra,
  };
}

describe(parseFormDefinition.name, () => {
  it('returns the definition with defaults filled in', () => {
    const definition = parseFormDefinition(buildFormDefinitionInput());

    expect(definition.steps[0]?.fields[0]).toMatchObject({
      id: 'name',
      required: false,
      sensitive: false,
    });
    expect(definition.attachments).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    [
      'a wrong field type, with its path',
      withFields([{ id: 'a', type: 'colour', label: text('A') }]),
      'steps.0.fields.0.type',
    ],
    [
      'a missing label translation',
      withFields([{ id: 'a', type: 'text', label: { ja: 'あ', en: 'A' } }]),
      'steps.0.fields.0.label.easyJa',
    ],
    [
      'a field id that is not lowerCamelCase',
      withFields([{ id: 'A-b', type: 'text', label: text('A') }]),
      'steps.0.fields.0.id',
    ],
    [
      'an invalid pattern',
      withFields([{ id: 'a', type: 'text', label: text('A'), pattern: '(' }]),
      'steps.0.fields.0.pattern',
    ],
    [
      'duplicate field ids',
      withFields([
        { id: 'a', type: 'text', label: text('A') },
        { id: 'a', type: 'text', label: text('A') },
      ]),
      'duplicate field',
    ],
    [
      'a reserved field id',
      withFields([{ id: 'constructor', type: 'text', label: text('A') }]),
      'is reserved',
    ],
    [
      'an unknown option list',
      withFields([{ id: 'a', type: 'radio', options: 'nope', label: text('A') }]),
      'unknown option list "nope"',
    ],
    [
      'a radio without options',
      withFields([{ id: 'a', type: 'radio', label: text('A') }]),
      'needs an option list',
    ],
    [
      'an unknown attachment slot',
      withFields([{ id: 'a', type: 'attachment', slot: 'nope', label: text('A') }]),
      'unknown attachment slot',
    ],
    [
      'a condition reading an unknown field',
      withFields([{ id: 'a', type: 'text', label: text('A'), visibleWhen: { var: 'b' } }]),
      'not a field of the form',
    ],
    [
      '$item outside a repeating group',
      withFields([{ id: 'a', type: 'text', label: text('A'), visibleWhen: { var: '$item.a' } }]),
      'only defined inside a repeating group',
    ],
    [
      'a repeat with min > max',
      withFields([
        {
          id: 'g',
          type: 'group',
          label: text('G'),
          repeat: { min: 3, max: 1, itemLabel: text('I') },
          fields: [{ id: 'a', type: 'text', label: text('A') }],
        },
      ]),
      'repeat.min is greater than repeat.max',
    ],
    [
      'a deadline from an unknown field',
      withFields([{ id: 'a', type: 'date', label: text('A') }], {
        deadlines: [{ fromField: 'b', days: 15, description: text('D') }],
      }),
      'unknown field "b"',
    ],
    [
      'a deadline from a non-date field',
      withFields([{ id: 'a', type: 'text', label: text('A') }], {
        deadlines: [{ fromField: 'a', days: 15, description: text('D') }],
      }),
      'is not a date field',
    ],
  ])('reports %s', (_description, json, expected) => {
    expect(issuesOf(json).join('\n')).toContain(expected);
  });

  it('accepts item conditions, composite parts and index-free deadline paths', () => {
    const json = withFields(
      [
        { id: 'address', type: 'postalAddress', label: text('Address') },
        {
          id: 'children',
          type: 'group',
          label: text('Children'),
          repeat: { min: 1, max: 5, itemLabel: text('Child') },
          fields: [
            { id: 'birthDate', type: 'date', label: text('Birth') },
            { id: 'apart', type: 'yesNo', label: text('Apart') },
            {
              id: 'where',
              type: 'text',
              label: text('Where'),
              visibleWhen: {
                and: [
                  { var: '$item.apart' },
                  { '==': [{ var: 'address.prefecture' }, '東京都'] },
                  { '>': [{ var: '$index' }, 0] },
                ],
              },
            },
          ],
        },
      ],
      { deadlines: [{ fromField: 'children.birthDate', days: 15, description: text('D') }] },
    );

    expect(issuesOf(json)).toEqual([]);
  });

  it('lists every problem in the error message', () => {
    expect(() => parseFormDefinition({})).toThrow(/Invalid form definition \(\d+ issues\)/);
  });
});
