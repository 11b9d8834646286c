import { APPLICATION_STATUS_CHANGED_JOB } from '@madoguchi/notifications-contracts';
import type { AuditAction } from '@madoguchi/procedures-contracts';
import type { LocalizedText } from '@madoguchi/server-database';

import type { ChangeAnnouncement } from './application.repository.js';

/**
 * The outbox message announcing a status change; the relay adds `outboxId` when it enqueues.
 * The office's message to the resident and a decision record stay on the event row, never in
 * the message: free text may name people and a 要介護度 is health information (要配慮個人情報),
 * while the queue (Redis, its dashboard) holds ids and labels only; the worker reads the event.
 */
export function statusChangedAnnouncement(
  procedureTitle: LocalizedText,
  auditAction: AuditAction,
  fromStatus: string | null,
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
    }),
  };
}
