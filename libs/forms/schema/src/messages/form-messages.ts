import type { FieldType, LocalizedText } from '../definition/form-definition.schema.js';
import type { FieldErrorCode } from './field-error-code.js';

/**
 * What a message may mention: the field label (already localised), the limits that failed, and
 * which kind of field (and which part of a composite field) the answer was given in, so that the
 * message says how to fix it: 「選んでください」 for a choice, 「入力してください」 for text.
 */
export type MessageParams = {
  label: LocalizedText;
  min?: number | string;
  max?: number | string;
  fieldType?: FieldType;
  /** The part of a composite answer (`prefecture` of an address, `accountType` of an account). */
  part?: string;
};

/** How a resident gives the answer the message is about. */
export type AnswerKind = 'text' | 'number' | 'date' | 'choice' | 'choices' | 'file' | 'items';

type MessageTemplate = (params: MessageParams) => LocalizedText;

const CHOICE_PARTS: ReadonlySet<string> = new Set(['prefecture', 'kind', 'accountType']);
const DATE_PARTS: ReadonlySet<string> = new Set(['from', 'to']);

/** The kind of answer a field (or one part of it) takes. Unknown fields count as text. */
export function answerKindOf(fieldType: FieldType | undefined, part?: string): AnswerKind {
  if (part !== undefined) {
    if (CHOICE_PARTS.has(part)) {
      return 'choice';
    }
    return DATE_PARTS.has(part) ? 'date' : 'text';
  }
  switch (fieldType) {
    case 'radio':
    case 'select':
    case 'yesNo':
    case 'relationship':
    case 'consent':
      return 'choice';
    case 'checkboxes':
      return 'choices';
    case 'date':
    case 'dateRange':
      return 'date';
    case 'number':
    case 'yen':
      return 'number';
    case 'attachment':
      return 'file';
    case 'group':
      return 'items';
    case 'text':
    case 'longText':
    case 'email':
    case 'phone':
    case 'postalAddress':
    case 'personName':
    case 'myNumber':
    case 'careInsuredNumber':
    case 'bankAccount':
    case undefined:
      return 'text';
  }
}

/**
 * The label as it stands in a Japanese sentence: bare (「性別を選んでください」), or in 「」 when the
 * label is itself a question or a sentence (「「配偶者はいますか」を選んでください」).
 */
function jaLabel(label: string): string {
  return /[か？?。]$/.test(label) ? `「${label}」` : label;
}

/** The English label in quotes, so a question or a noun phrase reads well in any sentence. */
function enLabel(label: string): string {
  return `“${label}”`;
}

/** Ends an English sentence with a full stop, unless the quoted label already ended it. */
function enSentence(text: string): string {
  return /[.?!]”$/.test(text) ? text : `${text}.`;
}

function ja(text: string): string {
  return text.endsWith('。') ? text : `${text}。`;
}

function plural(count: number | string | undefined, one: string, many: string): string {
  return `${count ?? ''} ${Number(count) === 1 ? one : many}`;
}

function range(params: MessageParams): LocalizedText {
  const { min, max } = params;
  if (min !== undefined && max !== undefined) {
    return {
      ja: `${min}から${max}まで`,
      en: `between ${min} and ${max}`,
      easyJa: `${min}から${max}まで`,
    };
  }
  if (min !== undefined) {
    return { ja: `${min}以上`, en: `${min} or more`, easyJa: `${min}以上` };
  }
  return { ja: `${max ?? ''}以下`, en: `${max ?? ''} or less`, easyJa: `${max ?? ''}以下` };
}

/** Builds one message from the three sentences; each gets its full stop. */
function message(jaText: string, enText: string, easyJaText: string): LocalizedText {
  return { ja: ja(jaText), en: enSentence(enText), easyJa: ja(easyJaText) };
}

type Labels = { j: string; e: string; y: string };

function labelsOf(label: LocalizedText): Labels {
  return { j: jaLabel(label.ja), e: enLabel(label.en), y: jaLabel(label.easyJa) };
}

