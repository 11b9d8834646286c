import type { ApplicationStatusChangedJobData } from '@madoguchi/notifications-contracts';
import { composeDigest } from '@madoguchi/notifications-domain';
import { APPLICATION_STATUSES } from '@madoguchi/procedures-domain';
import { FURIGANA_READINGS, findCatalogueProblems } from '@madoguchi/shared-util-i18n';
import type { Trilingual } from '@madoguchi/shared-util-i18n';

import {
  composeStatusChangeMessage,
  composeSubjectMessage,
  composeWatcherMessage,
} from './status-change-message.js';

function buildStatusChange(toStatus: string): ApplicationStatusChangedJobData {
  return {
    outboxId: '1',
    eventId: 'event-1',
    applicationId: 'application-1',
    municipalityCode: '131016',
    residentId: 'resident-1',
    receiptNumber: '3467-9ACD',
    procedureTitle: {
      ja: '要介護認定の申請',
      en: 'Care-need certification',
      easyJa: '介護が必要か調べてもらう申請',
    },
    fromStatus: null,
    toStatus,
    messageToResident: '書類を確認しました。',
  };
}

// Names in katakana: a name's kanji have no reading the table could know.
/** The problems of one message in the three languages (missing, spaced-out kana, kanji without furigana). */
function problemsOf(message: { title: Trilingual; body: Trilingual }, path: string): string[] {
  const byLocale = (locale: keyof Trilingual) => ({
    title: message.title[locale],
    body: message.body[locale],
  });
  return findCatalogueProblems(
    { ja: byLocale('ja'), en: byLocale('en'), easyJa: byLocale('easyJa') },
    { readings: FURIGANA_READINGS, path },
  );
}

describe('the status-change notifications', () => {
  it.each(APPLICATION_STATUSES)(
    'tell the resident, a watcher and the person applied for of %s in plain やさしい日本語',
    (status) => {
      const change = buildStatusChange(status);

      expect([
        ...problemsOf(composeStatusChangeMessage(change), 'resident'),
        ...problemsOf(composeStatusChangeMessage(change, 'スズキ ハナ'), 'proxy'),
        ...problemsOf(composeWatcherMessage(change, 'ヤマダ ハナコ'), 'watcher'),
        ...problemsOf(composeSubjectMessage(change, 'スズキ ハナ'), 'subject'),
      ]).toEqual([]);
    },
  );

  it('gives the receipt number and the office message in やさしい日本語 too', () => {
    const { body } = composeStatusChangeMessage(buildStatusChange('submitted'));

    expect(body.easyJa).toBe(
      '「介護が必要か調べてもらう申請」の申し込みを受け付けました。受付番号は3467-9ACDです。\n\n役所からの連絡: 書類を確認しました。',
    );
  });

  it('gather the reminders of a day in one plain やさしい日本語 digest', () => {
    const reminder = { ja: '3歳児健診', en: '3-year check-up', easyJa: '3歳の健診' };

    expect(problemsOf(composeDigest([reminder, reminder]), 'digest')).toEqual([]);
  });
});
