import type { OnApplicationBootstrap } from '@nestjs/common';
import { Inject, Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QUEUE_NAMES } from '@madoguchi/notifications-contracts';
import type { Job } from 'bullmq';

import type { WorkerEnv } from '../config/env.js';
import { WORKER_ENV } from '../infrastructure/tokens.js';
import type { JobHandler, JobOutcome } from '../infrastructure/job-handler.js';
import { JOB_HANDLERS, STALLED_JOB_OPTIONS, dispatchJob } from '../infrastructure/job-handler.js';

/** Thin: finds the handler of the job name and logs the outcome (never the payload). */
@Processor(QUEUE_NAMES.notifications, STALLED_JOB_OPTIONS)
export class NotificationsProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(
    @Inject(JOB_HANDLERS) private readonly handlers: JobHandler[],
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.env.WORKER_CONCURRENCY;
  }

  process(job: Job<unknown>): Promise<JobOutcome> {
    return dispatchJob(this.handlers, job, this.logger);
  }
}
