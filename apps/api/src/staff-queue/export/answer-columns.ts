import type {
  CompiledForm,
  FieldDefinition,
  FormDefinition,
  LabelSegment,
} from '@madoguchi/forms-schema';
import { BUILT_IN_OPTION_LISTS } from '@madoguchi/forms-schema';

import { isSealedValue } from '../../personal-data/personal-data-cipher.js';
import { maskValue } from '../../personal-data/sensitive-answers.js';

/** One export column for an answer: its path in the answers, its label and how to print it. */
export type AnswerColumn = {
  path: string;
  label: string;
  type: FieldDefinition['type'];
  /** Option value → Japanese label, for radio, select, checkboxes and relationship fields. */
  options: ReadonlyMap<string, string> | null;
};

/** A repeating group never gets more numbered column sets than this in an export. */
const MAX_REPEATED_COLUMN_SETS = 20;

function optionLabels(
  definition: FormDefinition,
  field: FieldDefinition,
): ReadonlyMap<string, string> | null {
  if (field.type === 'group' || field.options === undefined) {
    return null;
  }
  const list = definition.optionLists[field.options] ?? BUILT_IN_OPTION_LISTS[field.options];
  return list ? new Map(list.map((option) => [option.value, option.label.ja])) : null;
}

/** 子ども1・氏名: the Japanese labels of the groups, items and field, joined. */
function japaneseLabel(labels: readonly LabelSegment[]): string {
  return labels
    .map((segment) =>
      segment.kind === 'field' ? segment.label.ja : `${segment.itemLabel.ja}${segment.position}`,
    )
    .join('・');
}

/**
 * The answer columns of a procedure's export, from its form versions (newest first): the newest
 * version's columns in form order, then the columns only older versions have, each labelled as
 * in the version that defines it.
 */
export function buildAnswerColumns(forms: readonly CompiledForm[]): AnswerColumn[] {
  const byPath = new Map<string, AnswerColumn>();
  for (const form of forms) {
    for (const { path, field, labels } of form.leafFields(MAX_REPEATED_COLUMN_SETS)) {
      if (!byPath.has(path)) {
        byPath.set(path, {
          path,
          label: japaneseLabel(labels),
          type: field.type,
          options: optionLabels(form.definition, field),
        });
      }
    }
  }
  return [...byPath.values()];
}

function readPath(answers: Record<string, unknown>, path: string): unknown {
  let value: unknown = answers;
  for (const segment of path.split('.')) {
    if (value === null || typeof value !== 'object') {
      return undefined;
    }
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function joinParts(...parts: string[]): string {
  return parts.filter((part) => part !== '').join(' ');
}

function formatObject(type: AnswerColumn['type'], value: Record<string, unknown>): string {
  switch (type) {
    case 'personName': {
      const name = joinParts(text(value.family), text(value.given));
      const kana = joinParts(text(value.familyKana), text(value.givenKana));
      return kana === '' ? name : `${name}（${kana}）`;
    }
    case 'postalAddress': {
      const postalCode = text(value.postalCode);
      return joinParts(
        postalCode === '' ? '' : `〒${postalCode}`,
        `${text(value.prefecture)}${text(value.city)}${text(value.town)}${text(value.block)}`,
        text(value.building),
      );
    }
    case 'dateRange':
      return `${text(value.from)}～${text(value.to)}`;
    case 'bankAccount':
      return value.kind === 'publicFundAccount'
        ? '公金受取口座'
        : joinParts(
            `${text(value.bankCode)}-${text(value.branchCode)}`,
            text(value.accountType),
            text(value.accountNumber),
            text(value.holderKana),
          );
    case 'text':
    case 'longText':
    case 'number':
    case 'yen':
    case 'date':
    case 'radio':
    case 'select':
    case 'checkboxes':
    case 'yesNo':
    case 'email':
    case 'phone':
    case 'myNumber':
    case 'careInsuredNumber':
    case 'relationship':
    case 'consent':
    case 'attachment':
    case 'group':
      // Not objects in valid answers; print whatever parts there are rather than nothing.
      return joinParts(...Object.values(value).map(text));
  }
}

/**
 * The text of one answer cell. `answers` must already have its sensitive values masked; a sealed
 * value that slipped through is masked here too, so no export ever holds a 個人番号 in clear.
 */
export function formatAnswerCell(answers: Record<string, unknown>, column: AnswerColumn): string {
  const value = readPath(answers, column.path);
  if (value === undefined || value === null) {
    return '';
  }
  if (isSealedValue(value)) {
    return maskValue(value);
  }
  if (typeof value === 'boolean') {
    return value ? 'はい' : 'いいえ';
  }
  if (typeof value === 'string') {
    return column.options?.get(value) ?? value;
  }
  if (typeof value === 'number') {
    return String(value);
  }
  if (Array.isArray(value)) {
    if (column.type === 'attachment') {
      return `${value.length}件`;
    }
    return value
      .map((item) => (typeof item === 'string' ? (column.options?.get(item) ?? item) : text(item)))
      .join('、');
  }
  return formatObject(column.type, value as Record<string, unknown>);
}
