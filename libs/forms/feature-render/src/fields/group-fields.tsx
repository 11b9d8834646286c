import type { FieldDefinition } from '@madoguchi/forms-schema';
import { Button, Fieldset } from '@madoguchi/web-ui-kit';
import type { Control } from 'react-hook-form';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { FormAnswers } from '../engine-resolver.js';
import { buildDefaultAnswers, fieldDomId, joinPath } from '../field-paths.js';
import type { ItemScope } from '../renderer-context.js';
import { localize, useRenderer } from '../renderer-context.js';
import { FieldRenderer } from './field-renderer.js';
import { useLeafProps } from './leaf-props.js';

type GroupDefinition = Extract<FieldDefinition, { type: 'group' }>;
type GroupFieldProps = { field: GroupDefinition; path: string; scope: ItemScope | undefined };

/** A group of fields under one legend; its answer is an object. */
export function GroupField({ field, path, scope }: GroupFieldProps) {
  const leaf = useLeafProps(field, path, scope);
  return (
    <Fieldset id={leaf.id} legend={leaf.label} hint={leaf.hint} error={leaf.error} isSection>
      {field.fields.map((child) => (
        <FieldRenderer key={child.id} field={child} path={joinPath(path, child.id)} scope={scope} />
      ))}
    </Fieldset>
  );
}

/** The form values seen as lists of items, which is what useFieldArray needs at a repeat's path. */
type RepeatValues = Record<string, Record<string, unknown>[]>;

/** Items the resident adds and removes (children, household members, ranked wishes). */
export function RepeatingGroupField({ field, path, scope }: GroupFieldProps) {
  const renderer = useRenderer();
  const { messages, locale, answers } = renderer;
  const leaf = useLeafProps(field, path, scope);
  const { control } = useFormContext<FormAnswers>();
  const { fields, append, remove } = useFieldArray<RepeatValues>({
    name: path,
    // The answers are an open record; at this path they are a list of objects (the engine says so).
    control: control as unknown as Control<RepeatValues>,
  });
  const repeat = field.repeat ?? { min: 0, max: 1, itemLabel: field.label };
  const itemLabel = localize(repeat.itemLabel, locale);
  const items = readItems(answers, path);
  return (
    <Fieldset
      id={`${leaf.id}-items`}
      legend={leaf.label}
      hint={leaf.hint}
      error={leaf.error}
      isRequired={leaf.isRequired}
      isSection
    >
      {fields.length === 0 ? <p>{messages.noItems}</p> : null}
      {fields.map((item, index) => {
        const itemPath = joinPath(path, index);
        const itemScope: ItemScope = { item: items[index] ?? {}, index };
        return (
          <fieldset key={item.id} className="mdg-fieldset mdg-fieldset--section mdg-repeat-item">
            <legend className="mdg-legend">{messages.itemLegend(itemLabel, index + 1)}</legend>
            {field.fields.map((child) => (
              <FieldRenderer
                key={child.id}
                field={child}
                path={joinPath(itemPath, child.id)}
                scope={itemScope}
              />
            ))}
            {fields.length > repeat.min ? (
              <Button
                variant="secondary"
                disabled={renderer.isDisabled}
                onClick={() => remove(index)}
              >
                {messages.removeItem(itemLabel, index + 1)}
              </Button>
            ) : null}
          </fieldset>
        );
      })}
      {fields.length < repeat.max ? (
        <Button
          id={fieldDomId(path)}
          variant="secondary"
          disabled={renderer.isDisabled}
          onClick={() => append(buildDefaultAnswers(field.fields))}
        >
          {messages.addItem(itemLabel)}
        </Button>
      ) : null}
    </Fieldset>
  );
}

function readItems(answers: FormAnswers, path: string): Record<string, unknown>[] {
  let value: unknown = answers;
  for (const segment of path.split('.')) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[segment]
        : undefined;
  }
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}
