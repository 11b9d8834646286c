import { FURIGANA_READINGS, findCatalogueProblems } from '@madoguchi/shared-util-i18n';
import { ATTACHMENT_REFUSAL_CODES, RENDER_MESSAGES } from './render-messages.js';

const ARGS = {
  stepProgress: [1, 3],
  addItem: ['子ども'],
  removeItem: ['子ども', 1],
  itemLegend: ['子ども', 1],
  maskedMyNumber: ['1234'],
  attachmentTooLarge: ['写真.jpg', 10],
  attachmentRefused: ['写真.jpg', 'file_too_large'],
};

describe('RENDER_MESSAGES', () => {
  it('has every text in 日本語, English and やさしい日本語 (with furigana for its kanji)', () => {
    expect(
      findCatalogueProblems(RENDER_MESSAGES, { args: ARGS, readings: FURIGANA_READINGS }),
    ).toEqual([]);
  });

  it.each(ATTACHMENT_REFUSAL_CODES)(
    'says why a file was refused (%s) in the three languages',
    (code) => {
      expect(
        findCatalogueProblems(
          {
            ja: RENDER_MESSAGES.ja.attachmentRefused('写真.jpg', code),
            en: RENDER_MESSAGES.en.attachmentRefused('写真.jpg', code),
            easyJa: RENDER_MESSAGES.easyJa.attachmentRefused('写真.jpg', code),
          },
          { readings: FURIGANA_READINGS, path: code },
        ),
      ).toEqual([]);
    },
  );
});
