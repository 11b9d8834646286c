import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReminderScanBatchJobData } from '@madoguchi/notifications-contracts';
import { DAILY_REMINDER_SCAN_JOB, DEFAULT_JOB_OPTIONS, REMINDER_SCAN_BATCH_JOB, jobIdForScanBatch } from '@madoguchi/notifications-contracts';
import { japanDateOf } from '@madoguchi/notifications-domain';
import type { Job } from 'bullmq';
import { Queue, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';

import type { Clock } from '../infrastructure/clock.js';
import { CLOCK } from '../infrastructure/clock.js';
import { RELAY_QUEUE } from '../infrastructure/tokens.js';
import type { JobHandler, JobOutcome } from '../notifications/job-handler.js';

/** Starts the day's scan: the first batch of every municipality that has life records. */
@Injectable()
export class DailyReminderScanHandler implements JobHandler {
  readonly jobName = DAILY_REMINDER_SCAN_JOB.name;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RELAY_QUEUE) private readonly queue: Queue,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async handle(job: Job<unknown>): Promise<JobOutcome> {
    const parsed = DAILY_REMINDER_SCAN_JOB.schema.safeParse(job.data);
    if (!parsed.success) {
      throw new UnrecoverableError(`invalid ${this.jobName} payload`);
    }
    const date = parsed.data.date ?? japanDateOf(this.clock.now());
    const municipalities: { municipality_code: string }[] = await this.dataSource.query(
      // A loose index scan: one index probe per municipality, not a pass over every record.
      `WITH RECURSIVE codes AS (
         (SELECT municipality_code FROM life_records ORDER BY municipality_code LIMIT 1)
         UNION ALL
         SELECT (SELECT l.municipality_code FROM life_records l WHERE l.municipality_code > c.municipality_code ORDER BY l.municipality_code LIMIT 1)
           FROM codes c WHERE c.municipality_code IS NOT NULL)
       SELECT municipality_code FROM codes WHERE municipality_code IS NOT NULL`,
    );
    await this.queue.addBulk(
      municipalities.map(({ municipality_code: municipalityCode }) => {
        const data: ReminderScanBatchJobData = { municipalityCode, date, afterResidentId: null, batchNumber: 0 };
        return { name: REMINDER_SCAN_BATCH_JOB.name, data, opts: { ...DEFAULT_JOB_OPTIONS, jobId: jobIdForScanBatch(data) } };
      }),
    );
    return municipalities.length > 0 ? 'done' : 'skipped';
  }
}
