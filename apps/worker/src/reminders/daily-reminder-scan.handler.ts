import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
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
import { japanDateOf } from '@madoguchi/notifications-domain';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import type { Clock } from '../infrastructure/clock.js';
import { CLOCK } from '../infrastructure/clock.js';
import type { WorkerEnv } from '../config/env.js';
import { RELAY_QUEUE, WORKER_ENV } from '../infrastructure/tokens.js';
import type { JobHandler, JobOutcome } from '../infrastructure/job-handler.js';

/** Starts the day's scan: the first batch of every municipality that has life records. */
@Injectable()
export class DailyReminderScanHandler implements JobHandler<typeof DAILY_REMINDER_SCAN_JOB> {
  readonly definition = DAILY_REMINDER_SCAN_JOB;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RELAY_QUEUE) private readonly queue: Queue,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
  ) {}

  async handle(payload: DailyReminderScanJobData): Promise<JobOutcome> {
    const date = payload.date ?? japanDateOf(this.clock.now());
    const municipalities: { municipality_code: string }[] = await this.dataSource.query(
      // A loose index scan: one index probe per municipality, not a pass over every record.
      `WITH RECURSIVE codes AS (
         (SELECT municipality_code FROM life_records ORDER BY municipality_code LIMIT 1)
         UNION ALL
         SELECT (SELECT l.municipality_code FROM life_records l WHERE l.municipality_code > c.municipality_code ORDER BY l.municipality_code LIMIT 1)
           FROM codes c WHERE c.municipality_code IS NOT NULL)
       SELECT municipality_code FROM codes WHERE municipality_code IS NOT NULL`,
    );
    const jobs = [];
    for (const { municipality_code: municipalityCode } of municipalities) {
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
    const [row]: { bounds: (string | null)[] | null }[] = await this.dataSource.query(
      `SELECT percentile_disc($2::float8[]) WITHIN GROUP (ORDER BY resident_id) AS bounds FROM life_records WHERE municipality_code = $1`,
      [municipalityCode, fractions],
    );
    return [...new Set((row?.bounds ?? []).filter((bound): bound is string => bound !== null))];
  }
}
