import type { FieldDefinition, FormDefinition } from '../definition/form-definition.schema.js';
import {
  BUILT_IN_OPTION_LISTS,
  RELATIONSHIP_OPTION_LIST_ID,
} from '../fields/built-in-option-lists.js';

export const FORM_CHANGE_KINDS = [
  'fieldAdded',
  'fieldRemoved',
  'typeChanged',
  'becameRequired',
  'becameOptional',
  'becameConditional',
  'optionAdded',
  'optionRemoved',
  'limitTightened',
  'limitLoosened',
  'repeatChanged',
  'stepAdded',
  'stepRemoved',
  'signatureChanged',
  'attachmentAdded',
  'attachmentRemoved',
] as const;
export type FormChangeKind = (typeof FORM_CHANGE_KINDS)[number];

/**
 * One difference between two versions of a form. A breaking change can make a draft or a
 * submission that was valid under the old version invalid under the new one (or lose data).
 */
export type FormChange = {
  kind: FormChangeKind;
  path: string;
  isBreaking: boolean;
  detail: string;
};

export type FormVersionDiff = {
  from: { id: string; version: number };
  to: { id: string; version: number };
  changes: FormChange[];
  isBreaking: boolean;
};

type FlatField = { field: FieldDefinition; path: string; stepId: string };

function flatten(definition: FormDefinition): Map<string, FlatField> {
  const out = new Map<string, FlatField>();
  const walk = (fields: readonly FieldDefinition[], base: string, stepId: string): void => {
    for (const field of fields) {
      const path = base === '' ? field.id : `${base}.${field.id}`;
      out.set(path, { field, path, stepId });
      if (field.type === 'group') {
        walk(field.fields, path, stepId);
      }
    }
  };
  for (const step of definition.steps) {
    walk(step.fields, '', step.id);
  }
  return out;
}

function optionValues(definition: FormDefinition, field: FieldDefinition): Set<string> | undefined {
  if (field.type === 'group') {
    return undefined;
  }
  const listId =
    field.options ?? (field.type === 'relationship' ? RELATIONSHIP_OPTION_LIST_ID : undefined);
  if (listId === undefined) {
    return undefined;
  }
  const list = definition.optionLists[listId] ?? BUILT_IN_OPTION_LISTS[listId] ?? [];
  return new Set(list.map((option) => option.value));
}

type Bound = 'min' | 'max' | 'minLength' | 'maxLength';
const TIGHTER_WHEN_GREATER: Record<Bound, boolean> = {
  min: true,
  minLength: true,
  max: false,
  maxLength: false,
};

function compareLimits(
  path: string,
  a: FieldDefinition,
  b: FieldDefinition,
  changes: FormChange[],
): void {
  if (a.type === 'group' || b.type === 'group') {
    return;
  }
  for (const bound of ['min', 'max', 'minLength', 'maxLength'] as const) {
    const before = a[bound];
    const after = b[bound];
    if (before === after) {
      continue;
    }
    const isTighter =
      after !== undefined &&
      (before === undefined || (TIGHTER_WHEN_GREATER[bound] ? after > before : after < before));
    changes.push({
      kind: isTighter ? 'limitTightened' : 'limitLoosened',
      path,
      isBreaking: isTighter,
      detail: `${bound}: ${String(before)} → ${String(after)}`,
    });
  }
  if (a.pattern !== b.pattern) {
    changes.push({
      kind: b.pattern === undefined ? 'limitLoosened' : 'limitTightened',
      path,
      isBreaking: b.pattern !== undefined,
      detail: `pattern: ${a.pattern ?? '(none)'} → ${b.pattern ?? '(none)'}`,
    });
  }
}

