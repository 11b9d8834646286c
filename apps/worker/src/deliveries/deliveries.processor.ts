import { Processor } from '@nestjs/bullmq';
import { QUEUE_NAMES } from '@madoguchi/notifications-contracts';

import type { WorkerEnv } from '../config/env.js';
import { STALLED_JOB_OPTIONS } from '../infrastructure/job-handler.js';
import { QueueProcessor } from '../infrastructure/queue-processor.js';

/** Pushes and e-mails: network-bound, with its own, higher concurrency. */
@Processor(QUEUE_NAMES.deliveries, STALLED_JOB_OPTIONS)
export class DeliveriesProcessor extends QueueProcessor {
  protected readonly queue = QUEUE_NAMES.deliveries;

  protected concurrency(env: WorkerEnv): number {
    return env.DELIVERY_CONCURRENCY;
  }
}
