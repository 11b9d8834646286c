import type { OnApplicationBootstrap } from '@nestjs/common';
import { Inject, Logger } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';
import type { QueueName } from '@madoguchi/notifications-contracts';
import type { Job } from 'bullmq';

import type { WorkerEnv } from '../config/env.js';
import type { JobHandler, JobOutcome } from './job-handler.js';
import { JOB_HANDLERS, dispatchJob } from './job-handler.js';
import { WORKER_ENV } from './tokens.js';

/**
 * What both processors are: thin, dispatching only to the handlers whose job definition names
 * their queue, so a job that reached the wrong queue fails as unknown there instead of running
 * beside the wrong load. A subclass adds `@Processor(queue, STALLED_JOB_OPTIONS)` and its
 * concurrency (database-bound notifications, network-bound deliveries).
 */
export abstract class QueueProcessor extends WorkerHost implements OnApplicationBootstrap {
  /** The queue of the subclass's `@Processor(…)`. */
  protected abstract readonly queue: QueueName;
  private readonly logger = new Logger(this.constructor.name);

  constructor(
    @Inject(JOB_HANDLERS) private readonly handlers: readonly JobHandler[],
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
  ) {
    super();
  }

  protected abstract concurrency(env: WorkerEnv): number;

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.concurrency(this.env);
  }

  process(job: Job): Promise<JobOutcome> {
    const ownHandlers = this.handlers.filter((handler) => handler.definition.queue === this.queue);
    return dispatchJob(ownHandlers, job, this.logger);
  }
}