function compareField(
  path: string,
  a: FieldDefinition,
  b: FieldDefinition,
  before: FormDefinition,
  after: FormDefinition,
  changes: FormChange[],
): void {
  if (a.type !== b.type) {
    changes.push({ kind: 'typeChanged', path, isBreaking: true, detail: `${a.type} → ${b.type}` });
    return;
  }
  if (!a.required && b.required) {
    changes.push({
      kind: 'becameRequired',
      path,
      isBreaking: true,
      detail: 'required: false → true',
    });
  } else if (a.required && !b.required) {
    changes.push({
      kind: 'becameOptional',
      path,
      isBreaking: false,
      detail: 'required: true → false',
    });
  }
  if (
    JSON.stringify(a.requiredWhen) !== JSON.stringify(b.requiredWhen) &&
    b.requiredWhen !== undefined
  ) {
    changes.push({
      kind: 'becameRequired',
      path,
      isBreaking: true,
      detail: 'requiredWhen added or changed',
    });
  }
  if (JSON.stringify(a.visibleWhen) !== JSON.stringify(b.visibleWhen)) {
    // A field that becomes hidden for some answers silently drops their value.
    changes.push({
      kind: 'becameConditional',
      path,
      isBreaking: b.visibleWhen !== undefined,
      detail: 'visibleWhen changed',
    });
  }
  const optionsBefore = optionValues(before, a);
  const optionsAfter = optionValues(after, b);
  if (optionsBefore && optionsAfter) {
    for (const value of optionsBefore) {
      if (!optionsAfter.has(value)) {
        changes.push({
          kind: 'optionRemoved',
          path,
          isBreaking: true,
          detail: `option "${value}" removed`,
        });
      }
    }
    for (const value of optionsAfter) {
      if (!optionsBefore.has(value)) {
        changes.push({
          kind: 'optionAdded',
          path,
          isBreaking: false,
          detail: `option "${value}" added`,
        });
      }
    }
  }
  compareLimits(path, a, b, changes);
  if (a.type === 'group' && b.type === 'group') {
    const repeatBefore = JSON.stringify(a.repeat && { min: a.repeat.min, max: a.repeat.max });
    const repeatAfter = JSON.stringify(b.repeat && { min: b.repeat.min, max: b.repeat.max });
    if (repeatBefore !== repeatAfter) {
      const isBreaking =
        Boolean(a.repeat) !== Boolean(b.repeat) ||
        (b.repeat?.min ?? 0) > (a.repeat?.min ?? 0) ||
        (b.repeat?.max ?? Infinity) < (a.repeat?.max ?? Infinity);
      changes.push({
        kind: 'repeatChanged',
        path,
        isBreaking,
        detail: `repeat ${repeatBefore ?? 'none'} → ${repeatAfter ?? 'none'}`,
      });
    }
  }
}

/**
 * Compares two versions of a form and lists what changed, marking the breaking changes: a field
 * removed, its type changed, it became required, an option removed, a limit tightened, … Use it
 * in review before publishing a new version, and to decide whether drafts need a `FormMigration`.
 */
export function diffFormVersions(before: FormDefinition, after: FormDefinition): FormVersionDiff {
  const changes: FormChange[] = [];
  const fieldsBefore = flatten(before);
  const fieldsAfter = flatten(after);
  const isUnderRemovedGroup = (path: string, inOther: Map<string, FlatField>): boolean => {
    const parent = path.slice(0, Math.max(0, path.lastIndexOf('.')));
    return parent !== '' && !inOther.has(parent);
  };
  for (const [path, { field }] of fieldsBefore) {
    const next = fieldsAfter.get(path);
    if (!next && isUnderRemovedGroup(path, fieldsAfter)) {
      continue; // reported once, on the removed group
    }
    if (!next) {
      changes.push({
        kind: 'fieldRemoved',
        path,
        isBreaking: true,
        detail: `${field.type} field removed`,
      });
      continue;
    }
    compareField(path, field, next.field, before, after, changes);
  }
  for (const [path, { field }] of fieldsAfter) {
    if (!fieldsBefore.has(path) && !isUnderRemovedGroup(path, fieldsBefore)) {
      const isRequired = field.required || field.requiredWhen !== undefined;
      changes.push({
        kind: 'fieldAdded',
        path,
        isBreaking: isRequired,
        detail: `${isRequired ? 'required' : 'optional'} ${field.type} field added`,
      });
    }
  }
  const stepsBefore = new Set(before.steps.map((step) => step.id));
  const stepsAfter = new Set(after.steps.map((step) => step.id));
  for (const id of stepsBefore) {
    if (!stepsAfter.has(id)) {
      changes.push({
        kind: 'stepRemoved',
        path: `steps.${id}`,
        isBreaking: false,
        detail: 'step removed',
      });
    }
  }
  for (const id of stepsAfter) {
    if (!stepsBefore.has(id)) {
      changes.push({
        kind: 'stepAdded',
        path: `steps.${id}`,
        isBreaking: false,
        detail: 'step added',
      });
    }
  }
  if (JSON.stringify(before.signature) !== JSON.stringify(after.signature)) {
    changes.push({
      kind: 'signatureChanged',
      path: 'signature',
      isBreaking: !before.signature.required && after.signature.required,
      detail: `signature required: ${String(before.signature.required)} → ${String(after.signature.required)}`,
    });
  }
  const slotsBefore = new Map(before.attachments.map((slot) => [slot.id, slot]));
  const slotsAfter = new Map(after.attachments.map((slot) => [slot.id, slot]));
  for (const id of slotsBefore.keys()) {
    if (!slotsAfter.has(id)) {
      changes.push({
        kind: 'attachmentRemoved',
        path: `attachments.${id}`,
        isBreaking: true,
        detail: 'attachment slot removed',
      });
    }
  }
  for (const [id, slot] of slotsAfter) {
    if (!slotsBefore.has(id)) {
      changes.push({
        kind: 'attachmentAdded',
        path: `attachments.${id}`,
        isBreaking: slot.required,
        detail: 'attachment slot added',
      });
    }
  }
  return {
    from: { id: before.id, version: before.version },
    to: { id: after.id, version: after.version },
    changes,
    isBreaking: changes.some((change) => change.isBreaking),
  };
}
