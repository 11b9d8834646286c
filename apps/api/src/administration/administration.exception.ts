import type { FieldIssue } from '@madoguchi/server-util-nest';
import { ApiException } from '@madoguchi/server-util-nest';

export type AdministrationExceptionCode =
  | 'admin_only'
  | 'procedure_not_standard'
  | 'invalid_cursor'
  | 'invalid_receipt_number'
  | 'invalid_date_range'
  | 'reminder_rules_conflict'
  | 'invalid_reminder_rules';

const ADMINISTRATION_ERRORS: Record<
  AdministrationExceptionCode,
  { status: number; ja: string; en: string }
> = {
  admin_only: {
    status: 403,
    ja: 'この操作は自治体の管理者だけが行えます。',
    en: "Only the municipality's administrators can do this.",
  },
  procedure_not_standard: {
    status: 404,
    ja: 'その手続は標準様式にありません。',
    en: 'No standard form has this procedure.',
  },
  invalid_cursor: {
    status: 400,
    ja: 'ページの指定が正しくありません。最初のページから開き直してください。',
    en: 'This page position is not valid: open the first page again.',
  },
  invalid_receipt_number: {
    status: 400,
    ja: '受付番号は「K7QF-3XMA」のような8文字です。',
    en: 'A receipt number has 8 characters, such as K7QF-3XMA.',
  },
  invalid_date_range: {
    status: 400,
    ja: '期間の開始日が終了日より後になっています。',
    en: 'The start of the period is after its end.',
  },
  reminder_rules_conflict: {
    status: 409,
    ja: '通知のルールは、開いた後にほかの管理者が変更しました。最新の内容を読み込み直してから、もう一度変更してください。',
    en: 'Another administrator changed the notification rules after you opened them: reload the latest ones and make your change again.',
  },
  invalid_reminder_rules: {
    status: 400,
    ja: '通知のルールの内容に誤りがあります。',
    en: 'The notification rules contain errors.',
  },
};

/** Field codes of a reminder-rule edit the API checks against the standard rules. */
export type ReminderRuleIssueCode =
  | 'unknown_rule'
  | 'not_for_this_rule'
  | 'offset_before_birth'
  | 'occurrence_key_retired'
  | 'in_app_required'
  | 'rule_not_valid';

const REMINDER_RULE_ISSUES: Record<ReminderRuleIssueCode, { ja: string; en: string }> = {
  unknown_rule: {
    ja: '標準の通知ルールにないルールです。',
    en: 'No standard notification rule has this id.',
  },
  not_for_this_rule: {
    ja: 'このルールでは設定できない項目です（年1回のルールは月・日、日付から数えるルールは回と何日前）。',
    en: 'This rule does not take this setting (yearly rules take a month and day, date-based rules their occurrences and lead days).',
  },
  offset_before_birth: {
    ja: '生年月日より前の時期は指定できません。年・か月・日を0以上にしてください。',
    en: 'This comes before the date of birth: use years, months and days of 0 or more.',
  },
  occurrence_key_retired: {
    ja: 'このキーは以前に削除された回のものです。送信済みの記録と重なるため、別のキーにしてください。',
    en: 'This key belonged to an occurrence removed earlier: it would collide with reminders already sent, so use another key.',
  },
  in_app_required: {
    ja: 'アプリ内のお知らせは必ず通知先に含めてください。',
    en: 'The in-app inbox must always be one of the channels.',
  },
  rule_not_valid: {
    ja: 'この設定を標準のルールに当てはめると、ルールが正しくなくなります。',
    en: 'With these settings the standard rule is no longer valid.',
  },
};

/** One field issue of a reminder-rule edit, with its ja/en message. */
export function reminderRuleIssue(path: string, code: ReminderRuleIssueCode): FieldIssue {
  return { path, code, message: REMINDER_RULE_ISSUES[code] };
}

/** The administration console's errors: a closed set of codes, each with its status and ja/en messages. */
export function administrationException(
  code: AdministrationExceptionCode,
  fields: FieldIssue[] = [],
): ApiException {
  const { status, ja, en } = ADMINISTRATION_ERRORS[code];
  return new ApiException(status, code, { ja, en }, fields);
}
