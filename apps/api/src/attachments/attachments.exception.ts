import type { FieldIssue } from '@madoguchi/server-util-nest';
import { ApiException } from '@madoguchi/server-util-nest';

import type { InspectionFailureCode } from './inspection/inspection-failure.js';

export type AttachmentsExceptionCode =
  | InspectionFailureCode
  | 'not_multipart'
  | 'invalid_upload'
  | 'file_missing'
  | 'too_many_files'
  | 'upload_incomplete'
  | 'slot_not_found'
  | 'attachment_not_found'
  | 'attachment_in_use'
  | 'invalid_attachments';

const ATTACHMENTS_ERRORS: Record<
  AttachmentsExceptionCode,
  { status: number; ja: string; en: string }
> = {
  file_too_large: {
    status: 413,
    ja: 'ファイルが大きすぎます。上限以下のファイルを選んでください。',
    en: 'The file is too large. Please choose a file within the size limit.',
  },
  file_empty: { status: 422, ja: 'ファイルが空です。', en: 'The file is empty.' },
  file_type_not_allowed: {
    status: 415,
    ja: 'この書類には、この種類のファイルは添付できません。指定された形式（画像やPDFなど）のファイルを選んでください。',
    en: 'This kind of file cannot be attached to this document. Please choose a file of an accepted type (such as an image or PDF).',
  },
  file_encrypted: {
    status: 422,
    ja: 'パスワードで保護されたファイルは添付できません。保護を解除してから添付してください。',
    en: 'Password-protected files cannot be attached. Please remove the protection and try again.',
  },
  file_active_content: {
    status: 422,
    ja: 'スクリプトや埋め込みファイルなどを含むPDFは添付できません。印刷してスキャンするか、画像で添付してください。',
    en: 'PDFs with scripts, embedded files or other active content cannot be attached. Please print and scan it, or attach a photo.',
  },
  file_corrupt: {
    status: 422,
    ja: 'ファイルが壊れているか、正しく読み取れません。もう一度撮影または保存してから添付してください。',
    en: 'The file is damaged or cannot be read. Please take the photo or save the file again and retry.',
  },
  not_multipart: {
    status: 415,
    ja: 'ファイルは multipart/form-data で送ってください。',
    en: 'Send the file as multipart/form-data.',
  },
  invalid_upload: {
    status: 400,
    ja: '送信された内容に誤りがあります。',
    en: 'The upload is malformed.',
  },
  file_missing: { status: 400, ja: 'ファイルが送られていません。', en: 'No file was sent.' },
  too_many_files: {
    status: 400,
    ja: 'ファイルは1回に1つずつ送ってください。',
    en: 'Send one file per request.',
  },
  upload_incomplete: {
    status: 400,
    ja: 'ファイルの送信が途中で終わりました。もう一度お試しください。',
    en: 'The upload did not complete. Please try again.',
  },
  slot_not_found: {
    status: 404,
    ja: 'この手続にその添付書類の欄はありません。',
    en: 'This procedure has no such attachment slot.',
  },
  attachment_not_found: {
    status: 404,
    ja: 'その添付ファイルは見つかりません。',
    en: 'No such attachment.',
  },
  attachment_in_use: {
    status: 409,
    ja: '送信済みの申請に添付されたファイルは削除できません。',
    en: 'An attachment of a submitted application cannot be deleted.',
  },
  invalid_attachments: {
    status: 422,
    ja: '添付ファイルに誤りがあります。各項目のメッセージを確認してください。',
    en: 'Some attachments need correcting. Please check the message at each field.',
  },
};

export function attachmentsException(
  code: AttachmentsExceptionCode,
  fields: FieldIssue[] = [],
): ApiException {
  const { status, ja, en } = ATTACHMENTS_ERRORS[code];
  return new ApiException(status, code, { ja, en }, fields);
}

/** Messages of the per-file issues reported by `assertAttachmentsUsable`. */
export const ATTACHMENT_FIELD_ISSUES = {
  attachment_unknown: {
    ja: 'この添付ファイルは見つかりません。もう一度添付してください。',
    en: 'This attachment was not found. Please attach the file again.',
  },
  attachment_wrong_slot: {
    ja: 'この添付ファイルは別の書類の欄のものです。',
    en: 'This attachment belongs to another document slot.',
  },
  attachment_already_used: {
    ja: 'この添付ファイルは別の申請で送信済みです。もう一度添付してください。',
    en: 'This attachment was already sent with another application. Please attach the file again.',
  },
  too_many_files: {
    ja: '添付できるファイルの数を超えています。',
    en: 'Too many files for this document.',
  },
  slot_not_found: {
    ja: 'この手続にその添付書類の欄はありません。',
    en: 'This procedure has no such attachment slot.',
  },
} as const satisfies Record<string, { ja: string; en: string }>;
