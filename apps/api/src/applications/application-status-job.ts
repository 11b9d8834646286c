import { APPLICATION_STATUS_CHANGED_JOB } from '@madoguchi/notifications-contracts';
import type { DecisionRecord } from '@madoguchi/procedures-domain';
import type { LocalizedText } from '@madoguchi/server-database';

import type { ChangeAnnouncement } from './application.repository.js';

/**
 * The outbox message announcing a status change; the relay adds `outboxId` when it enqueues. A
 * decision record goes with it: the worker's life records take their dates from it.
 */
export function statusChangedAnnouncement(
  procedureTitle: LocalizedText,
  auditAction: string,
  fromStatus: string | null,
  messageToResident: string | null,
  decisionRecord: DecisionRecord | null = null,
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
      ...(decisionRecord ? { decisionRecord: withoutAbsentFields(decisionRecord) } : {}),
    }),
  };
}

/** JSON has no `undefined`: the optional fields a record leaves out are left out of the payload. */
function withoutAbsentFields(record: DecisionRecord): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
