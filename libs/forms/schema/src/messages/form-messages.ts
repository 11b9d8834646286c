import type { LocalizedText } from '../definition/form-definition.schema.js';
import type { FieldErrorCode } from './field-error-code.js';

/** What a message may mention: the field label (already localised) and the limits that failed. */
export type MessageParams = {
  label: LocalizedText;
  min?: number | string;
  max?: number | string;
};

type MessageTemplate = (params: MessageParams) => LocalizedText;

/** "Date of birth" → "date of birth", but "My Number" and "URL" keep their capitals. */
function inSentence(label: string): string {
  const rest = label.slice(1);
  return /[A-Z]/.test(rest) ? label : label.charAt(0).toLowerCase() + rest;
}

function range(params: MessageParams): LocalizedText {
  const { min, max } = params;
  if (min !== undefined && max !== undefined) {
    return {
      ja: `${min}から${max}まで`,
      en: `between ${min} and ${max}`,
      easyJa: `${min}から ${max}まで`,
    };
  }
  if (min !== undefined) {
    return { ja: `${min}以上`, en: `${min} or more`, easyJa: `${min}より おおきい かず` };
  }
  return {
    ja: `${max ?? ''}以下`,
    en: `${max ?? ''} or less`,
    easyJa: `${max ?? ''}より ちいさい かず`,
  };
}

/**
 * The one table of field error messages, in Japanese, English and やさしい日本語. Plain, specific,
 * polite, and saying what to do. Every `FieldErrorCode` has an entry (the type makes sure).
 */
