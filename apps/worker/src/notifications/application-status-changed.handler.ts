import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApplicationStatusChangedJobData } from '@madoguchi/notifications-contracts';
import {
  APPLICATION_STATUS_CHANGED_JOB,
  DEFAULT_NOTIFICATION_PREFERENCES,
  DELIVERY_CHANNELS,
} from '@madoguchi/notifications-contracts';
import { japanDateOf } from '@madoguchi/shared-util-dates';
import { decisionRecordSchema } from '@madoguchi/procedures-domain';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';

import type { WorkerEnv } from '../config/env.js';
import type { PlannedDigest, PlannedNotification } from '../deliveries/notification-writer.js';
import { NotificationWriter } from '../deliveries/notification-writer.js';
import type { Clock } from '../infrastructure/clock.js';
import { CLOCK } from '../infrastructure/clock.js';
import type { JobHandler, JobOutcome } from '../infrastructure/job-handler.js';
import type { ApplicationRecipients, RuleBook } from '../infrastructure/rule-book.js';
import { RULE_BOOK } from '../infrastructure/rule-book.js';
import { WORKER_ENV } from '../infrastructure/tokens.js';
import { extractLifeRecords } from '../life-records/life-record-extractor.js';
import { LifeRecordRepository } from '../life-records/life-record.repository.js';
import { OutboxRepository } from '../outbox/outbox.repository.js';
import { EmailAddressBook } from '../recipients/email-address-book.js';
import { RecipientDirectory } from '../recipients/recipient-directory.js';
import type { StatusChangeFacts } from './application.repository.js';
import { ApplicationRepository } from './application.repository.js';
import {
  composeStatusChangeMessage,
  composeSubjectMessage,
  composeWatcherMessage,
} from './status-change-message.js';

/**
 * Tells the people concerned that an application changed status, in one transaction: the
 * applicant (or the proxy who submitted it; the person applied for is named in the message and
 * e-mailed when the form gives their address), and, for 介護 procedures, the applicant's 見守り
 * watchers. Each gets the inbox row and their chosen
 * channels. A completed application also creates the life records reminders count from.
 */
@Injectable()
export class ApplicationStatusChangedHandler implements JobHandler<
  typeof APPLICATION_STATUS_CHANGED_JOB
