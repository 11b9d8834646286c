import type { FieldIssue } from '@madoguchi/server-util-nest';
import { ApiException } from '@madoguchi/server-util-nest';

import type { InspectionFailureCode } from './inspection/inspection-failure.js';
import type { UploadCutCode } from './multipart/read-single-file-upload.js';

export type AttachmentsExceptionCode =
  | InspectionFailureCode
  | UploadCutCode
  | 'too_many_uploads'
  | 'upload_unavailable'
  | 'file_infected'
  | 'scanner_unavailable'
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
  { status: number; ja: string; en: string; easyJa: string }
> = {
  too_many_uploads: {
    status: 429,
    ja: '同時に送信できるファイルの数を超えています。送信中のファイルが終わってから、もう一度お試しください。',
    en: 'Too many uploads at once. Please wait until the files being sent have finished, then try again.',
    easyJa:
      'ファイルを一度にたくさん送っています。今送っているファイルが終わってから、もう一度送ってください。',
  },
  upload_unavailable: {
    status: 503,
    ja: '現在ファイルを受け付けられません。しばらくしてからもう一度お試しください。',
    en: 'Files cannot be accepted right now. Please try again shortly.',
    easyJa: '今はファイルを受け付けることができません。少し待ってから、もう一度送ってください。',
  },
  upload_too_slow: {
    status: 408,
    ja: '通信が遅いため、ファイルの送信を中止しました。電波の良い場所で、もう一度お試しください。',
    en: 'The upload was stopped because the connection was too slow. Please try again where the connection is better.',
    easyJa:
      '通信が遅いので、ファイルを送るのを止めました。電波の良い場所で、もう一度送ってください。',
  },
  upload_deadline_exceeded: {
    status: 408,
    ja: 'ファイルの送信に時間がかかりすぎたため、中止しました。電波の良い場所で、もう一度お試しください。',
    en: 'The upload took too long and was stopped. Please try again where the connection is better.',
    easyJa:
      'ファイルを送るのに時間がかかりすぎたので、止めました。電波の良い場所で、もう一度送ってください。',
  },
  file_infected: {
    status: 422,
    ja: 'このファイルからウイルスなどの不正なプログラムが見つかったため、受け付けられません。ファイルは保存していません。別のファイルを選んでください。',
    en: 'A virus or other malicious program was found in this file, so it cannot be accepted. The file was not kept. Please choose another file.',
    easyJa:
      'このファイルには危ないプログラム（ウイルスなど）が入っていました。受け付けることができません。ファイルは残していません。別のファイルを選んでください。',
  },
  scanner_unavailable: {
    status: 503,
    ja: 'ファイルの安全確認ができないため、今は受け付けられません。しばらくしてからもう一度お試しください。',
    en: 'The file could not be checked for viruses right now, so it was not accepted. Please try again shortly.',
    easyJa: 'ファイルが安全かどうか今は調べられません。少し待ってから、もう一度送ってください。',
  },
  file_too_large: {
    status: 413,
    ja: 'ファイルが大きすぎます。上限以下のファイルを選んでください。',
    en: 'The file is too large. Please choose a file within the size limit.',
    easyJa: 'ファイルが大きすぎます。もっと小さいファイルを選んでください。',
  },
  file_empty: {
    status: 422,
    ja: 'ファイルが空です。',
    en: 'The file is empty.',
    easyJa: 'ファイルの中身がありません。別のファイルを選んでください。',
  },
  file_type_not_allowed: {
    status: 415,
    ja: 'この書類には、この種類のファイルは添付できません。指定された形式（画像やPDFなど）のファイルを選んでください。',
    en: 'This kind of file cannot be attached to this document. Please choose a file of an accepted type (such as an image or PDF).',
    easyJa: 'この種類のファイルは送れません。写真（画像）かPDFを選んでください。',
  },
  file_encrypted: {
    status: 422,
    ja: 'パスワードで保護されたファイルは添付できません。保護を解除してから添付してください。',
    en: 'Password-protected files cannot be attached. Please remove the protection and try again.',
    easyJa: 'パスワードがかかったファイルは送れません。パスワードを外してから送ってください。',
  },
  file_active_content: {
    status: 422,
    ja: 'スクリプトや埋め込みファイルなどを含むPDFは添付できません。印刷してスキャンするか、画像で添付してください。',
    en: 'PDFs with scripts, embedded files or other active content cannot be attached. Please print and scan it, or attach a photo.',
    easyJa: 'このPDFは送れません。紙に印刷して写真を撮るか、画像で送ってください。',
  },
  file_corrupt: {
    status: 422,
    ja: 'ファイルが壊れているか、正しく読み取れません。もう一度撮影または保存してから添付してください。',
    en: 'The file is damaged or cannot be read. Please take the photo or save the file again and retry.',
    easyJa:
      'ファイルが壊れていて読めません。もう一度写真を撮るか、保存し直してから送ってください。',
  },
  not_multipart: {
    status: 415,
    ja: 'ファイルは multipart/form-data で送ってください。',
    en: 'Send the file as multipart/form-data.',
    easyJa: 'ファイルの送り方が正しくありません。',
  },
  invalid_upload: {
    status: 400,
    ja: '送信された内容に誤りがあります。',
    en: 'The upload is malformed.',
    easyJa: '送った内容に間違いがあります。',
  },
  file_missing: {
    status: 400,
    ja: 'ファイルが送られていません。',
    en: 'No file was sent.',
    easyJa: 'ファイルが送られていません。',
  },
  too_many_files: {
    status: 400,
    ja: 'ファイルは1回に1つずつ送ってください。',
    en: 'Send one file per request.',
    easyJa: 'ファイルは1回に1つずつ送ってください。',
  },
  upload_incomplete: {
    status: 400,
    ja: 'ファイルの送信が途中で終わりました。もう一度お試しください。',
    en: 'The upload did not complete. Please try again.',
    easyJa: 'ファイルを送るのが途中で止まりました。もう一度送ってください。',
  },
  slot_not_found: {
    status: 404,
    ja: 'この手続にその添付書類の欄はありません。',
    en: 'This procedure has no such attachment slot.',
    easyJa: 'この手続きには、その書類の欄がありません。',
  },
  attachment_not_found: {
    status: 404,
    ja: 'その添付ファイルは見つかりません。',
    en: 'No such attachment.',
    easyJa: 'そのファイルは見つかりません。',
  },
  attachment_in_use: {
    status: 409,
    ja: '送信済みの申請に添付されたファイルは削除できません。',
    en: 'An attachment of a submitted application cannot be deleted.',
    easyJa: 'もう送った申請のファイルは消せません。',
  },
  invalid_attachments: {
    status: 422,
    ja: '添付ファイルに誤りがあります。各項目のメッセージを確認してください。',
    en: 'Some attachments need correcting. Please check the message at each field.',
    easyJa: 'ファイルに間違いがあります。それぞれの欄の説明を見てください。',
  },
};

export function attachmentsException(
  code: AttachmentsExceptionCode,
  fields: FieldIssue[] = [],
): ApiException {
  const { status, ja, en, easyJa } = ATTACHMENTS_ERRORS[code];
  return new ApiException(
    status,
    code,
    easyJa === undefined ? { ja, en } : { ja, en, easyJa },
    fields,
  );
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
