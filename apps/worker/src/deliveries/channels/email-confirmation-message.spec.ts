import { FURIGANA_READINGS, findKanjiWithoutReading } from '@madoguchi/shared-util-i18n';

import { composeConfirmationMail } from './email-confirmation-message.js';

const LINK = 'https://madoguchi.example/email-confirmation#token=abc';

describe(composeConfirmationMail.name, () => {
  it('asks a resident to confirm, with the link and a way to decline, in three languages', () => {
    // Act
    const mail = composeConfirmationMail('resident', LINK, null);

    // Assert
    expect(mail.subject).toContain('メールアドレスの確認');
    expect(mail.text).toContain(LINK);
    expect(mail.text).toContain('受け取らない');
    expect(mail.text).toContain('Decline');
    expect(mail.text).toContain('確認（かくにん）');
  });

  it('names only the municipality to the person a proxy form named, and says how to decline', () => {
    // Act
    const mail = composeConfirmationMail('application_subject', LINK, {
      ja: '千代田区',
      en: 'Chiyoda City',
    });

    // Assert
    expect(mail.text).toContain('千代田区');
    expect(mail.text).toContain('Chiyoda City');
    expect(mail.text).toContain('受け取らない');
    expect(mail.text).toContain('確認されるまで、申請については何もお送りしません');
    expect(mail.text).not.toMatch(/様|受付番号|receipt/u);
  });

  it('gives every kanji of its やさしい日本語 a reading', () => {
    for (const kind of ['resident', 'application_subject'] as const) {
      // Act
      const easyJaLine = composeConfirmationMail(kind, LINK, { ja: '千代田区', en: 'Chiyoda City' })
        .text.split('\n')
        .find((line) => line.includes('確認（かくにん）'));

      // Assert
      expect(easyJaLine).toBeDefined();
      // The municipality's name is data (seeds/municipalities), read by the furigana build there.
      const text = easyJaLine!.replace(/（[ぁ-ん]+）/gu, '').replace('千代田区', '');
      expect(findKanjiWithoutReading(text, FURIGANA_READINGS)).toEqual([]);
    }
  });
});
