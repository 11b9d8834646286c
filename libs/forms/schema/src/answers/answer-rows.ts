import type {
  FieldDefinition,
  FormDefinition,
  FormOption,
  LocalizedText,
} from '../definition/form-definition.schema.js';
import {
  RELATIONSHIP_OPTION_LIST_ID,
  RELATIONSHIP_OPTIONS,
} from '../fields/built-in-option-lists.js';
import { PART_LABELS } from '../fields/field-normalizers.js';

/** The languages of a form's texts. */
export type AnswerLocale = keyof LocalizedText;

/**
 * The fixed words of stored answers shown to a person. The renderer's messages hold the same
 * words (its yes/no radios, account types), so the confirmation page passes its own; the API's
 * PDF 控え takes {@link ANSWER_TEXTS}.
 */
export type AnswerTexts = {
  notAnswered: string;
  yes: string;
  no: string;
  consentGiven: string;
  consentNotGiven: string;
  publicFundAccount: string;
  ordinaryAccount: string;
  currentAccount: string;
  /** 個人番号 and other sensitive values: only the last digits are shown. */
  maskedMyNumber: (lastDigits: string) => string;
  yenSuffix: string;
  dateRangeSeparator: string;
  itemLegend: (itemLabel: string, position: number) => string;
  noItems: string;
};

const JA_TEXTS: AnswerTexts = {
  notAnswered: '未入力',
  yes: 'はい',
  no: 'いいえ',
  consentGiven: '同意する',
  consentNotGiven: '同意しない',
  publicFundAccount: '公金受取口座を利用する',
  ordinaryAccount: '普通',
  currentAccount: '当座',
  maskedMyNumber: (last) => `＊＊＊＊ ＊＊＊＊ ${last}（個人番号は一部のみ表示しています）`,
  yenSuffix: '円',
  dateRangeSeparator: '〜',
  itemLegend: (label, position) => `${label} ${position}`,
  noItems: 'まだありません。',
};

export const ANSWER_TEXTS: Record<AnswerLocale, AnswerTexts> = {
  ja: JA_TEXTS,
  en: {
    notAnswered: 'Not answered',
    yes: 'Yes',
    no: 'No',
    consentGiven: 'Agreed',
    consentNotGiven: 'Not agreed',
    publicFundAccount: 'Use my registered public-benefit account (公金受取口座)',
    ordinaryAccount: 'Ordinary (普通)',
    currentAccount: 'Current (当座)',
    maskedMyNumber: (last) => `**** **** ${last} (partly hidden)`,
    yenSuffix: 'yen',
    dateRangeSeparator: 'to',
    itemLegend: (label, position) => `${label} ${position}`,
    noItems: 'None yet.',
  },
  easyJa: {
    ...JA_TEXTS,
    consentGiven: 'いいです',
    consentNotGiven: 'いいえ',
    notAnswered: '書いていません',
    publicFundAccount: '公金受取口座を使う',
    maskedMyNumber: (last) => `＊＊＊＊ ＊＊＊＊ ${last}（マイナンバーは全部は見せません）`,
  },
};

/** One answered field: its label and its answer as words (several lines for compound answers). */
export type AnswerRow = { kind: 'answer'; path: string; label: string; text: string };
/** A group (an address block, the other parent): its label and its answers. */
export type AnswerGroup = { kind: 'group'; path: string; label: string; nodes: AnswerNode[] };
/** A repeating group (children, household members): one titled list of answers per item. */
export type AnswerRepeat = {
  kind: 'repeat';
  path: string;
  label: string;
  items: { path: string; title: string; nodes: AnswerNode[] }[];
  /** Shown when there is no item. */
  emptyText: string;
};
export type AnswerNode = AnswerRow | AnswerGroup | AnswerRepeat;
/** The answers of one step of the form, under the step's title. */
export type AnswerSection = { stepId: string; title: string; nodes: AnswerNode[] };

export type AnswerRowsOptions = {
  locale: AnswerLocale;
  /** Default: {@link ANSWER_TEXTS} of the locale. */
  texts?: AnswerTexts;
  /** The file name of an uploaded attachment id, when known. */
  attachmentName?: (id: string) => string | undefined;
  /**
   * Leave out unanswered fields (a printed 控え lists what was sent) instead of marking them
   * 未入力 (the confirmation page, where the resident may still add them).
   */
  omitUnanswered?: boolean;
};

