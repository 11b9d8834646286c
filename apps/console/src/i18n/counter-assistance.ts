import type { CounterAssistance, CounterIdentityMethod } from '@madoguchi/procedures-contracts';
import { formatDateTime } from './format.js';

/** How the resident's identity was checked at the counter (the closed list of the contract). */
export const COUNTER_IDENTITY_METHOD_LABELS: Record<CounterIdentityMethod, string> = {
  my_number_card: 'マイナンバーカード',
  drivers_license: '運転免許証',
  other: 'その他の書類',
};

const CHANNEL_LABELS: Record<CounterAssistance['confirmedVia'], string> = {
  counter_screen: '窓口の画面',
  qr: 'QR',
};

/** The demo accounts' display names carry the section in brackets: the name alone reads better. */
function personalName(displayName: string): string {
  return displayName.replace(/[（(].*[）)]\s*$/u, '').trim() || displayName;
}

/**
 * One line for the application detail of a counter-assisted application, e.g.
 * 「窓口で職員が入力（佐藤 美咲）・本人確認：マイナンバーカード・申請者が確認（QR、2026/12/07 15:00）」.
 */
export function describeCounterAssistance(assistance: CounterAssistance): string {
  const check = COUNTER_IDENTITY_METHOD_LABELS[assistance.identityCheck.method];
  const note = assistance.identityCheck.note === '' ? '' : `（${assistance.identityCheck.note}）`;
  return [
    `窓口で職員が入力（${personalName(assistance.filledBy.displayName)}）`,
    `本人確認：${check}${note}`,
    `申請者が確認（${CHANNEL_LABELS[assistance.confirmedVia]}、${formatDateTime(assistance.confirmedAt)}）`,
  ].join('・');
}
