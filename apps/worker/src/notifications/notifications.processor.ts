import { Processor } from '@nestjs/bullmq';
import { QUEUE_NAMES } from '@madoguchi/notifications-contracts';

import type { WorkerEnv } from '../config/env.js';
import { STALLED_JOB_OPTIONS } from '../infrastructure/job-handler.js';
import { QueueProcessor } from '../infrastructure/queue-processor.js';

/** Status changes and reminder scans: database-heavy, modest concurrency. */
@Processor(QUEUE_NAMES.notifications, STALLED_JOB_OPTIONS)
export class NotificationsProcessor extends QueueProcessor {
  protected readonly queue = QUEUE_NAMES.notifications;

  protected concurrency(env: WorkerEnv): number {
    return env.WORKER_CONCURRENCY;
  }
}