export const formMessages: Record<FieldErrorCode, MessageTemplate> = {
  required: ({ label }) => ({
    ja: `${label.ja}を入力してください`,
    en: `Enter the ${inSentence(label.en)}`,
    easyJa: `${label.easyJa}を かいてください`,
  }),
  unknown_field: () => ({
    ja: 'この申請書にない項目です。画面を読み込み直してください',
    en: 'This item is not part of this form. Reload the page',
    easyJa: 'この しんせいしょに ない ところです。がめんを もういちど ひらいてください',
  }),
  invalid_type: ({ label }) => ({
    ja: `${label.ja}の入力内容を確認してください`,
    en: `Check the ${inSentence(label.en)}`,
    easyJa: `${label.easyJa}を もういちど みてください`,
  }),
  too_long: ({ label, max }) => ({
    ja: `${label.ja}は${max}文字以内で入力してください`,
    en: `The ${inSentence(label.en)} must be ${max} characters or fewer`,
    easyJa: `${label.easyJa}は ${max}もじまでで かいてください`,
  }),
  too_short: ({ label, min }) => ({
    ja: `${label.ja}は${min}文字以上で入力してください`,
    en: `The ${inSentence(label.en)} must be at least ${min} characters`,
    easyJa: `${label.easyJa}は ${min}もじより おおく かいてください`,
  }),
  out_of_range: (params) => {
    const limits = range(params);
    return {
      ja: `${params.label.ja}は${limits.ja}の数で入力してください`,
      en: `The ${inSentence(params.label.en)} must be ${limits.en}`,
      easyJa: `${params.label.easyJa}は ${limits.easyJa}で かいてください`,
    };
  },
  invalid_number: ({ label }) => ({
    ja: `${label.ja}は数字で入力してください`,
    en: `Enter the ${inSentence(label.en)} as a number`,
    easyJa: `${label.easyJa}は すうじで かいてください`,
  }),
  not_integer: ({ label }) => ({
    ja: `${label.ja}は整数（小数点なし）で入力してください`,
    en: `Enter the ${inSentence(label.en)} as a whole number`,
    easyJa: `${label.easyJa}は 「.」を つかわないで かいてください`,
  }),
  invalid_format: ({ label }) => ({
    ja: `${label.ja}の形式が正しくありません`,
    en: `The ${inSentence(label.en)} is not in the right format`,
    easyJa: `${label.easyJa}の かきかたが ちがいます`,
  }),
  invalid_date: ({ label }) => ({
    ja: `${label.ja}は正しい日付で入力してください（例：2024-04-01、令和6年4月1日）`,
    en: `Enter the ${inSentence(label.en)} as a real date, for example 2024-04-01`,
    easyJa: `${label.easyJa}は ただしい ひづけで かいてください（れい：2024-04-01）`,
  }),
  invalid_era_date: ({ label }) => ({
    ja: `${label.ja}の元号と年が合っていません（令和は2019年5月1日から、平成は2019年4月30日まで）`,
    en: `The era and year of the ${inSentence(label.en)} do not match (Reiwa began on 1 May 2019)`,
    easyJa: `${label.easyJa}の ねんごう（れいわ・へいせい など）と ねんが あいません`,
  }),
  date_too_early: ({ label, min }) => ({
    ja: `${label.ja}は${min}以降の日付を入力してください`,
    en: `The ${inSentence(label.en)} must be on or after ${min}`,
    easyJa: `${label.easyJa}は ${min}より あとの ひを かいてください`,
  }),
  date_too_late: ({ label, max }) => ({
    ja: `${label.ja}は${max}以前の日付を入力してください`,
    en: `The ${inSentence(label.en)} must be on or before ${max}`,
    easyJa: `${label.easyJa}は ${max}より まえの ひを かいてください`,
  }),
  invalid_date_range: ({ label }) => ({
    ja: `${label.ja}の終わりの日は、始まりの日と同じか後の日にしてください`,
    en: `The end of the ${inSentence(label.en)} must be the same as or after the start`,
    easyJa: `${label.easyJa}の おわりの ひは はじめの ひより あとに してください`,
  }),
  invalid_email: ({ label }) => ({
    ja: `${label.ja}は正しいメールアドレスの形式で入力してください（例：name@example.jp）`,
    en: `Enter the ${inSentence(label.en)} in the right format, like name@example.jp`,
    easyJa: `${label.easyJa}を ただしく かいてください（れい：name@example.jp）`,
  }),
  invalid_phone: ({ label }) => ({
    ja: `${label.ja}は市外局番からの電話番号を入力してください（例：03-1234-5678、090-1234-5678）`,
    en: `Enter the ${inSentence(label.en)} as a Japanese phone number, like 090-1234-5678`,
    easyJa: `${label.easyJa}を ただしく かいてください（れい：090-1234-5678）`,
  }),
  invalid_postal_code: ({ label }) => ({
    ja: `${label.ja}は7桁の数字で入力してください（例：123-4567）`,
    en: `Enter the ${inSentence(label.en)} as 7 digits, like 123-4567`,
    easyJa: `${label.easyJa}は 7つの すうじで かいてください（れい：123-4567）`,
  }),
  invalid_prefecture: ({ label }) => ({
    ja: `${label.ja}は都道府県名を選んでください`,
    en: `Choose the prefecture for the ${inSentence(label.en)}`,
    easyJa: `${label.easyJa}の とどうふけんを えらんでください`,
  }),
  invalid_katakana: ({ label }) => ({
    ja: `${label.ja}はカタカナで入力してください`,
    en: `Enter the ${inSentence(label.en)} in katakana`,
    easyJa: `${label.easyJa}は カタカナで かいてください`,
  }),
  invalid_my_number: ({ label }) => ({
    ja: `${label.ja}は12桁の数字で入力してください`,
    en: `Enter the ${inSentence(label.en)} as 12 digits`,
    easyJa: `${label.easyJa}は 12この すうじで かいてください`,
  }),
  my_number_check_digit: ({ label }) => ({
    ja: `${label.ja}に誤りがあります。マイナンバーカードを見て、もう一度入力してください`,
    en: `The ${inSentence(label.en)} is not correct. Check your My Number card and enter it again`,
    easyJa: `${label.easyJa}が まちがっています。マイナンバーカードを みて もういちど かいてください`,
  }),
  invalid_care_insured_number: ({ label }) => ({
    ja: `${label.ja}は10桁の数字で入力してください（介護保険被保険者証に書いてあります）`,
    en: `Enter the ${inSentence(label.en)} as 10 digits, as shown on the long-term care insurance card`,
    easyJa: `${label.easyJa}は 10この すうじで かいてください（かいごほけんの カードに あります）`,
  }),
  invalid_bank_code: ({ label }) => ({
    ja: `${label.ja}の金融機関コードは4桁の数字で入力してください`,
    en: `Enter the bank code of the ${inSentence(label.en)} as 4 digits`,
    easyJa: `${label.easyJa}の ぎんこうの ばんごうは 4この すうじで かいてください`,
  }),
  invalid_branch_code: ({ label }) => ({
    ja: `${label.ja}の支店コードは3桁の数字で入力してください`,
    en: `Enter the branch code of the ${inSentence(label.en)} as 3 digits`,
    easyJa: `${label.easyJa}の してんの ばんごうは 3この すうじで かいてください`,
  }),
  invalid_account_number: ({ label }) => ({
    ja: `${label.ja}の口座番号は7桁以内の数字で入力してください`,
    en: `Enter the account number of the ${inSentence(label.en)} as up to 7 digits`,
    easyJa: `${label.easyJa}の こうざばんごうは 7こまでの すうじで かいてください`,
  }),
  invalid_option: ({ label }) => ({
    ja: `${label.ja}は一覧から選んでください`,
    en: `Choose the ${inSentence(label.en)} from the list`,
    easyJa: `${label.easyJa}は リストから えらんでください`,
  }),
  consent_required: ({ label }) => ({
    ja: `申請するには「${label.ja}」に同意してください`,
    en: `To apply, agree to "${label.en}"`,
    easyJa: `しんせいするには 「${label.easyJa}」に チェックを してください`,
  }),
  too_few_items: ({ label, min }) => ({
    ja: `${label.ja}は${min}件以上入力してください`,
    en: `Add at least ${min} for the ${inSentence(label.en)}`,
    easyJa: `${label.easyJa}を ${min}こ いじょう いれてください`,
  }),
  too_many_items: ({ label, max }) => ({
    ja: `${label.ja}は${max}件までにしてください`,
    en: `Add no more than ${max} for the ${inSentence(label.en)}`,
    easyJa: `${label.easyJa}は ${max}こまでに してください`,
  }),
  invalid_attachment: ({ label }) => ({
    ja: `${label.ja}のファイルをもう一度添付してください`,
    en: `Attach the file for the ${inSentence(label.en)} again`,
    easyJa: `${label.easyJa}の ファイルを もういちど つけてください`,
  }),
};

/** The message of an error code for a field, in the three languages. */
export function formatFieldMessage(code: FieldErrorCode, params: MessageParams): LocalizedText {
  return formMessages[code](params);
}
