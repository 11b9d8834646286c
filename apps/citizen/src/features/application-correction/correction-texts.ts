import type { Locale } from '@madoguchi/shared-util-i18n';

/** The correction page's own strings, in the three languages of the citizen app. */
export type CorrectionTexts = {
  fieldsHeading: string;
  /** The API's `field_not_open_for_correction`, on the answer it refused. */
  fieldNotOpen: string;
};

export const CORRECTION_TEXTS: Record<Locale, CorrectionTexts> = {
  ja: {
    fieldsHeading: '直してほしい項目',
    fieldNotOpen: 'この項目は補正の対象ではないため、変更できません。元の内容に戻してください。',
  },
  en: {
    fieldsHeading: 'Fields to correct',
    fieldNotOpen:
      'This answer was not part of the correction request and cannot change. Put back what it was.',
  },
  easyJa: {
    fieldsHeading: '直してほしいところ',
    fieldNotOpen:
      'ここは、直すところではないので、変えることはできません。前のとおりにしてください。',
  },
};

/**
 * The codes of the resubmission's refusal that the page words itself (with やさしい日本語, which
 * the API does not send); any other code keeps the API's ja / en message.
 */
export const CORRECTION_ISSUE_CODES = {
  field_not_open_for_correction: 'fieldNotOpen',
} as const satisfies Record<string, keyof CorrectionTexts>;