type Resolved = Required<Pick<AnswerRowsOptions, 'locale' | 'texts' | 'omitUnanswered'>> &
  Pick<AnswerRowsOptions, 'attachmentName'> & { definition: FormDefinition };

type Leaf = Exclude<FieldDefinition, { type: 'group' }>;

function asRecord(value: unknown): Record<string, string> {
  return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function joinPath(base: string, segment: string | number): string {
  return base === '' ? String(segment) : `${base}.${segment}`;
}

/** A scalar as text; an object (which a leaf never holds once normalised) as JSON; nothing as ''. */
function toText(value: unknown): string {
  if (value === undefined || value === null) {
    return '';
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return JSON.stringify(value) ?? '';
}

function isUnanswered(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** `2024-04-01` as 2024年4月1日 (ja, やさしい日本語) or 1 April 2024 (en); other text as it is. */
export function formatIsoDate(value: string, locale: AnswerLocale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    return value;
  }
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'ja-JP', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Shows only the last four digits: the resident can check them, a shoulder-surfer learns little. */
function maskSensitive(value: string, texts: AnswerTexts): string {
  return texts.maskedMyNumber(value.replace(/\s/g, '').slice(-4));
}

/** The option list of a radio, select, checkboxes or relationship field. */
export function resolveFieldOptions(
  definition: FormDefinition,
  field: FieldDefinition,
): readonly FormOption[] {
  if (field.type === 'group') {
    return [];
  }
  const listId =
    field.options ?? (field.type === 'relationship' ? RELATIONSHIP_OPTION_LIST_ID : undefined);
  const list = listId === undefined ? undefined : definition.optionLists[listId];
  if (list) {
    return list;
  }
  return field.type === 'relationship' ? RELATIONSHIP_OPTIONS : [];
}

function optionLabel(context: Resolved, field: Leaf, value: string): string {
  const option = resolveFieldOptions(context.definition, field).find(
    (candidate) => candidate.value === value,
  );
  return option ? option.label[context.locale] : value;
}

function formatLeaf(context: Resolved, field: Leaf, value: unknown): string {
  const { texts, locale } = context;
  if (isUnanswered(value)) {
    return texts.notAnswered;
  }
  if ((field.type === 'myNumber' || field.sensitive) && typeof value === 'string') {
    return maskSensitive(value, texts);
  }
  const numberFormat = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'ja-JP');
  switch (field.type) {
    case 'text':
    case 'longText':
    case 'email':
    case 'phone':
    case 'myNumber':
    case 'careInsuredNumber':
      return toText(value);
    case 'number':
      return typeof value === 'number' ? numberFormat.format(value) : toText(value);
    case 'yen':
      return typeof value === 'number'
        ? `${numberFormat.format(value)} ${texts.yenSuffix}`
        : toText(value);
    case 'date':
      return formatIsoDate(toText(value), locale);
    case 'dateRange': {
      const range = asRecord(value);
      return `${formatIsoDate(range.from ?? '', locale)} ${texts.dateRangeSeparator} ${formatIsoDate(range.to ?? '', locale)}`;
    }
    case 'radio':
    case 'select':
    case 'relationship':
      return optionLabel(context, field, toText(value));
    case 'checkboxes':
      return Array.isArray(value)
        ? value
            .map((item) => optionLabel(context, field, toText(item)))
            .join(locale === 'en' ? ', ' : '、')
        : toText(value);
    case 'yesNo':
      return value === true ? texts.yes : texts.no;
    case 'consent':
      return value === true ? texts.consentGiven : texts.consentNotGiven;
    case 'postalAddress': {
      const address = asRecord(value);
      const postal = address.postalCode ?? '';
      const postalText =
        postal.length === 7 ? `〒${postal.slice(0, 3)}-${postal.slice(3)}` : postal;
      return [
        postalText,
        [address.prefecture, address.city, address.town, address.block, address.building]
          .filter(Boolean)
          .join(' '),
      ]
        .filter(Boolean)
        .join('\n');
    }
    case 'personName': {
      const name = asRecord(value);
      return `${name.family ?? ''} ${name.given ?? ''}（${name.familyKana ?? ''} ${name.givenKana ?? ''}）`;
    }
    case 'bankAccount': {
      const account = asRecord(value);
      if (account.kind !== 'bank') {
        return texts.publicFundAccount;
      }
      const type = account.accountType === 'current' ? texts.currentAccount : texts.ordinaryAccount;
      return [
        `${PART_LABELS.bankCode[locale]}: ${account.bankCode ?? ''}`,
        `${PART_LABELS.branchCode[locale]}: ${account.branchCode ?? ''}`,
        `${PART_LABELS.accountType[locale]}: ${type}`,
        `${PART_LABELS.accountNumber[locale]}: ${account.accountNumber ?? ''}`,
        `${PART_LABELS.holderKana[locale]}: ${account.holderKana ?? ''}`,
      ].join('\n');
    }
    case 'attachment':
      return Array.isArray(value)
        ? value.map((id) => context.attachmentName?.(toText(id)) ?? toText(id)).join('\n')
        : toText(value);
    default:
      return toText(value);
  }
}

function buildNodes(
  context: Resolved,
  fields: readonly FieldDefinition[],
  values: Record<string, unknown>,
  path: string,
): AnswerNode[] {
  const nodes: AnswerNode[] = [];
  for (const field of fields) {
    const fieldPath = joinPath(path, field.id);
    const value = values[field.id];
    const label = field.label[context.locale];
    if (value === undefined && field.visibleWhen !== undefined) {
      // Hidden for these answers: the engine removed it.
      continue;
    }
    if (field.sensitive && typeof value === 'string') {
      // A sensitive group arrives masked as a whole.
      nodes.push({
        kind: 'answer',
        path: fieldPath,
        label,
        text: maskSensitive(value, context.texts),
      });
      continue;
    }
    if (field.type !== 'group') {
      if (!(context.omitUnanswered && isUnanswered(value))) {
        nodes.push({
          kind: 'answer',
          path: fieldPath,
          label,
          text: formatLeaf(context, field, value),
        });
      }
      continue;
    }
    if (field.repeat) {
      const itemLabel = field.repeat.itemLabel[context.locale];
      const items = Array.isArray(value) ? value : [];
      if (context.omitUnanswered && items.length === 0) {
        continue;
      }
      nodes.push({
        kind: 'repeat',
        path: fieldPath,
        label,
        emptyText: context.texts.noItems,
        items: items.map((item, index) => ({
          path: joinPath(fieldPath, index),
          title: context.texts.itemLegend(itemLabel, index + 1),
          nodes: buildNodes(context, field.fields, asObject(item), joinPath(fieldPath, index)),
        })),
      });
      continue;
    }
    const children = buildNodes(context, field.fields, asObject(value), fieldPath);
    if (!(context.omitUnanswered && children.length === 0)) {
      nodes.push({ kind: 'group', path: fieldPath, label, nodes: children });
    }
  }
  return nodes;
}

function resolve(definition: FormDefinition, options: AnswerRowsOptions): Resolved {
  return {
    definition,
    locale: options.locale,
    texts: options.texts ?? ANSWER_TEXTS[options.locale],
    omitUnanswered: options.omitUnanswered ?? false,
    attachmentName: options.attachmentName,
  };
}

/**
 * The normalised answers of some fields as labelled words, in the form's order: option values as
 * their labels, dates, amounts and addresses spelled out, 個人番号 and other sensitive values
 * masked, hidden fields left out, groups nested. The one formatting of answers that the
 * confirmation page, the resident's answers view and the PDF 控え share.
 */
export function buildAnswerNodes(
  definition: FormDefinition,
  fields: readonly FieldDefinition[],
  values: Record<string, unknown>,
  path: string,
  options: AnswerRowsOptions,
): AnswerNode[] {
  return buildNodes(resolve(definition, options), fields, values, path);
}

/**
 * All the answers of a form, one section per step in the form's order. A conditional step with no
 * answer is left out (it was not shown); with `omitUnanswered`, so is any step left empty.
 */
export function buildAnswerSections(
  definition: FormDefinition,
  answers: Record<string, unknown>,
  options: AnswerRowsOptions,
): AnswerSection[] {
  const context = resolve(definition, options);
  const sections: AnswerSection[] = [];
  for (const step of definition.steps) {
    const hasAnswers = step.fields.some((field) => answers[field.id] !== undefined);
    if (!hasAnswers && step.visibleWhen !== undefined) {
      continue;
    }
    const nodes = buildNodes(context, step.fields, answers, '');
    if (context.omitUnanswered && nodes.length === 0) {
      continue;
    }
    sections.push({ stepId: step.id, title: step.title[context.locale], nodes });
  }
  return sections;
}
