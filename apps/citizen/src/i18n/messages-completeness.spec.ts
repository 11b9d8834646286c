import { APPLICATION_STATUS_LABELS } from '@madoguchi/procedures-domain';
import { FURIGANA_READINGS, findCatalogueProblems } from '@madoguchi/shared-util-i18n';
import type { SampleArguments, Trilingual } from '@madoguchi/shared-util-i18n';
import { CORRECTION_TEXTS } from '../features/application-correction/correction-texts.js';
import { NEWER_FORM_VERSION_TEXTS } from '../features/application-form/newer-form-version-texts.js';
import {
  DUE_DATE_TEXTS,
  STATUS_NEXT_STEPS,
} from '../features/my-applications/status-next-steps.js';
import { CARD_SIGNATURE_MESSAGES } from '../features/card-signature/card-signature.messages.js';
import { CATALOG_MESSAGES } from '../features/catalog/catalog-messages.js';
import { COUNTER_CONFIRMATION_MESSAGES } from '../features/counter-confirmation/counter-confirmation.messages.js';
import { LIFE_RECORDS_MESSAGES } from '../features/life-records/life-records.messages.js';
import { EMAIL_CONFIRMATION_MESSAGES } from '../features/notification-settings/email-confirmation.messages.js';
import { NOTIFICATION_SETTINGS_MESSAGES } from '../features/notification-settings/notification-settings.messages.js';
import { SIGN_IN_MESSAGES } from '../features/sign-in/sign-in-messages.js';
import { VERIFY_MESSAGES } from '../features/verify/verify.messages.js';
import { CITIZEN_MESSAGES } from './messages.js';

/** Arguments for the message functions whose parameters are not numbers or short strings. */
const ARGS: SampleArguments = {
  describeRecord: [{ kind: 'child', name: '花子', birthDate: '2024年11月10日' }],
  categoryOff: ['childcare'],
};

/** `{ key: { ja, en, easyJa } }` as a catalogue by language, `{ ja: { key }, en: …, easyJa: … }`. */
function byLocale(
  texts: Readonly<Record<string, Trilingual>>,
): Record<'ja' | 'en' | 'easyJa', Record<string, string>> {
  return Object.fromEntries(
    (['ja', 'en', 'easyJa'] as const).map((locale) => [
      locale,
      Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, text[locale]])),
    ]),
  ) as Record<'ja' | 'en' | 'easyJa', Record<string, string>>;
}

const { dueDate, ...dueDateTexts } = DUE_DATE_TEXTS;

/**
 * Every string a resident reads in the citizen app exists in 日本語, English and やさしい日本語;
 * やさしい日本語 is ordinary script with furigana for its kanji, not spaced-out kana.
 */
describe.each([
  ['the citizen app', CITIZEN_MESSAGES],
  ['finding a procedure', CATALOG_MESSAGES],
  ['life records', LIFE_RECORDS_MESSAGES],
  ['notification settings', NOTIFICATION_SETTINGS_MESSAGES],
  ['the e-mail confirmation', EMAIL_CONFIRMATION_MESSAGES],
  ['sign-in', SIGN_IN_MESSAGES],
  ['the counter confirmation', COUNTER_CONFIRMATION_MESSAGES],
  ['the card signature', CARD_SIGNATURE_MESSAGES],
  ['the verify page', VERIFY_MESSAGES],
  ['a newer form version', NEWER_FORM_VERSION_TEXTS],
  ['the correction page', CORRECTION_TEXTS],
  ['what happens next', byLocale(STATUS_NEXT_STEPS)],
  ['the expected completion date', byLocale({ ...dueDateTexts, dueDate: dueDate('2026年4月1日') })],
])('the messages of %s', (_name, catalogue) => {
  it('have every text in the three languages', () => {
    expect(findCatalogueProblems(catalogue, { args: ARGS, readings: FURIGANA_READINGS })).toEqual(
      [],
    );
  });
});

describe('the status labels residents read', () => {
  it('have every text in the three languages', () => {
    expect(
      findCatalogueProblems(byLocale(APPLICATION_STATUS_LABELS), { readings: FURIGANA_READINGS }),
    ).toEqual([]);
  });
});
