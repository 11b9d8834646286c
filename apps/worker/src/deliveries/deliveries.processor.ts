import type { OnApplicationBootstrap } from '@nestjs/common';
import { Inject, Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QUEUE_NAMES } from '@madoguchi/notifications-contracts';
import type { Job } from 'bullmq';

import type { WorkerEnv } from '../config/env.js';
import { WORKER_ENV } from '../infrastructure/tokens.js';
import type { JobHandler, JobOutcome } from '../infrastructure/job-handler.js';
import { JOB_HANDLERS, STALLED_JOB_OPTIONS, dispatchJob } from '../infrastructure/job-handler.js';

/** Thin: the deliveries queue (pushes, e-mails), with its own, higher concurrency. */
@Processor(QUEUE_NAMES.deliveries, STALLED_JOB_OPTIONS)
export class DeliveriesProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(DeliveriesProcessor.name);

  constructor(
    @Inject(JOB_HANDLERS) private readonly handlers: JobHandler[],
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.env.DELIVERY_CONCURRENCY;
  }

  process(job: Job<unknown>): Promise<JobOutcome> {
    return dispatchJob(this.handlers, job, this.logger);
  }
}
