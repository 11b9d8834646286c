import type { ReminderRuleFieldErrorCode } from '@madoguchi/procedures-contracts';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import type { ConsoleLocale } from '../../i18n/messages.js';

/** Field codes the console checks itself as well as the API (the occurrence-key rule). */
export type ReminderRuleEditorErrorCode = ReminderRuleFieldErrorCode | 'occurrence_key_retired';

/** The wording of the reminder-rule editor (通知のルールの変更), in Japanese (the reference). */
const REMINDER_RULES_JA = {
  editorHeading: '時期と送り方の変更',
  editorLead:
    '健診の時期、何日前に送るか、送信方法を変えられます。保存すると、次の日次の送信（毎朝）と住民の画面に反映されます。',
  keyRule:
    '回の「キー」は送信済みの記録に使われるため、保存した後は変えられません。回を削除すると、そのキーは二度と使えません（送信済みのお知らせはそのままです）。',
  versionInfo: (version: number, updatedAt: string | null, updatedBy: string | null) =>
    version === 0 || updatedAt === null
      ? '標準の設定のままです（まだ変更されていません）。'
      : `第${version}版（${updatedAt}、${updatedBy ?? ''}）`,
  seedImport: '初期値の取り込み',
  relativeFrom: (field: string) => `${field}から数えた時期`,
  occurrenceLegend: (label: string, key: string) => `${label}（キー: ${key}）`,
  newOccurrenceLegend: (index: number) => `新しい回 ${index}`,
  keyLabel: 'キー',
  keyHint: '半角の英小文字・数字・ハイフン（例: 2y6m）。保存後は変えられません。',
  savedKey: (key: string) => `キー: ${key}`,
  retiredKeys: (keys: string) => `以前に削除したキー（使えません）: ${keys}`,
  labelJa: '名前（日本語）',
  labelEn: '名前（英語）',
  labelEasyJa: '名前（やさしい日本語）',
  offsetLegend: '時期',
  offsetYears: '年',
  offsetMonths: 'か月',
  offsetDays: '日',
  offsetHint: '数え始める日から、何年・何か月・何日後か（前のときはマイナス）。',
  removeOccurrence: '削除',
  removeTarget: (label: string) => `（${label}）`,
  addOccurrence: '回を追加',
  leadDaysLabel: '何日前に送るか',
  leadDaysSuffix: '日前',
  leadDaysHint: '0〜180 日。0 はその日に送ります。',
  monthLabel: '月',
  dayLabel: '日',
  channelsLegend: '送信方法',
  channelsHint: 'お知らせ欄には必ず届きます。',
  save: '保存する',
  saving: '保存しています…',
  saved: (version: number) => `保存しました（第${version}版）。`,
  conflictTitle: 'ほかの管理者が先に変更しました',
  conflictBody:
    '最新の内容を読み込み直してから、もう一度変更してください。この画面の変更は保存されていません。',
  reload: '最新の内容を読み込む',
  saveFailed: '保存できませんでした',
  errorSummaryTitle: '入力内容を確認してください',
  fieldErrors: {
    duplicate_occurrence_key: '同じキーの回が二つあります。キーは回ごとに別のものにしてください。',
    empty_offset: '年・か月・日のいずれかを入力してください。',
    occurrence_key_retired: 'このキーは以前に削除された回のものです。別のキーにしてください。',
  } satisfies Record<ReminderRuleEditorErrorCode, string>,
  required: '入力してください。',
  keyFormat: 'キーは半角の英小文字・数字・ハイフンで 20 文字までです。',
  wholeNumber: '整数で入力してください。',
  outOfRange: '入力できる範囲を超えています。',
  invalid: '値が正しくありません。',
};

export type ReminderRulesMessages = typeof REMINDER_RULES_JA;

const REMINDER_RULES_EN: ReminderRulesMessages = {
  editorHeading: 'Change the timing and channels',
  editorLead:
    'Change the ages of the check-ups, how many days ahead a notice goes out and its channels. Once saved, the next daily sending (every morning) and the residents’ screens use them.',
  keyRule:
    'An occurrence’s key is part of the record of what was sent, so it cannot change once saved. Removing an occurrence retires its key for good (notices already sent stay).',
  versionInfo: (version: number, updatedAt: string | null, updatedBy: string | null) =>
    version === 0 || updatedAt === null
      ? 'The standard settings (not changed yet).'
      : `Version ${version} (${updatedAt}, ${updatedBy ?? ''})`,
  seedImport: 'import of the defaults',
  relativeFrom: (field: string) => `Counted from the ${field}`,
  occurrenceLegend: (label: string, key: string) => `${label} (key: ${key})`,
  newOccurrenceLegend: (index: number) => `New occurrence ${index}`,
  keyLabel: 'Key',
  keyHint: 'Lower-case letters, digits and hyphens (e.g. 2y6m). It cannot change once saved.',
  savedKey: (key: string) => `Key: ${key}`,
  retiredKeys: (keys: string) => `Keys removed earlier (not available): ${keys}`,
  labelJa: 'Name (Japanese)',
  labelEn: 'Name (English)',
  labelEasyJa: 'Name (easy Japanese)',
  offsetLegend: 'When',
  offsetYears: 'Years',
  offsetMonths: 'Months',
  offsetDays: 'Days',
  offsetHint:
    'Years, months and days after the date of birth or other date (before: negative days).',
  removeOccurrence: 'Remove',
  removeTarget: (label: string) => ` (${label})`,
  addOccurrence: 'Add an occurrence',
  leadDaysLabel: 'Days ahead',
  leadDaysSuffix: 'days before',
  leadDaysHint: '0 to 180 days. 0 sends on the day.',
  monthLabel: 'Month',
  dayLabel: 'Day',
  channelsLegend: 'Channels',
  channelsHint: 'The notice list always receives.',
  save: 'Save',
  saving: 'Saving…',
  saved: (version: number) => `Saved (version ${version}).`,
  conflictTitle: 'Another administrator changed the rules first',
  conflictBody:
    'Load the latest ones and make your change again. Your changes here were not saved.',
  reload: 'Load the latest',
  saveFailed: 'Could not save',
  errorSummaryTitle: 'Check what you entered',
  fieldErrors: {
    duplicate_occurrence_key: 'Two occurrences have the same key: give each its own.',
    empty_offset: 'Enter years, months or days.',
    occurrence_key_retired: 'This key belonged to an occurrence removed earlier: use another.',
  },
  required: 'Enter a value.',
  keyFormat: 'A key has up to 20 lower-case letters, digits and hyphens.',
  wholeNumber: 'Enter a whole number.',
  outOfRange: 'This is outside the allowed range.',
  invalid: 'This value is not valid.',
};

export const REMINDER_RULES_CATALOGUE: Record<ConsoleLocale, ReminderRulesMessages> = {
  ja: REMINDER_RULES_JA,
  en: REMINDER_RULES_EN,
};

/** The reminder-rule editor's wording in the staff member's language. */
export function useReminderRulesMessages(): ReminderRulesMessages {
  return REMINDER_RULES_CATALOGUE[useConsoleLocale().locale];
}
