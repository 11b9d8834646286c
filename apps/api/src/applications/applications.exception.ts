import type { FieldIssue } from '@madoguchi/server-util-nest';
import { ApiException } from '@madoguchi/server-util-nest';

export type ApplicationsExceptionCode =
  | 'invalid_answers'
  | 'application_not_found'
  | 'transition_not_allowed'
  | 'idempotency_key_reused'
  | 'invalid_idempotency_key'
  | 'personal_data_not_found'
  | 'personal_number_handler_required'
  | 'step_up_required'
  | 'personal_number_reveal_rate_limited'
  | 'role_not_allowed'
  | 'fields_to_fix_required'
  | 'unknown_field_to_fix'
  | 'message_to_resident_required'
  | 'decision_required'
  | 'decision_mismatch'
  | 'approver_must_differ'
  | 'decision_record_required'
  | 'decision_record_not_expected'
  | 'field_not_open_for_correction';

const APPLICATIONS_ERRORS: Record<
  ApplicationsExceptionCode,
  { status: number; ja: string; en: string; easyJa?: string }
> = {
  invalid_answers: {
    status: 422,
    ja: '入力内容に誤りがあります。各項目のメッセージを確認してください。',
    en: 'Some answers need correcting. Please check the message at each field.',
  },
  application_not_found: {
    status: 404,
    ja: 'その申請は見つかりません。',
    en: 'No such application.',
  },
  transition_not_allowed: {
    status: 409,
    ja: '今の状態からはその操作はできません。',
    en: 'That change is not allowed from the current status.',
  },
  idempotency_key_reused: {
    status: 422,
    ja: '同じ送信番号で別の内容が送られました。ページを再読み込みしてください。',
    en: 'The same Idempotency-Key was used for a different submission. Please reload the page.',
    easyJa: '前に送った内容と違います。ページを読み込み直してください。',
  },
  role_not_allowed: {
    status: 403,
    ja: 'あなたの役割ではこの操作はできません。',
    en: 'Your role does not allow this step.',
  },
  fields_to_fix_required: {
    status: 400,
    ja: '補正依頼では、直してほしい項目を1つ以上選んでください。',
    en: 'A correction request must name at least one field to fix.',
  },
  unknown_field_to_fix: {
    status: 400,
    ja: '補正を依頼した項目がこの申請書にありません。',
    en: 'A field named in the correction request is not part of this form.',
  },
  message_to_resident_required: {
    status: 400,
    ja: '申請者への連絡（何をどう直すか）を入力してください。',
    en: 'Write a message telling the resident what to correct and how.',
  },
  decision_required: {
    status: 400,
    ja: '承認に回すときは、処理完了か却下かの案を選んでください。',
    en: 'Choose the drafted decision (completed or rejected) before sending it for approval.',
  },
  decision_mismatch: {
    status: 409,
    ja: '承認する内容が起案された決定と違います。',
    en: 'This is not the decision that was drafted.',
  },
  approver_must_differ: {
    status: 403,
    ja: '起案した人やすでに承認した人は、同じ決定を承認できません。',
    en: 'The person who drafted a decision, or already approved it, cannot approve it again.',
  },
  decision_record_required: {
    status: 400,
    ja: 'この手続の処理を完了するには、決定の内容（要介護認定では要介護度と認定有効期間）を記録してください。',
    en: 'Completing this procedure needs its decision record (for a care-need certification: the care level and the certification period).',
  },
  decision_record_not_expected: {
    status: 400,
    ja: '決定の内容は、それを記録する手続で、処理を完了する承認のときにだけ送ってください。',
    en: 'A decision record goes only with the approval that completes an application of a procedure that declares one.',
  },
  field_not_open_for_correction: {
    status: 400,
    ja: '申請先が直すよう求めた項目だけを変更できます。ほかの項目は元のままにしてください。',
    en: 'Only the fields the office asked you to correct can change. Leave the other answers as they were.',
  },
  personal_number_handler_required: {
    status: 403,
    ja: '個人番号を表示できるのは、事務取扱担当者に指定された職員だけです。',
    en: 'Only staff designated as personal-number handlers (事務取扱担当者) may reveal a My Number.',
  },
  step_up_required: {
    status: 403,
    ja: '個人番号を表示する前に、もう一度ログインして本人確認をしてください（追加の認証が必要です）。',
    en: 'Sign in again with the additional factor before revealing a My Number.',
  },
  personal_number_reveal_rate_limited: {
    status: 429,
    ja: '1時間に表示できる個人番号の件数を超えました。時間をおいてから操作してください。',
    en: 'You have revealed the most My Numbers allowed in an hour. Please try again later.',
  },
  personal_data_not_found: {
    status: 404,
    ja: 'その項目に保護された個人情報はありません。',
    en: 'There is no protected personal data at that field.',
  },
  invalid_idempotency_key: {
    status: 400,
    ja: 'Idempotency-Key ヘッダーの形式が正しくありません。',
    en: 'The Idempotency-Key header is malformed (8–128 letters, digits, - or _).',
  },
};

/**
 * The field issue of a resubmission that changed an answer the 補正依頼 did not open: one per
 * changed path, with the same code as the error.
 */
export function fieldNotOpenForCorrection(path: string): FieldIssue {
  return {
    path,
    code: 'field_not_open_for_correction',
    message: {
      ja: 'この項目は補正の対象ではないため、変更できません。元の内容に戻してください。',
      en: 'This answer was not part of the correction request and cannot change. Put back what it was.',
    },
  };
}

/** The field issue of a 補正依頼 naming a path its form does not have. */
export function unknownFieldToFix(path: string): FieldIssue {
  return {
    path,
    code: 'unknown_field_to_fix',
    message: { ja: 'この項目はこの申請書にありません。', en: 'This form has no such field.' },
  };
}

export function applicationsException(
  code: ApplicationsExceptionCode,
  fields: FieldIssue[] = [],
): ApiException {
  const { status, ja, en, easyJa } = APPLICATIONS_ERRORS[code];
  return new ApiException(
    status,
    code,
    easyJa === undefined ? { ja, en } : { ja, en, easyJa },
    fields,
  );
}
