import type { BasicFourItem } from '@madoguchi/procedures-contracts';

import { useConsoleLocale } from '../../i18n/locale-context.js';
import type { ConsoleLocale } from '../../i18n/messages.js';

/** The wording of the review's 電子署名 panel, in Japanese (the reference for every key). */
const SIGNATURE_JA = {
  heading: '電子署名',
  status: '検証結果',
  valid: '有効',
  invalid: '無効',
  failures: {
    malformed: '署名の形式が正しくありません',
    bad_signature: '署名値が証明書の鍵と一致しません',
    digest_mismatch: '申請内容と署名の対象が一致しません',
    unknown_ca: '信頼する認証局の証明書ではありません',
    expired: '署名時点で証明書の有効期限が切れていました',
    not_yet_valid: '署名時点で証明書の有効期間が始まっていませんでした',
    revoked: '署名時点で証明書が失効していました',
    revocation_unknown: '失効情報を確認できませんでした',
    bad_timestamp: 'タイムスタンプを検証できませんでした',
  } as Record<string, string>,
  signer: '署名者（証明書の氏名）',
  signingTime: '署名日時',
  signingTimeSources: {
    signature_timestamp: 'タイムスタンプによる時刻',
    signing_time_attribute: '署名者の端末が記録した時刻（タイムスタンプなし）',
    verification_time: '検証した時刻（署名に時刻の記録なし）',
  } as Record<string, string>,
  serial: '証明書のシリアル番号',
  issuer: '証明書の発行者',
  verifiedAt: '受付時に検証した日時',
  comparisonCaption: '基本4情報の照合（証明書と申請内容）',
  comparisonItem: '項目',
  comparisonOnCard: '証明書の記載',
  comparisonInAnswers: '申請内容',
  comparisonResult: '照合',
  comparisonNone: '照合できる項目が申請内容にありません。',
  match: '一致',
  mismatch: '不一致',
  mismatchNote:
    '不一致の項目があります。住所変更の直後など理由がある場合もあります。内容を確認してください。',
  items: {
    name: '氏名',
    dateOfBirth: '生年月日',
    gender: '性別',
    address: '住所',
  } satisfies Record<BasicFourItem, string>,
};

export type SignaturePanelMessages = typeof SIGNATURE_JA;

const SIGNATURE_EN: SignaturePanelMessages = {
  heading: 'Electronic signature',
  status: 'Verification',
  valid: 'Valid',
  invalid: 'Invalid',
  failures: {
    malformed: 'The signature is not well formed',
    bad_signature: 'The signature value does not match the certificate key',
    digest_mismatch: 'The signature covers other content than the application',
    unknown_ca: 'The certificate is not from a trusted certification authority',
    expired: 'The certificate had expired at signing time',
    not_yet_valid: 'The certificate was not yet valid at signing time',
    revoked: 'The certificate was revoked at signing time',
    revocation_unknown: 'The revocation status could not be checked',
    bad_timestamp: 'The timestamp does not verify',
  },
  signer: 'Signer (name on the certificate)',
  signingTime: 'Signed at',
  signingTimeSources: {
    signature_timestamp: 'time from a timestamp',
    signing_time_attribute: "time recorded by the signer's device (no timestamp)",
    verification_time: 'time of verification (no time in the signature)',
  },
  serial: 'Certificate serial number',
  issuer: 'Certificate issuer',
  verifiedAt: 'Verified on receipt at',
  comparisonCaption: 'Basic four items compared (certificate and application)',
  comparisonItem: 'Item',
  comparisonOnCard: 'On the certificate',
  comparisonInAnswers: 'In the application',
  comparisonResult: 'Result',
  comparisonNone: 'The application has none of the items to compare.',
  match: 'Match',
  mismatch: 'Mismatch',
  mismatchNote:
    'Some items do not match. There may be a reason (e.g. a recent move); please check them.',
  items: {
    name: 'Name',
    dateOfBirth: 'Date of birth',
    gender: 'Gender',
    address: 'Address',
  },
};

const SIGNATURE_CATALOGUE: Record<ConsoleLocale, SignaturePanelMessages> = {
  ja: SIGNATURE_JA,
  en: SIGNATURE_EN,
};

export function useSignaturePanelMessages(): SignaturePanelMessages {
  return SIGNATURE_CATALOGUE[useConsoleLocale().locale];
}
