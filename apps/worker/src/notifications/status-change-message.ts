import type { ApplicationStatusChangedJobData } from '@madoguchi/notifications-contracts';
import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import { APPLICATION_STATUSES, APPLICATION_STATUS_LABELS } from '@madoguchi/procedures-domain';
import type { Trilingual } from '@madoguchi/shared-util-i18n';

function statusLabel(status: string): Trilingual {
  return (APPLICATION_STATUSES as readonly string[]).includes(status)
    ? APPLICATION_STATUS_LABELS[status as ApplicationStatus]
    : { ja: status, en: status, easyJa: status };
}

/** The in-app notification a resident reads when one of their applications changes status. */
export function composeStatusChangeMessage(
  data: ApplicationStatusChangedJobData,
  personApplied: string | null = null,
): { title: Trilingual; body: Trilingual } {
  const { receiptNumber } = data;
  // A proxy reads whose application it is: 「要介護認定（鈴木 花 様）」.
  const procedure = personApplied
    ? {
        ja: `${data.procedureTitle.ja}（${personApplied} 様）`,
        en: `${data.procedureTitle.en} (for ${personApplied})`,
        easyJa: `${data.procedureTitle.easyJa}（${personApplied}さん）`,
      }
    : data.procedureTitle;
  const message = data.messageToResident;
  const fromOffice = message
    ? {
        ja: `\n\n申請先からの連絡: ${message}`,
        en: `\n\nMessage from the office: ${message}`,
        easyJa: `\n\n役所からの連絡: ${message}`,
      }
    : { ja: '', en: '', easyJa: '' };

  if (data.toStatus === 'submitted') {
    return {
      title: { ja: '受け付けました', en: 'Application received', easyJa: '受け付けました' },
      body: {
        ja: `「${procedure.ja}」の申請を受け付けました。受付番号は ${receiptNumber} です。${fromOffice.ja}`,
        en: `Your application "${procedure.en}" has been received. Your receipt number is ${receiptNumber}.${fromOffice.en}`,
        easyJa: `「${procedure.easyJa}」の申し込みを受け付けました。受付番号は${receiptNumber}です。${fromOffice.easyJa}`,
      },
    };
  }
  const label = statusLabel(data.toStatus);
  return {
    title: {
      ja: `申請の状況が「${label.ja}」になりました`,
      en: `Your application is now: ${label.en}`,
      easyJa: `申し込みが「${label.easyJa}」になりました`,
    },
    body: {
      ja: `「${procedure.ja}」（受付番号 ${receiptNumber}）の状況が「${label.ja}」になりました。${fromOffice.ja}`,
      en: `The status of "${procedure.en}" (receipt number ${receiptNumber}) is now "${label.en}".${fromOffice.en}`,
      easyJa: `「${procedure.easyJa}」（受付番号${receiptNumber}）は「${label.easyJa}」になりました。${fromOffice.easyJa}`,
    },
  };
}

/** What a 見守り watcher reads: whose application, and its new status (no office message). */
export function composeWatcherMessage(
  data: ApplicationStatusChangedJobData,
  residentName: string,
): { title: Trilingual; body: Trilingual } {
  const label =
    data.toStatus === 'submitted'
      ? { ja: '受付', en: 'Received', easyJa: '受け付け' }
      : statusLabel(data.toStatus);
  return {
    title: {
      ja: `見守り: ${residentName}さんの申請が「${label.ja}」になりました`,
      en: `Watching: ${residentName}'s application is now ${label.en}`,
      easyJa: `見守り: ${residentName}さんの申し込みが「${label.easyJa}」になりました`,
    },
    body: {
      ja: `${residentName}さんの「${data.procedureTitle.ja}」（受付番号 ${data.receiptNumber}）の状況が「${label.ja}」になりました。`,
      en: `${residentName}'s application "${data.procedureTitle.en}" (receipt number ${data.receiptNumber}) is now "${label.en}".`,
      easyJa: `${residentName}さんの「${data.procedureTitle.easyJa}」は「${label.easyJa}」になりました。`,
    },
  };
}

/** What the person a proxy applied for reads (by e-mail; they have no account here). */
export function composeSubjectMessage(
  data: ApplicationStatusChangedJobData,
  subjectName: string,
): { title: Trilingual; body: Trilingual } {
  const label =
    data.toStatus === 'submitted'
      ? { ja: '受付', en: 'Received', easyJa: '受け付け' }
      : statusLabel(data.toStatus);
  return {
    title: {
      ja: `${subjectName}様の「${data.procedureTitle.ja}」が「${label.ja}」になりました`,
      en: `"${data.procedureTitle.en}" for ${subjectName} is now ${label.en}`,
      easyJa: `${subjectName}さんの「${data.procedureTitle.easyJa}」が「${label.easyJa}」になりました`,
    },
    body: {
      ja: `代理人が${subjectName}様について申請した「${data.procedureTitle.ja}」（受付番号 ${data.receiptNumber}）の状況が「${label.ja}」になりました。`,
      en: `The application "${data.procedureTitle.en}" that a proxy made for ${subjectName} (receipt number ${data.receiptNumber}) is now "${label.en}".`,
      easyJa: `代理の人が${subjectName}さんのために出した「${data.procedureTitle.easyJa}」は「${label.easyJa}」になりました。`,
    },
  };
}
