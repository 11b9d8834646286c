import type { OnApplicationBootstrap } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  DAILY_REMINDER_SCAN_JOB,
  DAILY_SCAN_SCHEDULE,
  DEFAULT_JOB_OPTIONS,
} from '@madoguchi/notifications-contracts';
import { Queue } from 'bullmq';

import type { WorkerEnv } from '../config/env.js';
import { RELAY_QUEUE, WORKER_ENV } from '../infrastructure/tokens.js';

/**
 * Registers the daily scan as a BullMQ job scheduler. Upserting is idempotent, so every worker
 * replica does it at start-up and there is still one scheduler (one job per day).
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReminderScheduler.name);

  constructor(
    @Inject(RELAY_QUEUE) private readonly queue: Queue,
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.REMINDER_SCHEDULER_ENABLED) {
      return;
    }
    try {
      if (this.env.REMINDER_SCAN_ON_START) {
        await this.queue.add(
          DAILY_REMINDER_SCAN_JOB.name,
          {},
          { ...DEFAULT_JOB_OPTIONS, jobId: `scan-on-start-${Date.now()}` },
        );
      }
      await this.queue.upsertJobScheduler(
        DAILY_SCAN_SCHEDULE.schedulerId,
        { pattern: DAILY_SCAN_SCHEDULE.pattern, tz: DAILY_SCAN_SCHEDULE.tz },
        { name: DAILY_REMINDER_SCAN_JOB.name, data: {}, opts: DEFAULT_JOB_OPTIONS },
      );
    } catch (error) {
      // Redis away at start-up: the next start (or another replica) registers it; the catch-up
      // window of the scan covers the days missed meanwhile.
      this.logger.warn(
        `daily scan not scheduled: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
    }
  }
}
