import { assertNever } from '@madoguchi/procedures-domain';
import type { SignatureFailureCode } from '@madoguchi/server-trust';
import { ApiException } from '@madoguchi/server-util-nest';

export type SignaturesExceptionCode =
  | 'signing_unavailable'
  | 'signing_request_not_found'
  | 'signing_not_confirmed'
  | 'signature_required'
  | 'signature_digest_mismatch'
  | 'signature_revoked'
  | 'signature_expired'
  | 'signature_unknown_ca'
  | 'signature_invalid'
  | 'signature_revocation_unknown';

const SIGNATURES_ERRORS: Record<
  SignaturesExceptionCode,
  { status: number; ja: string; en: string; easyJa: string }
> = {
  signing_unavailable: {
    status: 503,
    ja: '現在、マイナンバーカードでの署名を受け付けられません。しばらくしてからお試しください。',
    en: 'Signing with the My Number Card is not available right now. Please try again later.',
    easyJa: 'いま、カードで 署名が できません。あとで もう一度 してください。',
  },
  signing_request_not_found: {
    status: 404,
    ja: 'その署名の手続きは見つかりません。もう一度署名してください。',
    en: 'No such signing. Please sign again.',
    easyJa: 'この 署名は 見つかりません。もう一度 署名して ください。',
  },
  signing_not_confirmed: {
    status: 409,
    ja: '署名は完了していません（取り消されたか、まだ確認されていません）。',
    en: 'The signature was not completed (it was cancelled or not yet confirmed).',
    easyJa: '署名は まだ 終わって いません。',
  },
  signature_required: {
    status: 422,
    ja: 'この手続きはマイナンバーカードでの電子署名が必要です。送信の前に署名してください。',
    en: 'This procedure needs an electronic signature with your My Number Card. Please sign before submitting.',
    easyJa: 'この 申請は マイナンバーカードで 署名が ひつようです。送る 前に 署名して ください。',
  },
  signature_digest_mismatch: {
    status: 422,
    ja: '署名したあとで入力内容または添付ファイルが変わりました。もう一度署名してください。',
    en: 'Your answers or attachments changed after you signed. Please sign again.',
    easyJa: '署名した あとで 内容が かわりました。もう一度 署名して ください。',
  },
  signature_revoked: {
    status: 422,
    ja: 'この署名用電子証明書は失効しています。市区町村の窓口で確認してください。',
    en: 'The signing certificate of this card has been revoked. Please ask your municipal office.',
    easyJa: 'この カードの 証明書は 使えなく なって います。市役所や 区役所に 聞いて ください。',
  },
  signature_expired: {
    status: 422,
    ja: 'この署名用電子証明書は有効期限が切れています。市区町村の窓口で更新してください。',
    en: 'The signing certificate of this card has expired. Please renew it at your municipal office.',
    easyJa: 'この カードの 証明書は 期限が 切れて います。市役所や 区役所で 新しく して ください。',
  },
  signature_unknown_ca: {
    status: 422,
    ja: 'この署名は、認められた認証局の証明書によるものではありません。',
    en: 'This signature is not from a certificate of a recognised certification authority.',
    easyJa: 'この 署名は みとめられた カードの ものでは ありません。',
  },
  signature_invalid: {
    status: 422,
    ja: '署名を検証できませんでした。もう一度署名してください。',
    en: 'The signature could not be verified. Please sign again.',
    easyJa: '署名を たしかめられません でした。もう一度 署名して ください。',
  },
  signature_revocation_unknown: {
    status: 503,
    ja: '証明書の失効情報を確認できませんでした。しばらくしてからお試しください。',
    en: 'The revocation status of the certificate could not be checked. Please try again later.',
    easyJa: 'いま カードの 証明書を たしかめられません。あとで もう一度 して ください。',
  },
};

export function signaturesException(code: SignaturesExceptionCode): ApiException {
  const { status, ja, en, easyJa } = SIGNATURES_ERRORS[code];
  return new ApiException(status, code, { ja, en, easyJa });
}

/** The refusal for a signature that does not verify, by the verifier's closed failure code. */
export function signatureFailureException(failure: SignatureFailureCode): ApiException {
  switch (failure) {
    case 'digest_mismatch':
      return signaturesException('signature_digest_mismatch');
    case 'revoked':
      return signaturesException('signature_revoked');
    case 'expired':
      return signaturesException('signature_expired');
    case 'unknown_ca':
      return signaturesException('signature_unknown_ca');
    case 'revocation_unknown':
      return signaturesException('signature_revocation_unknown');
    case 'malformed':
    case 'bad_signature':
    case 'not_yet_valid':
    case 'bad_timestamp':
      return signaturesException('signature_invalid');
    default:
      return assertNever(failure);
  }
}
