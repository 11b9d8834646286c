import { APPLICATION_STATUS_LABELS } from '@madoguchi/procedures-domain';
import { FURIGANA_READINGS, findCatalogueProblems } from '@madoguchi/shared-util-i18n';
import type { SampleArguments } from '@madoguchi/shared-util-i18n';
import { CATALOG_MESSAGES } from '../features/catalog/catalog-messages.js';
import { LIFE_RECORDS_MESSAGES } from '../features/life-records/life-records.messages.js';
import { NOTIFICATION_SETTINGS_MESSAGES } from '../features/notification-settings/notification-settings.messages.js';
import { SIGN_IN_MESSAGES } from '../features/sign-in/sign-in-messages.js';
import { CITIZEN_MESSAGES } from './messages.js';

/** Arguments for the message functions whose parameters are not numbers or short strings. */
const ARGS: SampleArguments = {
  describeRecord: [{ kind: 'child', name: '花子', birthDate: '2024年11月10日' }],
  categoryOff: ['childcare'],
};

/**
 * Every string a resident reads in the citizen app exists in 日本語, English and やさしい日本語;
 * やさしい日本語 is ordinary script with furigana for its kanji, not spaced-out kana.
 */
describe.each([
  ['the citizen app', CITIZEN_MESSAGES],
  ['finding a procedure', CATALOG_MESSAGES],
  ['life records', LIFE_RECORDS_MESSAGES],
  ['notification settings', NOTIFICATION_SETTINGS_MESSAGES],
  ['sign-in', SIGN_IN_MESSAGES],
])('the messages of %s', (_name, catalogue) => {
  it('have every text in the three languages', () => {
    expect(findCatalogueProblems(catalogue, { args: ARGS, readings: FURIGANA_READINGS })).toEqual(
      [],
    );
  });
});

describe('the status labels residents read', () => {
  it('have every text in the three languages', () => {
    const byLocale = Object.fromEntries(
      (['ja', 'en', 'easyJa'] as const).map((locale) => [
        locale,
        Object.fromEntries(
          Object.entries(APPLICATION_STATUS_LABELS).map(([status, label]) => [
            status,
            label[locale],
          ]),
        ),
      ]),
    ) as Record<'ja' | 'en' | 'easyJa', Record<string, string>>;

    expect(findCatalogueProblems(byLocale, { readings: FURIGANA_READINGS })).toEqual([]);
  });
});
