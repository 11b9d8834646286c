export * from './entities/column-types.js';
export { MunicipalityEntity } from './entities/municipality.entity.js';
export { FormVersionEntity } from './entities/form-version.entity.js';
export { EffectiveFormEntity } from './entities/effective-form.entity.js';
export { OverlayDraftEntity } from './entities/overlay-draft.entity.js';
export { ProcedureEntity } from './entities/procedure.entity.js';
export { ApplicationEntity } from './entities/application.entity.js';
export { DraftEntity } from './entities/draft.entity.js';
export { ApplicationEventEntity } from './entities/application-event.entity.js';
export { ApplicationAnswerVersionEntity } from './entities/application-answer-version.entity.js';
export { OutboxMessageEntity } from './entities/outbox-message.entity.js';
export { AuditLogEntity } from './entities/audit-log.entity.js';
export { NotificationEntity } from './entities/notification.entity.js';
export { NotificationDeliveryEntity } from './entities/notification-delivery.entity.js';
export { NotificationPreferenceEntity } from './entities/notification-preference.entity.js';
export { NotificationContactEntity } from './entities/notification-contact.entity.js';
export { PushSubscriptionEntity } from './entities/push-subscription.entity.js';
export { LifeRecordEntity } from './entities/life-record.entity.js';
export { WatchRelationshipEntity } from './entities/watch-relationship.entity.js';
export { SessionEntity } from './entities/session.entity.js';
export { LoginTransactionEntity } from './entities/login-transaction.entity.js';
export { RateLimitCounterEntity } from './entities/rate-limit-counter.entity.js';
export { LifeEventEntity } from './entities/life-event.entity.js';
export { ProcedureFinderRuleEntity } from './entities/procedure-finder-rule.entity.js';
export { AttachmentEntity } from './entities/attachment.entity.js';
export { StaffMemberEntity } from './entities/staff-member.entity.js';
export { ApplicationNoteEntity } from './entities/application-note.entity.js';
export { ApiKeyEntity } from './entities/api-key.entity.js';
export { ENTITIES, MIGRATIONS, createDataSourceOptions } from './data-source-options.js';
export { ensureDatabaseExists, dropDatabase } from './database-admin.js';
export {
  RUNTIME_ROLES,
  checkRuntimeRole,
  readConnectedRole,
  runtimeRoleUrl,
} from './database-roles.js';
export type { ConnectedRole, RuntimeRole } from './database-roles.js';
export { formatAuditChainReport, isAuditChainIntact, verifyAuditChain } from './audit-chain.js';
export type { AuditChainBreak, AuditChainProblem, AuditChainReport } from './audit-chain.js';
