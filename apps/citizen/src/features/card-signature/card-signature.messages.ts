import type { Locale } from '@madoguchi/shared-util-i18n';

/** Texts of マイナンバーカードで署名 (confirmation step and the signer's return page). */
export type CardSignatureMessages = {
  heading: string;
  lead: string;
  whatItMeans: string;
  start: string;
  starting: string;
  waiting: string;
  reopen: string;
  signedTitle: string;
  signedBy: (name: string) => string;
  signAgain: string;
  droppedTitle: string;
  dropped: string;
  failedTitle: string;
  submitHint: string;
  returnTitle: string;
  returnLead: string;
  returnMissing: string;
  closeTab: string;
};

const JA: CardSignatureMessages = {
  heading: 'マイナンバーカードで署名',
  lead: 'この手続は、マイナンバーカードによる電子署名が必要です。',
  whatItMeans:
    '電子署名をすると、この内容をあなた自身が申請したことを証明できます。署名のあとで内容を変えると、署名はやり直しになります。署名は別のタブで開くデジタル認証アプリの画面でします。',
  start: 'マイナンバーカードで署名する',
  starting: '署名の準備をしています…',
  waiting: '別のタブで署名してください。署名が終わると、ここに結果が出ます。',
  reopen: '署名の画面をもう一度開く',
  signedTitle: '署名済み',
  signedBy: (name) => `${name} さんのマイナンバーカードで署名しました。送信できます。`,
  signAgain: 'もう一度署名する',
  droppedTitle: '署名をやり直してください',
  dropped: '署名のあとで入力内容が変わったため、前の署名は使えません。もう一度署名してください。',
  failedTitle: '署名できませんでした',
  submitHint: '署名してから送信してください。',
  returnTitle: '署名の画面から戻りました',
  returnLead: 'このタブを閉じて、申請の画面に戻ってください。結果は申請の画面に出ます。',
  returnMissing: '署名の情報がありません。申請の画面からもう一度始めてください。',
  closeTab: 'このタブを閉じる',
};

const EN: CardSignatureMessages = {
  heading: 'Sign with your My Number Card',
  lead: 'This procedure needs an electronic signature with your My Number Card.',
  whatItMeans:
    'The signature shows that you yourself made this application. If you change your answers after signing, you need to sign again. You sign in the Digital Authentication App screen, which opens in a new tab.',
  start: 'Sign with my My Number Card',
  starting: 'Preparing the signature…',
  waiting: 'Please sign in the other tab. The result appears here when you are done.',
  reopen: 'Open the signing screen again',
  signedTitle: 'Signed',
  signedBy: (name) => `Signed with the My Number Card of ${name}. You can submit now.`,
  signAgain: 'Sign again',
  droppedTitle: 'Please sign again',
  dropped:
    'Your answers changed after you signed, so the earlier signature no longer counts. Please sign again.',
  failedTitle: 'The signature did not work',
  submitHint: 'Please sign before you submit.',
  returnTitle: 'Back from the signing screen',
  returnLead: 'Please close this tab and go back to your application. The result is shown there.',
  returnMissing: 'There is no signing to finish. Please start again from your application.',
  closeTab: 'Close this tab',
};

const EASY_JA: CardSignatureMessages = {
  heading: 'マイナンバーカードで署名',
  lead: 'この申請は、マイナンバーカードで署名が必要です。',
  whatItMeans:
    '署名をすると、あなたが自分で申請したことがわかります。署名のあとで内容を変えたときは、もう一度署名します。署名は新しいタブの画面でします。',
  start: 'マイナンバーカードで署名する',
  starting: '署名の用意をしています…',
  waiting: '新しいタブで署名してください。終わると、ここに結果が出ます。',
  reopen: '署名の画面をもう一度開く',
  signedTitle: '署名しました',
  signedBy: (name) => `${name} さんのカードで署名しました。送ることができます。`,
  signAgain: 'もう一度署名する',
  droppedTitle: 'もう一度署名してください',
  dropped: '署名のあとで内容が変わりました。もう一度署名してください。',
  failedTitle: '署名ができませんでした',
  submitHint: '署名してから送ってください。',
  returnTitle: '署名の画面から戻りました',
  returnLead: 'このタブを閉じて、申請の画面に戻ってください。',
  returnMissing: '署名の情報がありません。申請の画面から、もう一度してください。',
  closeTab: 'このタブを閉じる',
};

export const CARD_SIGNATURE_MESSAGES: Record<Locale, CardSignatureMessages> = {
  ja: JA,
  en: EN,
  easyJa: EASY_JA,
};
