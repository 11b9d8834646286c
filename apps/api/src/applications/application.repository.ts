import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction } from '@madoguchi/procedures-contracts';
import type { ApplicationStatus, DecisionRecord } from '@madoguchi/procedures-domain';
import {
  ApplicationAnswerVersionEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  AuditLogEntity,
  OutboxMessageEntity,
} from '@madoguchi/server-database';
import type { JsonObject } from '@madoguchi/server-database';
import type { EntityManager } from 'typeorm';
import { DataSource, MoreThanOrEqual } from 'typeorm';

import { writeAudit } from '../audit/write-audit.js';
import type { Actor } from '../identity/actor.js';
import { runInSeparateTenantScope } from '../tenancy/tenant-scope.js';

export type NewSubmission = {
  /** Chosen by the caller: the sealed answers are bound to it. */
  id: string;
  municipalityCode: string;
  procedureId: string;
  formVersion: number;
  baseFormVersion: number;
  residentId: string;
  applicantName: string;
  /** The applicant's フリガナ in full-width katakana (the compiled form's `applicant`), if given. */
  applicantNameKana: string | null;
  answers: Record<string, unknown>;
  idempotencyKey: string | null;
  /** SHA-256 of the body sent with the Idempotency-Key (null without a key). */
  idempotencyBodyHash: string | null;
  receiptNumber: string;
  /** The receipt time, recorded by this server (the legally relevant arrival time). */
  submittedAt: Date;
  dueDate: string | null;
  /** The resident session's 本人確認レベル at submission. */
  submitterIdentityLevel: number;
};

/** Columns a workflow step may change besides the status. */
export type ApplicationPatch = Partial<
  Pick<
    ApplicationEntity,
    | 'answers'
    | 'assigneeId'
    | 'correctionFields'
    | 'correctionMessages'
    | 'pendingDecision'
    | 'decisionDraftedBy'
    | 'approvals'
    | 'dueDate'
  >
>;

export type StatusChange = {
  application: ApplicationEntity;
  to: ApplicationStatus;
  actor: Actor;
  comment: string | null;
  messageToResident: string | null;
  patch?: ApplicationPatch;
  /** What staff recorded of the decision with this step, kept on its event. */
  decisionRecord?: DecisionRecord | null;
  /** More writes of the same change, in its transaction (a resubmission links its new files). */
  inTransaction?: (manager: EntityManager, application: ApplicationEntity) => Promise<void>;
};

/** What the transaction also writes: the job announcing the change and the audit action. */
export type ChangeAnnouncement = {
  jobName: string;
  jobPayload: (application: ApplicationEntity, eventId: string) => JsonObject;
  auditAction: AuditAction;
  /** Added to the audit row's detail (e.g. the approval stage); never sensitive values. */
  auditDetail?: JsonObject;
};

type InsertedRow = { id: string };

/** TypeORM's update types cannot follow jsonb columns; these are plain JSON values. */
function toColumnValues(patch: ApplicationPatch): Record<string, unknown> {
  return { ...patch };
}

/**
 * The applications module's access to the application tables (applications, their events and
 * answer versions). Not the only one: the work queue, back office, receipts, attachments, life
 * records and the identity-level check have their own queries over `applications`, and so has the
 * worker's status handler.
 */
