import type { CounterAssistance, CounterIdentityMethod } from '@madoguchi/procedures-contracts';
import type { Bilingual } from '@madoguchi/shared-util-i18n';
import { formatDateTime } from './format.js';
import type { ConsoleLocale } from './messages.js';

/** How the resident's identity was checked at the counter (the closed list of the contract). */
export const COUNTER_IDENTITY_METHOD_LABELS: Record<CounterIdentityMethod, Bilingual> = {
  my_number_card: { ja: 'マイナンバーカード', en: 'My Number Card' },
  drivers_license: { ja: '運転免許証', en: 'Driver’s licence' },
  other: { ja: 'その他の書類', en: 'Another document' },
};

const CHANNEL_LABELS: Record<CounterAssistance['confirmedVia'], Bilingual> = {
  counter_screen: { ja: '窓口の画面', en: 'the counter screen' },
  qr: { ja: 'QR', en: 'QR' },
};

/** The demo accounts' display names carry the section in brackets: the name alone reads better. */
function personalName(displayName: string): string {
  return displayName.replace(/[（(].*[）)]\s*$/u, '').trim() || displayName;
}

/**
 * One line for the application detail of a counter-assisted application, e.g.
 * 「窓口で職員が入力（佐藤 美咲）・本人確認：マイナンバーカード・申請者が確認（QR、2026/12/07 15:00）」.
 */
export function describeCounterAssistance(
  assistance: CounterAssistance,
  locale: ConsoleLocale = 'ja',
): string {
  const name = personalName(assistance.filledBy.displayName);
  const check = COUNTER_IDENTITY_METHOD_LABELS[assistance.identityCheck.method][locale];
  const channel = CHANNEL_LABELS[assistance.confirmedVia][locale];
  const confirmedAt = formatDateTime(assistance.confirmedAt);
  const note = assistance.identityCheck.note;
  if (locale === 'en') {
    return [
      `Filled in by staff at the counter (${name})`,
      `identity check: ${check}${note === '' ? '' : ` (${note})`}`,
      `confirmed by the applicant (${channel}, ${confirmedAt})`,
    ].join(' · ');
  }
  return [
    `窓口で職員が入力（${name}）`,
    `本人確認：${check}${note === '' ? '' : `（${note}）`}`,
    `申請者が確認（${channel}、${confirmedAt}）`,
  ].join('・');
}
