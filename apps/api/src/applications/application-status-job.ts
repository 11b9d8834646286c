import { APPLICATION_STATUS_CHANGED_JOB } from '@madoguchi/notifications-contracts';
import type { LocalizedText } from '@madoguchi/server-database';

import type { ChangeAnnouncement } from './application.repository.js';

/** The outbox message announcing a status change; the relay adds `outboxId` when it enqueues. */
export function statusChangedAnnouncement(
  procedureTitle: LocalizedText,
  auditAction: string,
  fromStatus: string | null,
  messageToResident: string | null,
): ChangeAnnouncement {
  return {
    jobName: APPLICATION_STATUS_CHANGED_JOB.name,
    auditAction,
    jobPayload: (application, eventId) => ({
      eventId,
      applicationId: application.id,
      municipalityCode: application.municipalityCode,
      residentId: application.residentId,
      receiptNumber: application.receiptNumber,
      procedureTitle,
      fromStatus,
      toStatus: application.status,
      messageToResident,
    }),
  };
}
