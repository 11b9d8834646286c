import { Injectable } from '@nestjs/common';
import { APPLICATION_STATUS_CHANGED_JOB } from '@madoguchi/notifications-contracts';
import type { Job } from 'bullmq';
import { UnrecoverableError } from 'bullmq';

import type { JobHandler, JobOutcome } from './job-handler.js';
import { InboxNotificationRepository } from './inbox-notification.repository.js';
import { composeStatusChangeMessage } from './status-change-message.js';

/** Tells the resident, in the in-app inbox, that their application changed status. */
@Injectable()
export class ApplicationStatusChangedHandler implements JobHandler {
  readonly jobName = APPLICATION_STATUS_CHANGED_JOB.name;

  constructor(private readonly inbox: InboxNotificationRepository) {}

  async handle(job: Job<unknown>): Promise<JobOutcome> {
    const parsed = APPLICATION_STATUS_CHANGED_JOB.schema.safeParse(job.data);
    if (!parsed.success) {
      // A malformed payload will not improve with retries.
      throw new UnrecoverableError(`invalid ${this.jobName} payload`);
    }
    const data = parsed.data;
    const { title, body } = composeStatusChangeMessage(data);
    const isNew = await this.inbox.insertOnce({
      municipalityCode: data.municipalityCode,
      recipientId: data.residentId,
      dedupeKey: `application-event:${data.eventId}:inbox`,
      title,
      body,
      applicationId: data.applicationId,
    });
    return isNew ? 'done' : 'skipped';
  }
}
