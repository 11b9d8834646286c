import type { Locale } from '@madoguchi/shared-util-i18n';

/** The fixed strings of the correction mode (補正), in the three languages of the citizen app. */
export type CorrectionMessages = {
  /** Before the office's message at a flagged field. */
  officeNote: string;
  /** Under a step's title: only the flagged fields can change. */
  stepLead: string;
};

export const CORRECTION_MESSAGES: Record<Locale, CorrectionMessages> = {
  ja: {
    officeNote: '申請先からの連絡：',
    stepLead:
      '申請先が直すよう求めた項目だけを変更できます。ほかの項目は確認のために表示しています。',
  },
  en: {
    officeNote: 'From the office: ',
    stepLead:
      'Only the fields the office asked you to correct can be changed. The other answers are shown for reference.',
  },
  easyJa: {
    officeNote: '役所から：',
    stepLead:
      '役所が「直してください」と言ったところだけ、変えることができます。ほかのところは、見るだけです。',
  },
};
