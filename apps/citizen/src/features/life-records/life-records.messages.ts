import type { MyLifeRecord } from '@madoguchi/notifications-contracts';
import type { Locale } from '@madoguchi/shared-util-i18n';

/** A record's name and dates, the dates already written as the locale writes them. */
export type RecordFacts = Pick<MyLifeRecord, 'kind' | 'name'> & {
  birthDate?: string;
  dueDate?: string;
  validFrom?: string;
  expiryDate?: string;
};

/** Texts of 通知のもとになっている情報, in 日本語, English and やさしい日本語. */
export type LifeRecordsMessages = {
  title: string;
  /** The link from the notification settings page. */
  settingsLink: string;
  lead: string;
  asOf: (date: string) => string;
  recordsHeading: (count: number) => string;
  noRecords: string;
  /** The record in one phrase: 「お子さん 花子さん（2024年11月10日生まれ）」. */
  describeRecord: (facts: RecordFacts) => string;
  originLabel: string;
  originApplication: (procedureTitle: string, receiptNumber: string) => string;
  originDemo: string;
  originOther: string;
  createdAtLabel: string;
  remindersHeading: (days: number) => string;
  noReminders: string;
  /** 「2026年5月10日ごろのこと」: said when the reminder comes earlier than the day it is about. */
  eventOn: (date: string) => string;
  categoryOff: (category: 'childcare' | 'care') => string;
  correctionHeading: string;
  correction: string;
  correctionWithReceipt: string;
  phoneLabel: string;
  emailLabel: string;
  backToSettings: string;
};

const JA_CATEGORIES = { childcare: '子育て', care: '介護' } as const;

const JA: LifeRecordsMessages = {
  title: '通知のもとになっている情報',
  settingsLink: '通知のもとになっている情報（お子さんの生年月日など）を確認する',
  lead: '子育てや介護のお知らせ（健診、予防接種、手続の時期など）は、あなたの申請が受理されたときに市区町村が記録した次の情報をもとに、自動で計算しています。',
  asOf: (date) => `${date}時点の情報です。`,
  recordsHeading: (count) => `記録されている情報（${count}件）`,
  noRecords:
    '記録されている情報はまだありません。妊娠の届出、児童手当の認定請求、要介護認定などの申請が受理されると、ここに表示されます。',
  describeRecord: ({ kind, name, birthDate, dueDate, validFrom, expiryDate }) => {
    const who = name ? `${name}さん` : '';
    switch (kind) {
      case 'child':
        return `お子さん${who ? ` ${who}` : ''}${birthDate ? `（${birthDate}生まれ）` : ''}`;
      case 'pregnancy':
        return `${who ? `${who}の` : ''}妊娠${dueDate ? `（出産予定日 ${dueDate}）` : ''}`;
      case 'care_certification':
        return `${who ? `${who}の` : ''}要介護・要支援認定${
          validFrom && expiryDate
            ? `（有効期間 ${validFrom}〜${expiryDate}）`
            : expiryDate
              ? `（有効期間の満了日 ${expiryDate}）`
              : ''
        }`;
      case 'person':
        return `介護保険の対象の方${who ? ` ${who}` : ''}${birthDate ? `（${birthDate}生まれ）` : ''}`;
    }
  },
  originLabel: 'もとになったもの',
  originApplication: (title, receipt) => `${title}の申請（受付番号 ${receipt}）`,
  originDemo: 'デモ用のデータ（実際の申請ではありません）',
  originOther: '市区町村が登録した情報',
  createdAtLabel: '記録した日',
  remindersHeading: (days) =>
    days === 365 ? 'これから1年間に届く予定のお知らせ' : `これから${days}日間に届く予定のお知らせ`,
  noReminders: 'この期間に届く予定のお知らせはありません。',
  eventOn: (date) => `${date}についてのお知らせ`,
  categoryOff: (category) =>
    `「${JA_CATEGORIES[category]}」のお知らせを受け取らない設定のため、届きません。`,
  correctionHeading: '情報がまちがっているときは',
  correction:
    'この画面では変更できません。内容がまちがっているとき、足りないときは、記録している市区町村の窓口にお問い合わせください。直ると、お知らせの予定も自動で変わります。',
  correctionWithReceipt: 'お問い合わせのときは、もとになった申請の受付番号をお伝えください。',
  phoneLabel: '電話',
  emailLabel: 'メール',
  backToSettings: '通知の設定に戻る',
};

const EN_CATEGORIES = { childcare: 'Childcare', care: 'Care' } as const;