const REQUIRED: Record<AnswerKind, (l: Labels) => LocalizedText> = {
  text: ({ j, e, y }) => message(`${j}を入力してください`, `Enter ${e}`, `${y}を書いてください`),
  number: ({ j, e, y }) =>
    message(`${j}を数字で入力してください`, `Enter ${e} as a number`, `${y}を数字で書いてください`),
  date: ({ j, e, y }) =>
    message(
      `${j}を入力してください（例：2024-04-01、令和6年4月1日）`,
      `Enter ${e} as a date, like 2024-04-01`,
      `${y}の日にちを書いてください（例：2024-04-01）`,
    ),
  choice: ({ j, e, y }) =>
    message(`${j}を選んでください`, `Select an answer for ${e}`, `${y}を選んでください`),
  choices: ({ j, e, y }) =>
    message(
      `${j}を1つ以上選んでください`,
      `Select at least one answer for ${e}`,
      `${y}を1つ以上選んでください`,
    ),
  file: ({ j, e, y }) =>
    message(
      `${j}のファイルを選んでください`,
      `Choose a file for ${e}`,
      `${y}のファイルを選んでください`,
    ),
  items: ({ j, e, y }) =>
    message(
      `${j}を1件以上追加してください`,
      `Add at least one entry to ${e}`,
      `${y}を1つ以上入れてください`,
    ),
};

/**
 * The one table of field error messages, in Japanese, English and やさしい日本語. Plain, specific,
 * polite, and saying what to do to fix the answer. Every `FieldErrorCode` has an entry (the type
 * makes sure). やさしい日本語 is written in short sentences in ordinary script: its kanji get
 * furigana when shown.
 */
