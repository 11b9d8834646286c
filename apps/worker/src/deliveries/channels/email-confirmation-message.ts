import { EMAIL_CONFIRMATION_TOKEN_TTL_HOURS } from '@madoguchi/notifications-contracts';
import { FURIGANA_READINGS, withReadingsInBrackets } from '@madoguchi/shared-util-i18n';

/** The confirmation mail: who asks, why, the link, and that ignoring it (or declining) is fine. */
export type ConfirmationMail = { subject: string; text: string };

/**
 * In the three languages in one mail: the recipient chose no language (a third party has no
 * settings; a resident may have just typed an address). やさしい日本語 carries its readings in brackets.
 * The third party's mail names no one and nothing of the application (not the applicant, not the
 * procedure, not the person's name as typed): only the municipality, so the request can be trusted.
 */
export function composeConfirmationMail(
  kind: 'resident' | 'application_subject',
  link: string,
  municipalityName: { ja: string; en: string } | null,
): ConfirmationMail {
  const hours = EMAIL_CONFIRMATION_TOKEN_TTL_HOURS;
  if (kind === 'resident') {
    const texts = {
      easyJa: `窓口 Madoguchi で、このメールアドレスが、お知らせを送る先として登録されました。下のリンクを開いて「確認する」を押すと、お知らせが届くようになります。リンクは${hours}時間使えます。登録した覚えがないときは、リンクを開いて「受け取らない」を押してください。`,
    };
    const easyJa = withReadingsInBrackets(texts.easyJa, FURIGANA_READINGS);
    return {
      subject: '【窓口】メールアドレスの確認 / Please confirm your e-mail address',
      text: [
        `窓口 Madoguchi で、このメールアドレスが通知の送り先として登録されました。次のリンクを開いて「確認する」を押すと、通知が届くようになります（リンクの有効期限は${hours}時間です）。`,
        '登録した覚えがない場合は、リンクを開いて「受け取らない」を押すか、このメールを無視してください。確認されるまで、このアドレスには通知を送りません。',
        '',
        easyJa,
        '',
        `This address was entered on Madoguchi to receive notifications. Open the link below and press "Confirm" to receive them (the link works for ${hours} hours). If you did not enter it, open the link and press "Decline", or ignore this mail: nothing else is sent to this address until it is confirmed.`,
        '',
        link,
      ].join('\n'),
    };
  }
  const from = municipalityName ?? { ja: '市区町村', en: 'a municipality' };
  const texts = {
    easyJa: `${from.ja}への申し込みで、あなたの代わりに手続きをする人が、このメールアドレスを、あなたの連絡先として書きました。下のリンクを開いて「確認する」を押すと、この申し込みのお知らせが届きます。受け取りたくないときは「受け取らない」を押してください。`,
  };
  const easyJa = withReadingsInBrackets(texts.easyJa, FURIGANA_READINGS);
  return {
    subject: '【窓口】連絡先の確認のお願い / Please confirm a contact address',
    text: [
      `${from.ja}への申請で、あなたの代わりに手続きをする方（代理人）が、このメールアドレスをあなたの連絡先として書きました。`,
      `確認していただくと、その申請の状況をこのアドレスにお知らせします。確認されるまで、申請については何もお送りしません。次のリンクを開いて「確認する」を押してください（有効期限${hours}時間）。`,
      '心当たりがない場合や受け取りたくない場合は、リンクを開いて「受け取らない」を押してください。以後、この申請についてこのアドレスには送りません。',
      '',
      easyJa,
      '',
      `Someone applying on your behalf to ${from.en} (a proxy) gave this e-mail address as your contact. If you confirm it, we will tell you at this address how that application progresses; until then we send nothing about it. Open the link below and press "Confirm" (it works for ${hours} hours). If this is not expected or you do not want these mails, open the link and press "Decline": we will not mail this address about it again.`,
      '',
      link,
    ].join('\n'),
  };
}
