import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  NotificationCategory,
  ReminderScanBatchJobData,
} from '@madoguchi/notifications-contracts';
import {
  DEFAULT_JOB_OPTIONS,
  REMINDER_SCAN_BATCH_JOB,
  jobIdForScanBatch,
} from '@madoguchi/notifications-contracts';
import type { DueReminder, ReminderRule } from '@madoguchi/notifications-domain';
import { chooseChannels, composeDigest, findDueReminders } from '@madoguchi/notifications-domain';
import type { Job } from 'bullmq';
import { Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';

import type { WorkerEnv } from '../config/env.js';
import type { PlannedDigest, PlannedNotification } from '../deliveries/notification-writer.js';
import { NotificationWriter } from '../deliveries/notification-writer.js';
import type { Clock } from '../infrastructure/clock.js';
import { CLOCK } from '../infrastructure/clock.js';
import { groupBy } from '../infrastructure/group-by.js';
import type { JobHandler, JobOutcome } from '../infrastructure/job-handler.js';
import type { RuleBook } from '../infrastructure/rule-book.js';
import { RULE_BOOK } from '../infrastructure/rule-book.js';
import { RELAY_QUEUE, WORKER_ENV } from '../infrastructure/tokens.js';
import { LifeRecordRepository } from '../life-records/life-record.repository.js';
import type { Recipient } from '../recipients/recipient-directory.js';
import { RecipientDirectory } from '../recipients/recipient-directory.js';
import { ReminderOccurrenceRepository } from './reminder-occurrence.repository.js';

/** One due reminder for one recipient (the resident, or a 見守り watcher). */
type Addressed = {
  due: DueReminder;
  rule: ReminderRule;
  recipientId: string;
  watchedName: string | null;
};

/**
 * Evaluates the municipality's rules over one batch of life records (in resident order, a
 * resident never split between batches) and writes what is due in one transaction:
 * `reminder_occurrences` — primary key (recipient, rule, occurrence) — decides what is new, so a
 * batch run twice (crash, stalled job, a second scan on the same day) sends nothing twice. Then
 * the next batch is enqueued under its deterministic job id.
 */
@Injectable()
export class ReminderScanBatchHandler implements JobHandler<typeof REMINDER_SCAN_BATCH_JOB> {
  readonly definition = REMINDER_SCAN_BATCH_JOB;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifeRecords: LifeRecordRepository,
    private readonly occurrences: ReminderOccurrenceRepository,
    @Inject(RELAY_QUEUE) private readonly queue: Queue,
    private readonly writer: NotificationWriter,
    private readonly recipients: RecipientDirectory,
    @Inject(RULE_BOOK) private readonly ruleBook: RuleBook,
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async handle(payload: ReminderScanBatchJobData, job: Job): Promise<JobOutcome> {
    const result = await this.scanBatch(payload);
    if (result.nextResidentId !== null) {
      const next: ReminderScanBatchJobData = {
        ...payload,
        afterResidentId: result.nextResidentId,
        batchNumber: payload.batchNumber + 1,
      };
      await this.queue.add(REMINDER_SCAN_BATCH_JOB.name, next, {
        ...DEFAULT_JOB_OPTIONS,
        jobId: jobIdForScanBatch(next),
      });
    }
    await job.updateProgress({ scanned: result.scanned, reminders: result.created });
    return result.created > 0 ? 'done' : 'skipped';
  }

  /** Scans one batch; returns the cursor of the next one (null at the end). */
  async scanBatch(
    data: ReminderScanBatchJobData,
  ): Promise<{ scanned: number; created: number; nextResidentId: string | null }> {
    const size = this.env.REMINDER_SCAN_BATCH_SIZE;
    // One record more than a batch tells whether the last resident's records go on.
    const rows = await this.lifeRecords.findPage({ ...data, limit: size + 1 });
    const isLast = rows.length <= size;
    let batch = isLast ? rows : rows.filter((row) => row.residentId !== rows[size]!.residentId);
    if (batch.length === 0 && rows.length > 0) {
      // One resident with more records than a batch: this batch is all of that resident's.
      batch = await this.lifeRecords.findOfResident(data.municipalityCode, rows[0]!.residentId);
    }
    const nextResidentId = isLast ? null : batch[batch.length - 1]!.residentId;
    // The municipality's current parameters, read for each batch: an administrator's edit
    // applies from the next batch on, without a restart (a day's scan may straddle it).
    const rules = await this.ruleBook.rulesFor(data.municipalityCode);
    const due = batch.flatMap((record) =>
      findDueReminders(record, rules, data.date, this.env.REMINDER_CATCH_UP_DAYS).map(
        (reminder) => ({ reminder, residentId: record.residentId }),
      ),
    );
    if (due.length === 0) {
      return { scanned: batch.length, created: 0, nextResidentId };
    }
    const created = await this.dataSource.transaction((manager) =>
      this.write(manager, data, due, rules),
    );
    return { scanned: batch.length, created, nextResidentId };
  }

  private async write(
    manager: EntityManager,
    data: ReminderScanBatchJobData,
    due: { reminder: DueReminder; residentId: string }[],
    rules: readonly ReminderRule[],
  ): Promise<number> {
    const ruleById = new Map(rules.map((rule) => [rule.id, rule]));
    const careResidents = due
      .filter(({ reminder }) => ruleById.get(reminder.ruleId)?.audience === 'resident-and-watchers')
      .map(({ residentId }) => residentId);
    const watches = await this.recipients.watchersOf(manager, careResidents);
    const addressed: Addressed[] = [];
    for (const { reminder, residentId } of due) {
      const rule = ruleById.get(reminder.ruleId)!;
      addressed.push({ due: reminder, rule, recipientId: residentId, watchedName: null });
      if (rule.audience === 'resident-and-watchers') {
        for (const watch of watches.filter((candidate) => candidate.residentId === residentId)) {
          addressed.push({
            due: reminder,
            rule,
            recipientId: watch.watcherId,
            watchedName: watch.residentName,
          });
        }
      }
    }
    // Opted out of the category: nothing is sent, and nothing recorded (opting in again within
    // the catch-up window still brings the reminder).
    const directory = await this.recipients.load(
      manager,
      addressed.map((item) => item.recipientId),
    );
    const wanted = addressed.filter(
      (item) =>
        chooseChannels(
          directory.get(item.recipientId)!.preferences,
          item.rule.category,
          item.rule.channels,
        ).length > 0,
    );
    if (wanted.length === 0) {
      return 0;
    }
    // The unique key decides: only occurrences inserted now are sent.
    const inserted = await this.occurrences.insertNew(
      manager,
      data.municipalityCode,
      wanted.map((item) => ({
        recipientId: item.recipientId,
        ruleId: item.rule.id,
        occurrenceKey: item.due.occurrenceKey,
        dueOn: item.due.dueOn,
      })),
    );
    const isNew = new Set(
      inserted.map((row) => `${row.recipientId}\u0000${row.ruleId}\u0000${row.occurrenceKey}`),
    );
    const fresh = wanted.filter((item) =>
      isNew.has(`${item.recipientId}\u0000${item.rule.id}\u0000${item.due.occurrenceKey}`),
    );
    if (fresh.length === 0) {
      return 0;
    }
    const byRecipient = groupBy(fresh, (item) => item.recipientId);
    const planned: PlannedNotification[] = [];
    const digests: PlannedDigest[] = [];
    const inboxUrl = `${this.env.CITIZEN_APP_URL}/notifications`;
    for (const [recipientId, items] of byRecipient) {
      const recipient = directory.get(recipientId)!;
      const isDigested = items.length >= recipient.preferences.digestThreshold;
      for (const item of items) {
        planned.push({
          municipalityCode: data.municipalityCode,
          recipient,
          category: item.rule.category,
          dedupeKey: `reminder:${recipientId}:${item.rule.id}:${item.due.occurrenceKey}`,
          title: withWatchedName(item.due.title, item.watchedName),
          body: item.due.body,
          url: inboxUrl,
          applicationId: null,
          allowedChannels: item.rule.channels,
          isDigested,
        });
      }
      if (isDigested) {
        digests.push(...this.digestsFor(data, recipient, items, inboxUrl));
      }
    }
    await this.writer.write(manager, planned, this.clock.now());
    await this.writer.writeOutboundOnly(manager, digests, this.clock.now());
    return fresh.length;
  }

  /** One digest per category (preferences are per category), each through the channels its rules allow. */
  private digestsFor(
    data: ReminderScanBatchJobData,
    recipient: Recipient,
    items: Addressed[],
    url: string,
  ): PlannedDigest[] {
    return [...groupBy(items, (item) => item.rule.category)].map(
      ([category, group]: [NotificationCategory, Addressed[]]) => ({
        municipalityCode: data.municipalityCode,
        recipient,
        category,
        dedupeKey: `digest:${recipient.residentId}:${data.date}:${category}:${group
          .map((item) => `${item.rule.id}/${item.due.occurrenceKey}`)
          .sort()
          .join(',')}`,
        ...composeDigest(group.map((item) => withWatchedName(item.due.title, item.watchedName))),
        url,
        allowedChannels: [...new Set(group.flatMap((item) => item.rule.channels))],
      }),
    );
  }
}

function withWatchedName(
  title: DueReminder['title'],
  watchedName: string | null,
): DueReminder['title'] {
  return watchedName === null
    ? title
    : {
        ja: `見守り（${watchedName}さん）: ${title.ja}`,
        en: `Watching ${watchedName}: ${title.en}`,
        easyJa: `見守り（${watchedName}さん）: ${title.easyJa}`,
      };
}
