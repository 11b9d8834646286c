import type { FieldDefinition, FieldType, FormDefinition } from '@madoguchi/forms-schema';
import { FIELD_TYPES } from '@madoguchi/forms-schema';
import type { OverlayIssue } from '@madoguchi/procedures-contracts';

/**
 * The overlay editor's form values and their translation to and from the form engine's overlay
 * format (`municipalityOverlaySchema`). What the form does not edit (added steps, hidden fields,
 * added attachment slots, signature variants…) is carried through unchanged in `rest`.
 */

export type TextValues = { ja: string; en: string; easyJa: string };
export type OptionValues = { value: string; label: TextValues };

export type LocalFieldValues = {
  id: string;
  type: FieldType;
  stepId: string;
  /** A field of the standard step to come after; '' = at the end of the step. */
  after: string;
  label: TextValues;
  help: TextValues;
  required: boolean;
  /** For choices (radio, select, checkboxes): their options, stored as an option list. */
  options: OptionValues[];
  /** The option list's id in the overlay (kept when the field already had one). */
  optionListId: string;
  /** Other properties of the field (slot, placeholder, min, max, conditions…), kept as they were. */
  extra: Record<string, unknown>;
  groupPath: string;
};

export type SignatureMode = 'standard' | 'required' | 'notRequired';

export type OverlayFormValues = {
  fields: LocalFieldValues[];
  help: { path: string; text: TextValues }[];
  attachmentGuidance: { slotId: string; text: TextValues }[];
  signature: SignatureMode;
  standardProcessingDays: string;
  deadlines: { fromField: string; days: string; description: TextValues }[];
  hasContact: boolean;
  contact: { department: TextValues; phone: string; email: string; hours: TextValues };
  /** The rest of the overlay, as it was. */
  rest: Record<string, unknown>;
};

/**
 * Field types a local field cannot have: `group` and `attachment` need more than this form, the
 * identifiers (個人番号, 介護保険の被保険者番号, 口座) are the standard form's own: 番号法 limits the
 * 個人番号 to the purposes the law lists, so a municipality does not add it as a local question.
 */
const NOT_LOCAL: ReadonlySet<FieldType> = new Set([
  'group',
  'attachment',
  'myNumber',
  'careInsuredNumber',
  'bankAccount',
]);

/** Field types a local field can have, in the engine's order. */
export const LOCAL_FIELD_TYPES: readonly FieldType[] = FIELD_TYPES.filter(
  (type) => !NOT_LOCAL.has(type),
);

const CHOICE_TYPES: ReadonlySet<FieldType> = new Set(['radio', 'select', 'checkboxes']);

export function isChoiceType(type: FieldType): boolean {
  return CHOICE_TYPES.has(type);
}

export function emptyText(): TextValues {
  return { ja: '', en: '', easyJa: '' };
}

function isText(value: unknown): value is TextValues {
  return typeof value === 'object' && value !== null && 'ja' in value;
}

function toText(value: unknown): TextValues {
  return isText(value)
    ? { ja: value.ja ?? '', en: value.en ?? '', easyJa: value.easyJa ?? '' }
    : emptyText();
}