> {
  readonly definition = APPLICATION_STATUS_CHANGED_JOB;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationRepository,
    private readonly lifeRecords: LifeRecordRepository,
    private readonly outbox: OutboxRepository,
    private readonly writer: NotificationWriter,
    private readonly recipients: RecipientDirectory,
    private readonly addresses: EmailAddressBook,
    @Inject(RULE_BOOK) private readonly ruleBook: RuleBook,
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async handle(payload: ApplicationStatusChangedJobData): Promise<JobOutcome> {
    const now = this.clock.now();
    const isNew = await this.dataSource.transaction(async (manager) => {
      const facts = await this.applications.findStatusChangeFacts(
        manager,
        payload.applicationId,
        payload.eventId,
      );
      // Messages written before the text moved to the event still carry it.
      const data = {
        ...payload,
        messageToResident: facts.messageToResident ?? payload.messageToResident ?? null,
      };
      const { planned, subjectEmail } = await this.plan(manager, data, facts);
      const written = await this.writer.write(manager, planned, now);
      if (subjectEmail?.recipient.email && written.has(applicantDedupeKey(data.eventId))) {
        // An address the applicant typed for someone else gets a confirmation request first and
        // nothing about the application until its owner confirms it (issue #11).
        const state = await this.addresses.requestThirdPartyConfirmation(manager, {
          ownerId: subjectEmail.recipient.residentId,
          email: subjectEmail.recipient.email,
          municipalityCode: data.municipalityCode,
          now,
        });
        if (state === 'confirmed') {
          await this.writer.writeOutboundOnly(manager, [subjectEmail], now);
        }
      }
      if (data.toStatus === 'completed') {
        await this.recordLifeEvents(manager, data, facts, now);
      }
      await this.outbox.markProcessed(manager, data.outboxId);
      return written.has(applicantDedupeKey(data.eventId));
    });
    return isNew ? 'done' : 'skipped';
  }

  private async plan(
    manager: EntityManager,
    data: ApplicationStatusChangedJobData,
    facts: StatusChangeFacts,
  ): Promise<{ planned: PlannedNotification[]; subjectEmail: PlannedDigest | null }> {
    const isCare = facts.category === 'care';
    const watches = isCare ? await this.recipients.watchersOf(manager, [data.residentId]) : [];
    const directory = await this.recipients.load(manager, [
      data.residentId,
      ...watches.map((watch) => watch.watcherId),
    ]);
    const url = `${this.env.CITIZEN_APP_URL}/applications/${data.applicationId}`;
    const subject = personApplied(
      facts.answers,
      facts.procedureId === null
        ? undefined
        : this.ruleBook.applicationRecipients(facts.procedureId),
    );
    const subjectName = subject?.name ?? null;
    const applicant = directory.get(data.residentId);
    const planned: PlannedNotification[] = [];
    if (applicant) {
      planned.push({
        municipalityCode: data.municipalityCode,
        recipient: applicant,
        category: 'application',
        dedupeKey: applicantDedupeKey(data.eventId),
        ...composeStatusChangeMessage(data, subjectName),
        url,
        applicationId: data.applicationId,
        allowedChannels: DELIVERY_CHANNELS,
      });
    }
    for (const watch of watches) {
      const watcher = directory.get(watch.watcherId);
      if (!watcher) {
        continue;
      }
      planned.push({
        municipalityCode: data.municipalityCode,
        recipient: watcher,
        category: 'care',
        dedupeKey: `application-event:${data.eventId}:watcher:${watch.watcherId}`,
        ...composeWatcherMessage(data, watch.residentName),
        // The watcher cannot open the resident's application: the link goes to their own inbox.
        url: `${this.env.CITIZEN_APP_URL}/notifications`,
        applicationId: null,
        allowedChannels: DELIVERY_CHANNELS,
      });
    }
    // The person a proxy applied for has no account here: an e-mail when the form gave an
    // address, once its owner confirmed it (handle() asks them first).
    const subjectEmail =
      subject?.email && subject.email !== applicant?.email
        ? {
            municipalityCode: data.municipalityCode,
            recipient: {
              residentId: `application-subject:${data.applicationId}`,
              preferences: DEFAULT_NOTIFICATION_PREFERENCES,
              email: subject.email,
              pushSubscriptionIds: [],
            },
            category: 'application' as const,
            dedupeKey: `application-event:${data.eventId}:subject`,
            ...composeSubjectMessage(data, subject.name),
            url: this.env.CITIZEN_APP_URL,
            allowedChannels: ['email' as const],
          }
        : null;
    return { planned, subjectEmail };
  }

  private async recordLifeEvents(
    manager: EntityManager,
    data: ApplicationStatusChangedJobData,
    facts: StatusChangeFacts,
    now: Date,
  ): Promise<void> {
    if (facts.procedureId === null) {
      return;
    }
    const decisionRecord = decisionRecordSchema.safeParse(facts.decisionRecord);
    const records = extractLifeRecords(
      data.applicationId,
      facts.answers,
      this.ruleBook.lifeRecordSources(facts.procedureId),
      japanDateOf(facts.occurredAt ?? now),
      decisionRecord.success ? decisionRecord.data : null,
    );
    if (records.length === 0) {
      return;
    }
    await this.lifeRecords.insertNew(
      manager,
      records.map((record) => ({
        id: randomUUID(),
        municipalityCode: data.municipalityCode,
        residentId: data.residentId,
        kind: record.kind,
        fields: record.fields,
        sourceKey: record.sourceKey,
      })),
    );
  }
}

/** The applicant's notification keeps the key it always had (one per application event). */
function applicantDedupeKey(eventId: string): string {
  return `application-event:${eventId}:inbox`;
}

/**
 * The person applied for, when a proxy submitted (by `seeds/notification-rules/application-recipients.json`):
 * e.g. 介護 forms say so in `applicantKind` and name the insured person in `insured.name`.
 */
function personApplied(
  answers: unknown,
  recipients: ApplicationRecipients | undefined,
): { name: string; email: string | null } | null {
  if (!recipients) {
    return null;
  }
  const marker = read(answers, recipients.proxyWhen.field);
  const isProxy =
    'equals' in recipients.proxyWhen
      ? marker === recipients.proxyWhen.equals
      : marker !== undefined && marker !== recipients.proxyWhen.notEquals;
  if (!isProxy) {
    return null;
  }
  const name = read(answers, recipients.subjectName);
  const family = read(name, 'family');
  const given = read(name, 'given');
  if (typeof family !== 'string' || typeof given !== 'string') {
    return null;
  }
  const email =
    recipients.subjectEmail === undefined ? undefined : read(answers, recipients.subjectEmail);
  return {
    name: `${family} ${given}`,
    email: typeof email === 'string' && email.includes('@') ? email : null,
  };
}

function read(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (
      typeof current !== 'object' ||
      current === null ||
      Array.isArray(current) ||
      !Object.hasOwn(current, key)
    ) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