@Injectable()
export class ApplicationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores a submission with its first event, outbox message and audit row in one transaction.
   * With an Idempotency-Key already used by this resident, returns the stored application instead.
   */
  async insertSubmission(
    submission: NewSubmission,
    announcement: ChangeAnnouncement,
    /** More writes of the same transaction once the row exists (e.g. linking its attachments). */
    afterInsert: (manager: EntityManager, applicationId: string) => Promise<void> = () =>
      Promise.resolve(),
  ): Promise<{ application: ApplicationEntity; isNew: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const now = submission.submittedAt;
      const { id } = submission;
      // ON CONFLICT waits for a concurrent insert of the same key to commit, then does nothing:
      // a hundred simultaneous retries still produce one row.
      const inserted: InsertedRow[] = await manager.query(
        `INSERT INTO applications
           (id, municipality_code, procedure_id, form_version, receipt_number, resident_id,
            applicant_name, status, answers, idempotency_key, submitted_at, updated_at, due_date, base_form_version,
            applicant_name_kana, idempotency_body_hash, submitter_identity_level)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'submitted', $8, $9, $10, $10, $11, $12, $13, $14, $15)
         ON CONFLICT ON CONSTRAINT applications_idempotency_unique DO NOTHING
         RETURNING id`,
        [
          id,
          submission.municipalityCode,
          submission.procedureId,
          submission.formVersion,
          submission.receiptNumber,
          submission.residentId,
          submission.applicantName,
          JSON.stringify(submission.answers),
          submission.idempotencyKey,
          now,
          submission.dueDate,
          submission.baseFormVersion,
          submission.applicantNameKana,
          submission.idempotencyBodyHash,
          submission.submitterIdentityLevel,
        ],
      );
      if (inserted.length === 0) {
        const existing = await manager.findOneByOrFail(ApplicationEntity, {
          residentId: submission.residentId,
          idempotencyKey: submission.idempotencyKey ?? '',
        });
        return { application: existing, isNew: false };
      }
      await afterInsert(manager, id);
      const application = await manager.findOneByOrFail(ApplicationEntity, { id });
      await this.insertAnswerVersion(manager, application, []);
      await this.recordChange(manager, application, {
        from: null,
        to: 'submitted',
        actorKind: 'resident',
        actorId: submission.residentId,
        comment: null,
        messageToResident: null,
        occurredAt: now,
        announcement,
      });
      return { application, isNew: true };
    });
  }

  /**
   * Applies one workflow step if nobody changed the application meanwhile (compare-and-set on
   * status and last update), with its event, outbox message and audit row. Returns null when
   * someone else got there first.
   */
  async applyStatusChange(
    change: StatusChange,
    announcement: ChangeAnnouncement,
  ): Promise<ApplicationEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const result = await manager
        .createQueryBuilder()
        .update(ApplicationEntity)
        .set({ ...toColumnValues(change.patch ?? {}), status: change.to, updatedAt: now })
        .where('id = :id AND status = :status AND updated_at = :updatedAt', {
          id: change.application.id,
          status: change.application.status,
          updatedAt: change.application.updatedAt,
        })
        .execute();
      if (result.affected !== 1) {
        return null;
      }
      const updated = await manager.findOneByOrFail(ApplicationEntity, {
        id: change.application.id,
      });
      await change.inTransaction?.(manager, updated);
      await this.recordChange(manager, updated, {
        from: change.application.status,
        to: change.to,
        actorKind: change.actor.kind,
        actorId: change.actor.id,
        comment: change.comment,
        messageToResident: change.messageToResident,
        decisionRecord: change.decisionRecord ?? null,
        occurredAt: now,
        announcement,
      });
      return updated;
    });
  }

  /**
   * Keeps the answers the application now holds as its next version, with the paths they changed
   * from the one before: called in the transaction of the submission and of each 再送信.
   */
  async insertAnswerVersion(
    manager: EntityManager,
    application: ApplicationEntity,
    changedPaths: string[],
  ): Promise<void> {
    // The next number is taken under the application's row lock, held by this transaction's update
    // (or its insert), so two versions never get the same one.
    await manager.query(
      `INSERT INTO application_answer_versions (id, application_id, municipality_code, version, answers, changed_paths, submitted_at)
       SELECT $1, $2, $3, coalesce(max(version), 0) + 1, $4, $5, $6 FROM application_answer_versions WHERE application_id = $2`,
      [
        randomUUID(),
        application.id,
        application.municipalityCode,
        JSON.stringify(application.answers),
        JSON.stringify(changedPaths),
        application.updatedAt,
      ],
    );
  }

  /**
   * An application stored before versions were kept, or written around this repository, has
   * none: its answers before this change become version 1, so a 再送信 never loses them.
   */
  async keepFirstAnswerVersion(manager: EntityManager, before: ApplicationEntity): Promise<void> {
    await manager.query(
      `INSERT INTO application_answer_versions (id, application_id, municipality_code, version, answers, submitted_at)
       SELECT $1, $2, $3, 1, $4, $5
       WHERE NOT EXISTS (SELECT 1 FROM application_answer_versions WHERE application_id = $2)`,
      [
        randomUUID(),
        before.id,
        before.municipalityCode,
        JSON.stringify(before.answers),
        before.submittedAt,
      ],
    );
  }

  listAnswerVersions(applicationId: string): Promise<ApplicationAnswerVersionEntity[]> {
    return this.dataSource
      .getRepository(ApplicationAnswerVersionEntity)
      .find({ where: { applicationId }, order: { version: 'ASC' } });
  }

  findByIdempotencyKey(
    residentId: string,
    idempotencyKey: string,
  ): Promise<ApplicationEntity | null> {
    return this.dataSource
      .getRepository(ApplicationEntity)
      .findOneBy({ residentId, idempotencyKey });
  }

  findForResident(residentId: string, id: string): Promise<ApplicationEntity | null> {
    return this.dataSource.getRepository(ApplicationEntity).findOneBy({ id, residentId });
  }

  listForResident(residentId: string): Promise<ApplicationEntity[]> {
    return this.dataSource
      .getRepository(ApplicationEntity)
      .find({ where: { residentId }, order: { submittedAt: 'DESC' }, take: 200 });
  }

  findForMunicipality(municipalityCode: string, id: string): Promise<ApplicationEntity | null> {
    return this.dataSource.getRepository(ApplicationEntity).findOneBy({ id, municipalityCode });
  }

  listEvents(applicationId: string): Promise<ApplicationEventEntity[]> {
    return this.dataSource
      .getRepository(ApplicationEventEntity)
      .find({ where: { applicationId }, order: { occurredAt: 'ASC' } });
  }

  async recordRead(actor: Actor, application: ApplicationEntity): Promise<void> {
    await this.recordAudit(actor, application, 'application.read', {});
  }

  /**
   * How many audit rows of `action` the actor left since `since`: the reveal rate limit counts
   * the reveals' own audit rows. A transaction-scoped advisory lock per actor makes concurrent
   * reveals of one staff member count one after the other (the request's tenant transaction
   * holds it until the new audit row is committed), so a burst cannot slip past the limit.
   */
  async countAuditsSince(actor: Actor, action: AuditAction, since: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `audit-count:${actor.kind}:${actor.id}:${action}`,
      ]);
      return manager.getRepository(AuditLogEntity).countBy({
        actorKind: actor.kind,
        actorId: actor.id,
        action,
        occurredAt: MoreThanOrEqual(since),
      });
    });
  }

  /**
   * An audit row that stays whatever becomes of the request: written and committed in a tenant
   * transaction of its own (a refusal is audited although the refused request's one rolls back).
   */
  async recordAuditCommitted(
    actor: Actor,
    application: ApplicationEntity,
    action: AuditAction,
    detail: JsonObject,
  ): Promise<void> {
    await runInSeparateTenantScope(
      this.dataSource,
      { municipalityCode: application.municipalityCode, residentId: null },
      () => this.recordAudit(actor, application, action, detail),
    );
  }

  async recordAudit(
    actor: Actor,
    application: ApplicationEntity,
    action: AuditAction,
    detail: JsonObject,
  ): Promise<void> {
    await writeAudit(this.dataSource.manager, {
      municipalityCode: application.municipalityCode,
      actor,
      action,
      target: { type: 'application', id: application.id },
      detail,
    });
  }

  private async recordChange(
    manager: EntityManager,
    application: ApplicationEntity,
    change: {
      from: string | null;
      to: string;
      actorKind: 'resident' | 'staff' | 'system';
      actorId: string;
      comment: string | null;
      messageToResident: string | null;
      decisionRecord?: DecisionRecord | null;
      occurredAt: Date;
      announcement: ChangeAnnouncement;
    },
  ): Promise<void> {
    const eventId = randomUUID();
    await manager.insert(ApplicationEventEntity, {
      id: eventId,
      applicationId: application.id,
      municipalityCode: application.municipalityCode,
      fromStatus: change.from,
      toStatus: change.to,
      actorKind: change.actorKind,
      actorId: change.actorId,
      comment: change.comment,
      messageToResident: change.messageToResident,
      decisionRecord: change.decisionRecord ?? null,
      occurredAt: change.occurredAt,
    });
    await manager.insert(OutboxMessageEntity, {
      municipalityCode: application.municipalityCode,
      jobName: change.announcement.jobName,
      payload: change.announcement.jobPayload(application, eventId),
    });
    await writeAudit(manager, {
      municipalityCode: application.municipalityCode,
      actor: { kind: change.actorKind, id: change.actorId },
      action: change.announcement.auditAction,
      target: { type: 'application', id: application.id },
      detail: { ...change.announcement.auditDetail, from: change.from, to: change.to, eventId },
    });
  }
}
