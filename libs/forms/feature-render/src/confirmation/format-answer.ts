import type { FieldDefinition } from '@madoguchi/forms-schema';
import { PART_LABELS } from '@madoguchi/forms-schema';
import type { Locale } from '@madoguchi/shared-util-i18n';
import type { RenderMessages } from '../render-messages.js';
import { localize } from '../renderer-context.js';
import type { RendererContextValue } from '../renderer-context.js';
import { resolveOptions } from '../fields/leaf-props.js';
import { toText } from '../to-text.js';

type Leaf = Exclude<FieldDefinition, { type: 'group' }>;

function asRecord(value: unknown): Record<string, string> {
  return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
}

/** `2024-04-01` as 2024年4月1日 (ja) or 1 April 2024 (en). */
export function formatIsoDate(value: string, locale: Locale): string {
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
export function maskSensitive(value: string, messages: RenderMessages): string {
  const digits = value.replace(/\s/g, '');
  return messages.maskedMyNumber(digits.slice(-4));
}

function optionLabel(renderer: RendererContextValue, field: Leaf, value: string): string {
  const option = resolveOptions(renderer, field).find((candidate) => candidate.value === value);
  return option ? localize(option.label, renderer.locale) : value;
}

/** The answer of a leaf field as text for the confirmation page (normalised answers in, words out). */
export function formatAnswer(renderer: RendererContextValue, field: Leaf, value: unknown): string {
  const { messages, locale } = renderer;
  if (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  ) {
    return messages.notAnswered;
  }
  if ((field.type === 'myNumber' || field.sensitive) && typeof value === 'string') {
    return maskSensitive(value, messages);
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
        ? `${numberFormat.format(value)} ${messages.yenSuffix}`
        : toText(value);
    case 'date':
      return formatIsoDate(toText(value), locale);
    case 'dateRange': {
      const range = asRecord(value);
      return `${formatIsoDate(range.from ?? '', locale)} ${messages.dateRangeSeparator} ${formatIsoDate(range.to ?? '', locale)}`;
    }
    case 'radio':
    case 'select':
    case 'relationship':
      return optionLabel(renderer, field, toText(value));
    case 'checkboxes':
      return Array.isArray(value)
        ? value
            .map((item) => optionLabel(renderer, field, toText(item)))
            .join(locale === 'en' ? ', ' : '、')
        : toText(value);
    case 'yesNo':
      return value === true ? messages.yes : messages.no;
    case 'consent':
      return value === true ? messages.consentGiven : messages.consentNotGiven;
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
        return messages.publicFundAccount;
      }
      const type =
        account.accountType === 'current' ? messages.currentAccount : messages.ordinaryAccount;
      return [
        `${localize(PART_LABELS.bankCode, locale)}: ${account.bankCode ?? ''}`,
        `${localize(PART_LABELS.branchCode, locale)}: ${account.branchCode ?? ''}`,
        `${localize(PART_LABELS.accountType, locale)}: ${type}`,
        `${localize(PART_LABELS.accountNumber, locale)}: ${account.accountNumber ?? ''}`,
        `${localize(PART_LABELS.holderKana, locale)}: ${account.holderKana ?? ''}`,
      ].join('\n');
    }
    case 'attachment':
      return Array.isArray(value)
        ? value.map((id) => renderer.attachmentNames.get(toText(id)) ?? toText(id)).join('\n')
        : toText(value);
    default:
      return toText(value);
  }
}
