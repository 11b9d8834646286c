import { Inject, Injectable } from '@nestjs/common';
import type {
  DailyReminderScanJobData,
  ReminderScanBatchJobData,
} from '@madoguchi/notifications-contracts';
import {
  DAILY_REMINDER_SCAN_JOB,
  DEFAULT_JOB_OPTIONS,
  REMINDER_SCAN_BATCH_JOB,
  jobIdForScanBatch,
} from '@madoguchi/notifications-contracts';
import { japanDateOf } from '@madoguchi/shared-util-dates';
import { Queue } from 'bullmq';

import type { WorkerEnv } from '../config/env.js';
import type { Clock } from '../infrastructure/clock.js';
import { CLOCK } from '../infrastructure/clock.js';
import type { JobHandler, JobOutcome } from '../infrastructure/job-handler.js';
import { RELAY_QUEUE, WORKER_ENV } from '../infrastructure/tokens.js';
import { LifeRecordRepository } from '../life-records/life-record.repository.js';

/** Starts the day's scan: the first batch of every municipality that has life records. */
@Injectable()
export class DailyReminderScanHandler implements JobHandler<typeof DAILY_REMINDER_SCAN_JOB> {
  readonly definition = DAILY_REMINDER_SCAN_JOB;

  constructor(
    private readonly lifeRecords: LifeRecordRepository,
    @Inject(RELAY_QUEUE) private readonly queue: Queue,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
  ) {}

  async handle(payload: DailyReminderScanJobData): Promise<JobOutcome> {
    const date = payload.date ?? japanDateOf(this.clock.now());
    const municipalities = await this.lifeRecords.findMunicipalityCodes();
    const jobs = [];
    for (const municipalityCode of municipalities) {
      const bounds = await this.partitionBounds(municipalityCode);
      for (let partition = 0; partition <= bounds.length; partition += 1) {
        const data: ReminderScanBatchJobData = {
          municipalityCode,
          date,
          partition,
          afterResidentId: bounds[partition - 1] ?? null,
          untilResidentId: bounds[partition] ?? null,
          batchNumber: 0,
        };
        jobs.push({
          name: REMINDER_SCAN_BATCH_JOB.name,
          data,
          opts: { ...DEFAULT_JOB_OPTIONS, jobId: jobIdForScanBatch(data) },
        });
      }
    }
    await this.queue.addBulk(jobs);
    return municipalities.length > 0 ? 'done' : 'skipped';
  }

  /** Resident ids that cut the municipality's records into equal ranges (a resident is never split). */
  private async partitionBounds(municipalityCode: string): Promise<string[]> {
    const partitions = this.env.REMINDER_SCAN_PARTITIONS;
    if (partitions === 1) {
      return [];
    }
    const fractions = Array.from(
      { length: partitions - 1 },
      (_, index) => (index + 1) / partitions,
    );
    const bounds = await this.lifeRecords.findResidentIdsAt(municipalityCode, fractions);
    return [...new Set(bounds.filter((bound): bound is string => bound !== null))];
  }
}
