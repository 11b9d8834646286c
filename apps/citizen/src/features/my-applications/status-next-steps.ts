import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import type { Trilingual } from '@madoguchi/shared-util-i18n';

/**
 * What happens next, for each status of an application: the one place these sentences live
 * (the status timeline of the resident's application page reads them).
 */
export const STATUS_NEXT_STEPS: Record<ApplicationStatus, Trilingual> = {
  draft: {
    ja: 'まだ送信していません。入力を続けて送信すると、申請先に届きます。',
    en: 'Not sent yet. Finish the form and send it to reach the office.',
    easyJa: 'まだ送っていません。最後まで書いて送ると、役所に届きます。',
  },
  submitted: {
    ja: '申請先に届きました。担当者が内容の確認を始めるまでお待ちください。',
    en: 'The office has received it. Please wait until a case worker starts checking it.',
    easyJa: '役所に届きました。役所の人が見始めるまで、待ってください。',
  },
  in_review: {
    ja: '担当者が内容を確認しています。不足や誤りがあれば、補正のお願いが届きます。',
    en: 'A case worker is checking it. If something is missing or wrong, you will be asked to correct it.',
    easyJa:
      '役所の人が見ています。足りないところや違うところがあれば、「直してください」と連絡が来ます。',
  },
  correction_requested: {
    ja: '申請先が修正を求めています。「申請内容を修正する」から直して、送り直してください。',
    en: 'The office asks you to correct your application. Use “Correct your application” and send it again.',
    easyJa:
      '役所が「直してください」と言っています。「申請を直す」から直して、もう一度送ってください。',
  },
  resubmitted: {
    ja: '修正した内容が申請先に届きました。担当者がもう一度確認します。',
    en: 'Your corrected application has reached the office. A case worker will check it again.',
    easyJa: '直したものが役所に届きました。役所の人が、もう一度見ます。',
  },
  awaiting_approval: {
    ja: '確認が終わり、決定の手続き（決裁）をしています。決まるとお知らせします。',
    en: 'The check is done and the decision is being approved. You will be told when it is decided.',
    easyJa: '見終わりました。今、役所の中で決めています。決まったら、知らせます。',
  },
  completed: {
    ja: '手続きが終わりました。結果の通知や書類は、申請先の案内に従って受け取ってください。',
    en: 'The procedure is complete. Receive the notice or documents as the office tells you.',
    easyJa: '手続きが終わりました。お知らせや書類は、役所が言うとおりに受け取ってください。',
  },
  rejected: {
    ja: '申請は認められませんでした。理由は申請先からの連絡を確認し、わからないときは問い合わせてください。',
    en: 'The application was not granted. See the office’s message for the reason, and contact them with any question.',
    easyJa:
      '申請は、だめでした。わけは、役所からの連絡を見てください。わからないときは、役所に聞いてください。',
  },
  withdrawn: {
    ja: '申請を取り下げました。この申請でこれ以上の手続きはありません。',
    en: 'You withdrew the application. Nothing more happens with it.',
    easyJa: '申請をやめました。この申請で、することはもうありません。',
  },
};

/** The strings around the expected completion date (標準処理期間), in the three languages. */
export const DUE_DATE_TEXTS = {
  nextHeading: { ja: 'これからのこと', en: 'What happens next', easyJa: 'これからのこと' },
  dueDateLabel: { ja: '処理完了の目安', en: 'Expected completion', easyJa: '終わる日の目安' },
  dueDate: (date: string): Trilingual => ({
    ja: `${date}ごろ`,
    en: `Around ${date}`,
    easyJa: `${date}ごろ`,
  }),
  estimate: {
    ja: '標準処理期間（土日・祝日・年末年始を除く）から計算した目安です。確認の内容によって前後することがあります。',
    en: 'An estimate from the standard processing period (business days: weekends, public holidays and the year-end closure not counted). It can change with the review.',
    easyJa:
      '役所が決めている日数（土曜日・日曜日・休みの日を入れない）から出した目安です。早くなったり、おそくなったりします。',
  },
  paused: {
    ja: '補正（修正）のお願いへの対応を待っている間は、この期間に数えません。送り直した日から、また数え始めます。',
    en: 'While the office waits for your correction, the time does not count: the count goes on from the day you send it again.',
    easyJa: '直して送るのを待っている間は、日数に入れません。送ったあとから、また数えます。',
  },
} as const;
