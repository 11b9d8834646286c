import { Processor } from '@nestjs/bullmq';
import { QUEUE_NAMES } from '@madoguchi/notifications-contracts';

import { STALLED_JOB_OPTIONS } from '../infrastructure/job-handler.js';
import { QueueProcessor } from '../infrastructure/queue-processor.js';

/**
 * The audit chain's queue: one job at a time per worker. The chain itself is kept single by the
 * advisory lock in `seal_audit_chain`, so replicas' jobs only wait for each other.
 */
@Processor(QUEUE_NAMES.auditChain, STALLED_JOB_OPTIONS)
export class AuditChainProcessor extends QueueProcessor {
  protected readonly queue = QUEUE_NAMES.auditChain;

  protected concurrency(): number {
    return 1;
  }
}
