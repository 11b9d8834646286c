import { ApiException } from '@madoguchi/server-util-nest';

export type SealVerificationExceptionCode =
  'pdf_required' | 'file_too_large' | 'verify_rate_limited';

const ERRORS: Record<
  SealVerificationExceptionCode,
  { status: number; ja: string; en: string; easyJa: string }
> = {
  pdf_required: {
    status: 415,
    ja: 'PDFファイルを選んでください。',
    en: 'Please choose a PDF file.',
    easyJa: 'PDFの ファイルを えらんで ください。',
  },
  file_too_large: {
    status: 413,
    ja: 'ファイルが大きすぎます（5MBまで）。市区町村から受け取ったファイルをそのまま選んでください。',
    en: 'The file is too large (5 MB at most). Please choose the file exactly as you received it.',
    easyJa: 'ファイルが 大きすぎます（5MBまで）。もらった ファイルを そのまま えらんで ください。',
  },
  verify_rate_limited: {
    status: 429,
    ja: '短い時間に何度も確認されました。1分ほど待ってから、もう一度お試しください。',
    en: 'Too many checks in a short time. Please wait a minute, then try again.',
    easyJa: '何回も 続けて 確認しました。1分ぐらい 待ってから、もう一度 して ください。',
  },
};

export function sealVerificationException(code: SealVerificationExceptionCode): ApiException {
  const { status, ja, en, easyJa } = ERRORS[code];
  return new ApiException(status, code, { ja, en, easyJa });
}
