import type { FieldDefinition, FormOption } from '@madoguchi/forms-schema';
import {
  PART_LABELS,
  RELATIONSHIP_OPTION_LIST_ID,
  RELATIONSHIP_OPTIONS,
} from '@madoguchi/forms-schema';
import type { Locale } from '@madoguchi/shared-util-i18n';
import { CORRECTION_MESSAGES } from '../correction/correction-messages.js';
import { fieldDomId } from '../field-paths.js';
import type { ItemScope, RendererContextValue } from '../renderer-context.js';
import { isFieldRequired, localize, useRenderer } from '../renderer-context.js';

export type LeafProps = {
  id: string;
  label: string;
  hint: string | undefined;
  error: string | undefined;
  isRequired: boolean;
};

export function errorText(renderer: RendererContextValue, path: string): string | undefined {
  const issue = renderer.issueFor(path);
  return issue ? localize(issue.message, renderer.locale) : undefined;
}

/** Id, label, hint, error and required mark of the control of a field. */
export function useLeafProps(
  field: FieldDefinition,
  path: string,
  scope: ItemScope | undefined,
): LeafProps {
  const renderer = useRenderer();
  // In a correction, the office's note goes first in the hint: the control's aria-describedby.
  const note = renderer.correction?.noteFor(path);
  const hints = [
    note ? `${CORRECTION_MESSAGES[renderer.locale].officeNote}${note}` : undefined,
    field.help ? localize(field.help, renderer.locale) : undefined,
  ].filter(Boolean);
  return {
    id: fieldDomId(path),
    label: localize(field.label, renderer.locale),
    hint: hints.length > 0 ? hints.join(' ') : undefined,
    error: errorText(renderer, path),
    isRequired: isFieldRequired(field, renderer.answers, scope),
  };
}

export type PartName = keyof typeof PART_LABELS;

/** The label of a part of a compound answer ("フリガナ・姓", "Family name in katakana"). */
export function partLabel(part: PartName, locale: Locale): string {
  const text = localize(PART_LABELS[part], locale);
  return locale === 'en' ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text;
}

/** The option list of a radio, select, checkboxes or relationship field. */
export function resolveOptions(
  renderer: RendererContextValue,
  field: FieldDefinition,
): readonly FormOption[] {
  if (field.type === 'group') {
    return [];
  }
  const listId =
    field.options ?? (field.type === 'relationship' ? RELATIONSHIP_OPTION_LIST_ID : undefined);
  const list = listId === undefined ? undefined : renderer.definition.optionLists[listId];
  if (list) {
    return list;
  }
  return field.type === 'relationship' ? RELATIONSHIP_OPTIONS : [];
}
