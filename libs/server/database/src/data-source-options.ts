import type { DataSourceOptions } from 'typeorm';

import { ApplicationEventEntity } from './entities/application-event.entity.js';
import { ApplicationEntity } from './entities/application.entity.js';
import { DraftEntity } from './entities/draft.entity.js';
import { OverlayDraftEntity } from './entities/overlay-draft.entity.js';
import { EffectiveFormEntity } from './entities/effective-form.entity.js';
import { AttachmentEntity } from './entities/attachment.entity.js';
import { AuditLogEntity } from './entities/audit-log.entity.js';
import { FormVersionEntity } from './entities/form-version.entity.js';
import { LifeEventEntity } from './entities/life-event.entity.js';
import { MunicipalityEntity } from './entities/municipality.entity.js';
import { NotificationEntity } from './entities/notification.entity.js';
import { OutboxMessageEntity } from './entities/outbox-message.entity.js';
import { ProcedureFinderRuleEntity } from './entities/procedure-finder-rule.entity.js';
import { ProcedureEntity } from './entities/procedure.entity.js';
import { SessionEntity } from './entities/session.entity.js';
import { LifeRecordEntity } from './entities/life-record.entity.js';
import { NotificationContactEntity } from './entities/notification-contact.entity.js';
import { NotificationDeliveryEntity } from './entities/notification-delivery.entity.js';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity.js';
import { PushSubscriptionEntity } from './entities/push-subscription.entity.js';
import { WatchRelationshipEntity } from './entities/watch-relationship.entity.js';
import { NotificationEngine1764606000000 } from './migrations/1764606000000-notification-engine.js';
import { NotificationDeliveryIndexes1764606000001 } from './migrations/1764606000001-notification-delivery-indexes.js';
import { OutboxProcessed1764606000002 } from './migrations/1764606000002-outbox-processed.js';
import { ApiKeyEntity } from './entities/api-key.entity.js';
import { ApplicationNoteEntity } from './entities/application-note.entity.js';
import { StaffMemberEntity } from './entities/staff-member.entity.js';
import { StaffQueueAndBackOffice1764600000000 } from './migrations/1764600000000-staff-queue-and-back-office.js';
import { LoginTransactionEntity } from './entities/login-transaction.entity.js';
import { RateLimitCounterEntity } from './entities/rate-limit-counter.entity.js';
import { InitialSchema1764032400000 } from './migrations/1764032400000-initial-schema.js';
import { CatalogSearch1764300000000 } from './migrations/1764300000000-catalog-search.js';
import { ProcedureDisplayOrder1764300000001 } from './migrations/1764300000001-procedure-display-order.js';
import { Attachments1764200000000 } from './migrations/1764200000000-attachments.js';
import { Workflow1764036000000 } from './migrations/1764036000000-workflow.js';
import { Sessions1764400000000 } from './migrations/1764400000000-sessions.js';
import { Login1764510000000 } from './migrations/1764510000000-login.js';
import { EffectiveForms1764500000000 } from './migrations/1764500000000-effective-forms.js';
import { Drafts1764700000000 } from './migrations/1764700000000-drafts.js';
import { RowLevelSecurity1764900000000 } from './migrations/1764900000000-row-level-security.js';
import { DeliverySendingClaim1765000000000 } from './migrations/1765000000000-delivery-sending-claim.js';
import { DeliveryCreatedIndex1765000000001 } from './migrations/1765000000001-delivery-created-index.js';
import { NotificationRowLevelSecurity1765000000002 } from './migrations/1765000000002-notification-row-level-security.js';
import { ApplicationEventDecisionRecord1765100000000 } from './migrations/1765100000000-application-event-decision-record.js';
import { ApplicationAnswerVersions1765200000300 } from './migrations/1765200000300-application-answer-versions.js';
import { PushSubscriptionSession1765300000100 } from './migrations/1765300000100-push-subscription-session.js';
import { ApplicationAnswerVersionEntity } from './entities/application-answer-version.entity.js';
import { IdempotencyBodyHash1765300000110 } from './migrations/1765300000110-idempotency-body-hash.js';
import { AttachmentRemovedMetadata1765300000200 } from './migrations/1765300000200-attachment-removed-metadata.js';
import { EmailConfirmations1765300000300 } from './migrations/1765300000300-email-confirmations.js';
import { AuditLogActorIndex1765300000400 } from './migrations/1765300000400-audit-log-actor-index.js';
import { DatabaseRoles1765400000000 } from './migrations/1765400000000-database-roles.js';
import { QueueIndexesAndLeakproofPolicies1765500000100 } from './migrations/1765500000100-queue-indexes-and-leakproof-policies.js';
import { AuditLogSearchIndex1765500000200 } from './migrations/1765500000200-audit-log-search-index.js';
import { EffectiveFormEffectiveFrom1765500000300 } from './migrations/1765500000300-effective-form-effective-from.js';
import { CounterAssisted1765500000500 } from './migrations/1765500000500-counter-assisted.js';
import { ApplicationSubmitterIdentityLevel1765500000600 } from './migrations/1765500000600-application-submitter-identity-level.js';
import { QueueProcedureIndexes1765500000700 } from './migrations/1765500000700-queue-procedure-indexes.js';
import { DraftStepCounts1765500000800 } from './migrations/1765500000800-draft-step-counts.js';
import { ReminderRuleParameters1765500001300 } from './migrations/1765500001300-reminder-rule-parameters.js';
import { CounterAttachmentsAndCancel1765500001400 } from './migrations/1765500001400-counter-attachments-and-cancel.js';
import { AuditChain1765500002000 } from './migrations/1765500002000-audit-chain.js';
import { SealedDocuments1765500004100 } from './migrations/1765500004100-sealed-documents.js';
import { SealedDocumentContentKey1765500006500 } from './migrations/1765500006500-sealed-document-content-key.js';
import { AuditActionCodes1765500005000 } from './migrations/1765500005000-audit-action-codes.js';
import { CardSignatures1765500006000 } from './migrations/1765500006000-card-signatures.js';