export const formMessages: Record<FieldErrorCode, MessageTemplate> = {
  required: ({ label, fieldType, part }) =>
    REQUIRED[answerKindOf(fieldType, part)](labelsOf(label)),
  unknown_field: () =>
    message(
      'この申請書にない項目です。画面を読み込み直してください',
      'This item is not part of this form. Reload the page',
      'この申請書にない項目です。画面をもう一度開いてください',
    ),
  invalid_type: ({ label, fieldType, part }) => {
    const { j, e, y } = labelsOf(label);
    const kind = answerKindOf(fieldType, part);
    if (kind === 'choice' || kind === 'choices') {
      return message(
        `${j}をもう一度選んでください`,
        `Select an answer for ${e} again`,
        `${y}をもう一度選んでください`,
      );
    }
    if (kind === 'file') {
      return message(
        `${j}のファイルをもう一度選んでください`,
        `Choose the file for ${e} again`,
        `${y}のファイルをもう一度選んでください`,
      );
    }
    return message(
      `${j}の入力内容を確認してください`,
      `Check your answer for ${e}`,
      `${y}をもう一度見てください`,
    );
  },
  too_long: ({ label, max }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}は${max}文字以内で入力してください`,
      `${e} can be up to ${plural(max, 'character', 'characters')}: shorten it`,
      `${y}は${max}文字までで書いてください`,
    );
  },
  too_short: ({ label, min }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}は${min}文字以上で入力してください`,
      `Enter at least ${plural(min, 'character', 'characters')} for ${e}`,
      `${y}は${min}文字以上書いてください`,
    );
  },
  out_of_range: (params) => {
    const { j, e, y } = labelsOf(params.label);
    const limits = range(params);
    if (params.fieldType === 'yen') {
      return message(
        `${j}は${limits.ja}の金額（円）を入力してください`,
        `Enter an amount in yen ${limits.en} for ${e}`,
        `${y}は${limits.easyJa}の金額（円）を書いてください`,
      );
    }
    return message(
      `${j}は${limits.ja}の数を入力してください`,
      `Enter a number ${limits.en} for ${e}`,
      `${y}は${limits.easyJa}の数を書いてください`,
    );
  },
  invalid_number: ({ label, fieldType }) => {
    const { j, e, y } = labelsOf(label);
    if (fieldType === 'yen') {
      return message(
        `${j}は金額を数字だけで入力してください（例：50000）`,
        `Enter ${e} in yen using digits only, like 50000`,
        `${y}はお金を数字だけで書いてください（例：50000）`,
      );
    }
    return message(
      `${j}は数字で入力してください（例：12）`,
      `Enter ${e} as a number, like 12`,
      `${y}は数字で書いてください（例：12）`,
    );
  },
  not_integer: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}は整数（小数点なし）で入力してください`,
      `Enter ${e} as a whole number, without a decimal point`,
      `${y}は「.」を使わないで書いてください`,
    );
  },
  invalid_format: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}の書き方が正しくありません。説明と例を見て、入力し直してください`,
      `${e} is not written in the expected way. Check the hint and enter it again`,
      `${y}の書き方が違います。説明を見て、もう一度書いてください`,
    );
  },
  invalid_characters: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}に使えない文字（制御文字や文字の向きを変える記号）が入っています。入力し直してください`,
      `${e} contains a character that cannot be used (a control character or a text-direction mark). Enter it again`,
      `${y}に使えない文字が入っています。もう一度書いてください`,
    );
  },
  invalid_date: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}はある日付で入力してください。西暦（例：2024-04-01）か和暦（例：令和6年4月1日）で入力できます`,
      `Enter a real date for ${e}, like 2024-04-01 (a Japanese era date such as R6.4.1 also works)`,
      `${y}は、ある日にちを書いてください（例：2024-04-01、令和6年4月1日）`,
    );
  },
  invalid_era_date: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}の元号と年が合っていません。令和は2019年5月1日から、平成は2019年4月30日までです`,
      `The era and year of ${e} do not match: Reiwa began on 1 May 2019 and Heisei ended on 30 April 2019`,
      `${y}の元号（令和・平成など）と年が合いません。西暦（例：2024-04-01）でも書けます`,
    );
  },
  date_too_early: ({ label, min }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}は${min}以降の日付を入力してください`,
      `${e} must be on or after ${min}`,
      `${y}は${min}か、それより後の日にちを書いてください`,
    );
  },
  date_too_late: ({ label, max }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}は${max}以前の日付を入力してください`,
      `${e} must be on or before ${max}`,
      `${y}は${max}か、それより前の日にちを書いてください`,
    );
  },
  invalid_date_range: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}の終わりの日は、始まりの日と同じ日か、後の日にしてください`,
      `The end of ${e} must be the same day as the start or later`,
      `${y}の終わりの日は、始まりの日より後にしてください`,
    );
  },
  invalid_email: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}はメールアドレスの形で入力してください（例：name@example.jp）`,
      `Enter ${e} as an e-mail address, like name@example.jp`,
      `${y}は、メールアドレスを正しく書いてください（例：name@example.jp）`,
    );
  },
  invalid_phone: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}は市外局番から入力してください（例：03-1234-5678、090-1234-5678）`,
      `Enter ${e} as a Japanese phone number with its area code, like 03-1234-5678 or 090-1234-5678`,
      `${y}は、電話番号を全部書いてください（例：090-1234-5678）`,
    );
  },
  invalid_postal_code: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}は7桁の数字で入力してください（例：123-4567）`,
      `Enter ${e} as a 7-digit postal code, like 123-4567`,
      `${y}は、数字7つで書いてください（例：123-4567）`,
    );
  },
  invalid_prefecture: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}は一覧から都道府県を選んでください`,
      `Select a prefecture from the list for ${e}`,
      `${y}は、リストから都道府県を選んでください`,
    );
  },
  invalid_katakana: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}はカタカナで入力してください（例：ヤマダ）`,
      `Enter ${e} in katakana (the Japanese phonetic script)`,
      `${y}はカタカナで書いてください（例：ヤマダ）`,
    );
  },
  invalid_my_number: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}は12桁の数字で入力してください`,
      `Enter ${e} as the 12 digits on the My Number card`,
      `${y}は、数字12個で書いてください`,
    );
  },
  my_number_check_digit: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}に誤りがあります。マイナンバーカードを見て、12桁をもう一度入力してください`,
      `${e} is not a valid number. Check the My Number card and enter the 12 digits again`,
      `${y}が違います。マイナンバーカードを見て、もう一度書いてください`,
    );
  },
  invalid_care_insured_number: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}は10桁の数字で入力してください（介護保険被保険者証に書いてあります）`,
      `Enter ${e} as the 10 digits shown on the long-term care insurance card`,
      `${y}は、数字10個で書いてください。介護保険のカードに書いてあります`,
    );
  },
  invalid_bank_code: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}は4桁の数字で入力してください`,
      `Enter ${e} as the bank’s 4-digit code`,
      `${y}は、数字4つで書いてください`,
    );
  },
  invalid_branch_code: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}は3桁の数字で入力してください`,
      `Enter ${e} as the branch’s 3-digit code`,
      `${y}は、数字3つで書いてください`,
    );
  },
  invalid_account_number: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}は7桁以内の数字で入力してください`,
      `Enter ${e} as up to 7 digits`,
      `${y}は、数字7つまでで書いてください`,
    );
  },
  invalid_option: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}は一覧にあるものから選んでください`,
      `Select one of the listed answers for ${e}`,
      `${y}は、リストの中から選んでください`,
    );
  },
  consent_required: ({ label }) =>
    message(
      `申請するには「${label.ja}」を確かめて、チェックを入れてください`,
      `To apply, read ${enLabel(label.en)} and tick the box to agree`,
      `申請するには「${label.easyJa}」を読んで、チェックを入れてください`,
    ),
  too_few_items: ({ label, min, fieldType }) => {
    const { j, e, y } = labelsOf(label);
    const kind = answerKindOf(fieldType);
    if (kind === 'choices') {
      return message(
        `${j}は${min}つ以上選んでください`,
        `Select at least ${plural(min, 'answer', 'answers')} for ${e}`,
        `${y}は${min}つ以上選んでください`,
      );
    }
    if (kind === 'file') {
      return message(
        `${j}のファイルを${min}件以上選んでください`,
        `Choose at least ${plural(min, 'file', 'files')} for ${e}`,
        `${y}のファイルを${min}つ以上選んでください`,
      );
    }
    return message(
      `${j}を${min}件以上追加してください`,
      `Add at least ${plural(min, 'entry', 'entries')} to ${e}`,
      `${y}を${min}つ以上入れてください`,
    );
  },
  too_many_items: ({ label, max, fieldType }) => {
    const { j, e, y } = labelsOf(label);
    const kind = answerKindOf(fieldType);
    if (kind === 'choices') {
      return message(
        `${j}は${max}つまで選べます。選ぶものを減らしてください`,
        `Select no more than ${plural(max, 'answer', 'answers')} for ${e}`,
        `${y}は${max}つまで選べます。少なくしてください`,
      );
    }
    if (kind === 'file') {
      return message(
        `${j}のファイルは${max}件までです。ファイルを減らしてください`,
        `Choose no more than ${plural(max, 'file', 'files')} for ${e}`,
        `${y}のファイルは${max}つまでです。少なくしてください`,
      );
    }
    return message(
      `${j}は${max}件までにしてください`,
      `${e} can have up to ${plural(max, 'entry', 'entries')}: remove the extra ones`,
      `${y}は${max}つまでにしてください`,
    );
  },
  invalid_attachment: ({ label }) => {
    const { j, e, y } = labelsOf(label);
    return message(
      `${j}のファイルを、もう一度選んでください`,
      `Choose the file for ${e} again`,
      `${y}のファイルを、もう一度選んでください`,
    );
  },
};

/** The message of an error code for a field, in the three languages. */
export function formatFieldMessage(code: FieldErrorCode, params: MessageParams): LocalizedText {
  return formMessages[code](params);
}