const EN: LifeRecordsMessages = {
  title: 'What your reminders are based on',
  settingsLink: 'See what your reminders are based on (such as your child’s date of birth)',
  lead: 'Childcare and care reminders (check-ups, vaccinations, when to apply) are worked out automatically from the information below, which your municipality recorded when it accepted your applications.',
  asOf: (date) => `As of ${date}.`,
  recordsHeading: (count) => `Recorded information (${count})`,
  noRecords:
    'Nothing is recorded yet. It appears here once an application such as a pregnancy notification, a child allowance claim or a care-need certification is accepted.',
  describeRecord: ({ kind, name, birthDate, dueDate, validFrom, expiryDate }) => {
    switch (kind) {
      case 'child':
        return `Child${name ? ` ${name}` : ''}${birthDate ? ` (born ${birthDate})` : ''}`;
      case 'pregnancy':
        return `Pregnancy${name ? ` of ${name}` : ''}${dueDate ? ` (due ${dueDate})` : ''}`;
      case 'care_certification':
        return `Care-need certification${name ? ` of ${name}` : ''}${
          validFrom && expiryDate
            ? ` (valid ${validFrom} – ${expiryDate})`
            : expiryDate
              ? ` (valid until ${expiryDate})`
              : ''
        }`;
      case 'person':
        return `Person covered by long-term care insurance${name ? `: ${name}` : ''}${birthDate ? ` (born ${birthDate})` : ''}`;
    }
  },
  originLabel: 'Comes from',
  originApplication: (title, receipt) => `Your application “${title}” (receipt number ${receipt})`,
  originDemo: 'Demo data (not a real application)',
  originOther: 'Recorded by the municipality',
  createdAtLabel: 'Recorded on',
  remindersHeading: (days) =>
    days === 365 ? 'Reminders in the coming year' : `Reminders in the next ${days} days`,
  noReminders: 'No reminders are planned in this period.',
  eventOn: (date) => `about ${date}`,
  categoryOff: (category) =>
    `Not sent: you have turned off “${EN_CATEGORIES[category]}” reminders.`,
  correctionHeading: 'If something is wrong',
  correction:
    'You cannot change this information here. If something is wrong or missing, contact the office of the municipality that recorded it. Once it is corrected, your reminders change automatically.',
  correctionWithReceipt: 'Please give the receipt number of the application it comes from.',
  phoneLabel: 'Phone',
  emailLabel: 'E-mail',
  backToSettings: 'Back to notification settings',
};

const EASY_JA_CATEGORIES = { childcare: '子育て', care: '介護' } as const;

const EASY_JA: LifeRecordsMessages = {
  title: 'お知らせのもとになる情報',
  settingsLink: 'お知らせのもとになる情報（子どもの生まれた日など）を見る',
  lead: '子育てや介護のお知らせ（健診、予防接種、手続きの時期など）は、次の情報から自動で計算しています。この情報は、あなたの申し込みを市役所が受け付けたときに記録しました。',
  asOf: (date) => `${date}の情報です。`,
  recordsHeading: (count) => `記録されている情報（${count}個）`,
  noRecords:
    '記録されている情報は、まだありません。妊娠の届け、児童手当、介護の認定などの申し込みが受け付けられると、ここに出ます。',
  describeRecord: ({ kind, name, birthDate, dueDate, validFrom, expiryDate }) => {
    const who = name ? `${name}さん` : '';
    switch (kind) {
      case 'child':
        return `子ども${who ? `・${who}` : ''}${birthDate ? `（${birthDate}生まれ）` : ''}`;
      case 'pregnancy':
        return `${who ? `${who}の` : ''}妊娠${dueDate ? `（生まれる予定の日：${dueDate}）` : ''}`;
      case 'care_certification':
        return `${who ? `${who}の` : ''}介護の認定${
          validFrom && expiryDate
            ? `（${validFrom}から${expiryDate}まで）`
            : expiryDate
              ? `（${expiryDate}まで）`
              : ''
        }`;
      case 'person':
        return `介護保険の人${who ? `・${who}` : ''}${birthDate ? `（${birthDate}生まれ）` : ''}`;
    }
  },
  originLabel: 'もとになったもの',
  originApplication: (title, receipt) => `「${title}」の申し込み（受付番号 ${receipt}）`,
  originDemo: '練習用のデータ（本当の申し込みではありません）',
  originOther: '市役所が記録した情報',
  createdAtLabel: '記録した日',
  remindersHeading: (days) =>
    days === 365 ? 'これから1年の間に来るお知らせ' : `これから${days}日の間に来るお知らせ`,
  noReminders: 'この間に来るお知らせはありません。',
  eventOn: (date) => `${date}のことのお知らせ`,
  categoryOff: (category) =>
    `「${EASY_JA_CATEGORIES[category]}」のお知らせを受け取らない設定なので、来ません。`,
  correctionHeading: '情報が間違っているときは',
  correction:
    'この画面では直せません。間違っているときや足りないときは、記録した市役所の窓口に連絡してください。直ると、お知らせの予定も自動で変わります。',
  correctionWithReceipt: '連絡のときは、申し込みの受付番号を伝えてください。',
  phoneLabel: '電話',
  emailLabel: 'メール',
  backToSettings: '通知の設定に戻る',
};

export const LIFE_RECORDS_MESSAGES: Record<Locale, LifeRecordsMessages> = {
  ja: JA,
  en: EN,
  easyJa: EASY_JA,
};
