import { FURIGANA_READINGS, findCatalogueProblems } from '@madoguchi/shared-util-i18n';
import { CORRECTION_MESSAGES } from './correction/correction-messages.js';
import { POSTAL_TEXTS } from './fields/compound-fields.js';
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

describe.each([
  ['the correction mode', CORRECTION_MESSAGES],
  ['the 郵便番号 lookup', POSTAL_TEXTS],
])('the messages of %s', (_name, catalogue) => {
  it('have every text in 日本語, English and やさしい日本語 (with furigana for its kanji)', () => {
    expect(
      findCatalogueProblems(catalogue, {
        args: { filled: ['東京都千代田区千代田'] },
        readings: FURIGANA_READINGS,
      }),
    ).toEqual([]);
  });
});

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