export const ENTITIES = [
  MunicipalityEntity,
  FormVersionEntity,
  ProcedureEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  OutboxMessageEntity,
  AuditLogEntity,
  NotificationEntity,
  AttachmentEntity,
  LifeEventEntity,
  ProcedureFinderRuleEntity,
  SessionEntity,
  NotificationDeliveryEntity,
  NotificationPreferenceEntity,
  NotificationContactEntity,
  PushSubscriptionEntity,
  LifeRecordEntity,
  WatchRelationshipEntity,
  StaffMemberEntity,
  ApplicationNoteEntity,
  ApiKeyEntity,
  LoginTransactionEntity,
  RateLimitCounterEntity,
  EffectiveFormEntity,
  DraftEntity,
  ApplicationAnswerVersionEntity,
  OverlayDraftEntity,
];

export const MIGRATIONS = [
  InitialSchema1764032400000,
  Workflow1764036000000,
  Attachments1764200000000,
  CatalogSearch1764300000000,
  ProcedureDisplayOrder1764300000001,
  Sessions1764400000000,
  Login1764510000000,
  EffectiveForms1764500000000,
  StaffQueueAndBackOffice1764600000000,
  NotificationEngine1764606000000,
  NotificationDeliveryIndexes1764606000001,
  OutboxProcessed1764606000002,
  Drafts1764700000000,
  RowLevelSecurity1764900000000,
  DeliverySendingClaim1765000000000,
  DeliveryCreatedIndex1765000000001,
  NotificationRowLevelSecurity1765000000002,
  ApplicationEventDecisionRecord1765100000000,
  ApplicationAnswerVersions1765200000300,
  PushSubscriptionSession1765300000100,
  IdempotencyBodyHash1765300000110,
  AttachmentRemovedMetadata1765300000200,
  EmailConfirmations1765300000300,
  AuditLogActorIndex1765300000400,
  DatabaseRoles1765400000000,
  QueueIndexesAndLeakproofPolicies1765500000100,
  AuditLogSearchIndex1765500000200,
  EffectiveFormEffectiveFrom1765500000300,
  CounterAssisted1765500000500,
  ApplicationSubmitterIdentityLevel1765500000600,
  QueueProcedureIndexes1765500000700,
  DraftStepCounts1765500000800,
  ReminderRuleParameters1765500001300,
  CounterAttachmentsAndCancel1765500001400,
  AuditChain1765500002000,
  SealedDocuments1765500004100,
  AuditActionCodes1765500005000,
  CardSignatures1765500006000,
  SealedDocumentContentKey1765500006500,
];

/** Limits of the connection pool; each unset one keeps PostgreSQL's or node-postgres' default. */
export type DatabaseTimeouts = {
  /** `statement_timeout`: a statement running longer is cancelled by the server. */
  statementTimeoutMs?: number;
  /**
   * `idle_in_transaction_session_timeout`: a session holding a transaction open without a
   * statement for longer is ended by the server, so a stalled request cannot keep its connection.
   */
  idleInTransactionTimeoutMs?: number;
  /** How long to wait for a connection, a new one or a free one of the pool, before failing. */
  connectTimeoutMs?: number;
};

/**
 * The one definition of how Madoguchi talks to PostgreSQL, used by the api, the worker, the
 * migration command and the integration tests. The schema only ever changes through migrations.
 */
export function createDataSourceOptions(options: {
  url: string;
  poolSize?: number;
  applicationName: string;
  timeouts?: DatabaseTimeouts;
}): DataSourceOptions {
  const timeouts = options.timeouts ?? {};
  return {
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    applicationName: options.applicationName,
    // node-postgres pool settings: `connectionTimeoutMillis` also bounds the wait for a free
    // connection when all `max` are taken; the two timeouts are sent as session parameters.
    extra: {
      max: options.poolSize ?? 10,
      ...(timeouts.connectTimeoutMs === undefined
        ? {}
        : { connectionTimeoutMillis: timeouts.connectTimeoutMs }),
      ...(timeouts.statementTimeoutMs === undefined
        ? {}
        : { statement_timeout: timeouts.statementTimeoutMs }),
      ...(timeouts.idleInTransactionTimeoutMs === undefined
        ? {}
        : { idle_in_transaction_session_timeout: timeouts.idleInTransactionTimeoutMs }),
    },
  };
}