function isBlank(text: TextValues): boolean {
  return text.ja.trim() === '' && text.en.trim() === '' && text.easyJa.trim() === '';
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function newLocalField(stepId: string, index: number): LocalFieldValues {
  return {
    id: `localField${index + 1}`,
    type: 'text',
    stepId,
    after: '',
    label: emptyText(),
    help: emptyText(),
    required: false,
    options: [],
    optionListId: '',
    extra: {},
    groupPath: '',
  };
}

/** The overlay as the editor's form values. */
export function toFormValues(overlayJson: Record<string, unknown>): OverlayFormValues {
  const {
    addFields,
    help,
    attachmentGuidance,
    signature,
    standardProcessingDays,
    addDeadlines,
    contact,
    optionLists,
    ...rest
  } = overlayJson;
  const lists = asRecord(optionLists);
  const usedLists = new Set<string>();
  const entries = asArray(addFields).map(asRecord);
  const anchorOf = new Map<string, string>();
  const fields = entries.map((entry): LocalFieldValues => {
    const {
      id,
      type,
      label,
      help: fieldHelp,
      required,
      options,
      ...extra
    } = asRecord(entry['field']);
    const fieldId = typeof id === 'string' ? id : '';
    const listId = typeof options === 'string' ? options : '';
    if (listId !== '') {
      usedLists.add(listId);
    }
    // An `after` that names an earlier local field is a chain the editor wrote: its anchor is
    // that field's anchor (the order among them is the list's order).
    const rawAfter = typeof entry['after'] === 'string' ? entry['after'] : '';
    const after = anchorOf.get(rawAfter) ?? rawAfter;
    anchorOf.set(fieldId, after);
    return {
      id: fieldId,
      type: (typeof type === 'string' ? type : 'text') as FieldType,
      stepId: typeof entry['stepId'] === 'string' ? entry['stepId'] : '',
      after,
      groupPath: typeof entry['groupPath'] === 'string' ? entry['groupPath'] : '',
      label: toText(label),
      help: toText(fieldHelp),
      required: required === true,
      optionListId: listId,
      options: asArray(lists[listId]).map((option) => {
        const record = asRecord(option);
        return {
          value: typeof record['value'] === 'string' ? record['value'] : '',
          label: toText(record['label']),
        };
      }),
      extra,
    };
  });
  const otherLists = Object.fromEntries(
    Object.entries(lists).filter(([listId]) => !usedLists.has(listId)),
  );
  const signatureRecord = asRecord(signature);
  const contactRecord = asRecord(contact);
  const keptSignature =
    signature === undefined ? {} : { signatureVariants: asArray(signatureRecord['variants']) };
  return {
    fields,
    help: Object.entries(asRecord(help)).map(([path, text]) => ({ path, text: toText(text) })),
    attachmentGuidance: Object.entries(asRecord(attachmentGuidance)).map(([slotId, text]) => ({
      slotId,
      text: toText(text),
    })),
    signature:
      signature === undefined
        ? 'standard'
        : signatureRecord['required'] === true
          ? 'required'
          : 'notRequired',
    standardProcessingDays:
      typeof standardProcessingDays === 'number' ? String(standardProcessingDays) : '',
    deadlines: asArray(addDeadlines).map((deadline) => {
      const record = asRecord(deadline);
      return {
        fromField: typeof record['fromField'] === 'string' ? record['fromField'] : '',
        days: typeof record['days'] === 'number' ? String(record['days']) : '',
        description: toText(record['description']),
      };
    }),
    hasContact: contact !== undefined,
    contact: {
      department: toText(contactRecord['department']),
      phone: typeof contactRecord['phone'] === 'string' ? contactRecord['phone'] : '',
      email: typeof contactRecord['email'] === 'string' ? contactRecord['email'] : '',
      hours: toText(contactRecord['hours']),
    },
    rest: {
      ...rest,
      ...keptSignature,
      ...(Object.keys(otherLists).length > 0 ? { optionLists: otherLists } : {}),
    },
  };
}

function optionListIdOf(field: LocalFieldValues): string {
  return field.optionListId !== '' ? field.optionListId : `${field.id}Options`;
}

/** A number typed in a text box, or the text itself so that the engine names the problem. */
function toNumber(text: string): number | string {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : text;
}

/** The editor's form values as an overlay of the engine's format. */
export function toOverlay(values: OverlayFormValues): Record<string, unknown> {
  const { signatureVariants, optionLists: keptLists, ...rest } = values.rest;
  const optionLists: Record<string, unknown> = { ...asRecord(keptLists) };
  const lastAt = new Map<string, string>();
  const addFields = values.fields.map((field) => {
    const isChoice = isChoiceType(field.type);
    if (isChoice) {
      optionLists[optionListIdOf(field)] = field.options;
    }
    // Local fields after the same anchor are chained, so the step shows them in the list's order.
    const place = `${field.stepId}|${field.groupPath}|${field.after}`;
    const chained = field.after === '' ? '' : (lastAt.get(place) ?? field.after);
    lastAt.set(place, field.id);
    return {
      stepId: field.stepId,
      ...(field.groupPath === '' ? {} : { groupPath: field.groupPath }),
      ...(chained === '' ? {} : { after: chained }),
      field: {
        ...field.extra,
        id: field.id,
        type: field.type,
        label: field.label,
        ...(isBlank(field.help) ? {} : { help: field.help }),
        required: field.required,
        ...(isChoice ? { options: optionListIdOf(field) } : {}),
      },
    };
  });
  const contact = values.contact;
  return {
    ...rest,
    addFields,
    ...(Object.keys(optionLists).length > 0 ? { optionLists } : {}),
    help: Object.fromEntries(values.help.map((entry) => [entry.path, entry.text])),
    attachmentGuidance: Object.fromEntries(
      values.attachmentGuidance.map((entry) => [entry.slotId, entry.text]),
    ),
    ...(values.signature === 'standard'
      ? {}
      : {
          signature: {
            required: values.signature === 'required',
            variants: asArray(signatureVariants),
          },
        }),
    ...(values.standardProcessingDays.trim() === ''
      ? {}
      : { standardProcessingDays: toNumber(values.standardProcessingDays) }),
    addDeadlines: values.deadlines.map((deadline) => ({
      fromField: deadline.fromField,
      days: toNumber(deadline.days),
      description: deadline.description,
    })),
    ...(values.hasContact
      ? {
          contact: {
            department: contact.department,
            phone: contact.phone,
            ...(contact.email.trim() === '' ? {} : { email: contact.email }),
            ...(isBlank(contact.hours) ? {} : { hours: contact.hours }),
          },
        }
      : {}),
  };
}

/**
 * The form value an overlay path belongs to (`addFields.2.field.label.ja` → `fields.2.label.ja`),
 * so the engine's message shows at its input; null for what the form does not edit.
 */
export function formPathOf(overlayPath: string, values: OverlayFormValues): string | null {
  const [head, key, ...rest] = overlayPath.split('.');
  switch (head) {
    case 'addFields': {
      if (key === undefined) {
        return 'fields';
      }
      if (rest[0] === 'field') {
        const [property, ...more] = rest.slice(1);
        if (property === 'options') {
          return `fields.${key}.options`;
        }
        if (property === 'id' || property === 'required') {
          return `fields.${key}.${property}`;
        }
        if (property === 'label' || property === 'help') {
          return more.length > 0
            ? `fields.${key}.${property}.${more[0]}`
            : `fields.${key}.${property}.ja`;
        }
        return `fields.${key}.id`;
      }
      return rest[0] === 'stepId' || rest[0] === 'after'
        ? `fields.${key}.${rest[0]}`
        : `fields.${key}.id`;
    }
    case 'optionLists': {
      const index = values.fields.findIndex((field) => optionListIdOf(field) === key);
      return index < 0 ? null : `fields.${index}.options`;
    }
    case 'help': {
      const index = values.help.findIndex((entry) => overlayPath.startsWith(`help.${entry.path}`));
      return index < 0 ? null : `help.${index}.path`;
    }
    case 'attachmentGuidance': {
      const index = values.attachmentGuidance.findIndex((entry) => entry.slotId === key);
      return index < 0 ? null : `attachmentGuidance.${index}.slotId`;
    }
    case 'addDeadlines': {
      if (key === undefined) {
        return null;
      }
      const property = rest[0] === 'description' ? `description.${rest[1] ?? 'ja'}` : rest[0];
      return `deadlines.${key}.${property ?? 'fromField'}`;
    }
    case 'standardProcessingDays':
      return 'standardProcessingDays';
    case 'contact': {
      if (key === 'department' || key === 'hours') {
        return `contact.${key}.${rest[0] ?? 'ja'}`;
      }
      return key === 'phone' || key === 'email' ? `contact.${key}` : 'contact.phone';
    }
    case 'signature':
      return 'signature';
    case undefined:
    default:
      return null;
  }
}

export type PlacedIssue = OverlayIssue & { formPath: string | null };

export function placeIssues(
  issues: readonly OverlayIssue[],
  values: OverlayFormValues,
): PlacedIssue[] {
  return issues.map((issue) => ({ ...issue, formPath: formPathOf(issue.path, values) }));
}

/** Top-level fields of the standard's steps: where a local field may come after. */
export function standardFieldsOf(standard: FormDefinition, stepId: string): FieldDefinition[] {
  return standard.steps.find((step) => step.id === stepId)?.fields ?? [];
}

/** Every field path of a form (groups' fields with their dot paths), with its label. */
export function fieldPathsOf(
  definition: FormDefinition,
): { path: string; field: FieldDefinition }[] {
  const walk = (
    fields: readonly FieldDefinition[],
    prefix: string,
  ): { path: string; field: FieldDefinition }[] =>
    fields.flatMap((field) => {
      const path = prefix === '' ? field.id : `${prefix}.${field.id}`;
      return field.type === 'group'
        ? [{ path, field }, ...walk(field.fields, path)]
        : [{ path, field }];
    });
  return definition.steps.flatMap((step) => walk(step.fields, ''));
}
