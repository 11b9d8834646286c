import type { FieldIssue } from '@madoguchi/server-util-nest';
import { ApiException } from '@madoguchi/server-util-nest';

export type OverlayEditorExceptionCode =
  | 'admin_only'
  | 'procedure_not_found'
  | 'invalid_overlay'
  | 'no_overlay_draft'
  | 'effective_from_in_past'
  | 'effective_from_before_scheduled'
  | 'overlay_already_published';

const OVERLAY_EDITOR_ERRORS: Record<
  OverlayEditorExceptionCode,
  { status: number; ja: string; en: string }
> = {
  admin_only: {
    status: 403,
    ja: '様式の自治体独自項目は管理者だけが編集・公開できます。',
    en: "Only an administrator can edit and publish the municipality's form settings.",
  },
  procedure_not_found: {
    status: 404,
    ja: 'この自治体はその手続を受け付けていません。',
    en: 'This municipality does not accept that procedure.',
  },
  invalid_overlay: {
    status: 422,
    ja: '様式の設定に誤りがあります。各項目のメッセージを確認してください。',
    en: 'The form settings have errors: see the message of each item.',
  },
  no_overlay_draft: {
    status: 409,
    ja: '公開する下書きがありません。先に下書きを保存してください。',
    en: 'There is no saved draft to publish: save a draft first.',
  },
  effective_from_in_past: {
    status: 422,
    ja: '施行日には今日以降の日付を指定してください。',
    en: 'The effective date must be today or later.',
  },
  effective_from_before_scheduled: {
    status: 409,
    ja: 'すでに公開予定の版より前の施行日は指定できません。',
    en: 'The effective date cannot be before that of a version already scheduled.',
  },
  overlay_already_published: {
    status: 409,
    ja: 'この内容はすでに公開された版と同じです。',
    en: 'This content is the same as a version already published.',
  },
};

export function overlayEditorException(
  code: OverlayEditorExceptionCode,
  fields: FieldIssue[] = [],
): ApiException {
  const { status, ja, en } = OVERLAY_EDITOR_ERRORS[code];
  return new ApiException(status, code, { ja, en }, fields);
}
