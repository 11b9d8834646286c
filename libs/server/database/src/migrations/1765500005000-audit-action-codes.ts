import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit action codes and target types as of this migration: `AUDIT_ACTIONS` and
 * `AUDIT_TARGET_TYPES` of @madoguchi/procedures-contracts (this library may not import it; the
 * api's spec `audit-action-codes.integration-spec.ts` checks that the database's constraints list
 * exactly those). A code added there needs a migration that replaces the constraint with the
 * longer list; a code is never removed (the rows are append-only and chained).
 */
export const AUDIT_ACTION_CODES_1765500005000 = [
  'application.submit',
  'application.resubmit',
  'application.withdraw',
  'application.read',
  'application.assign',
  'application.assign.bulk',
  'application.assign.bulk.complete',
  'application.note.add',
  'application.review.start',
  'application.correction.request',
  'application.decision.draft.completed',
  'application.decision.draft.rejected',
  'application.decision.approve',
  'application.decision.approve.1',
  'application.decision.approve.2',
  'application.decision.approve.3',
  'application.decision.approve.4',
  'application.decision.approve.5',
  'application.decision.approve.6',
  'application.decision.approve.7',
  'application.decision.approve.8',
  'application.decision.approve.9',
  'application.decision.send_back',
  'application.decision.completed',
  'application.decision.rejected',
  'draft.migrate',
  'personal_data.reveal',
  'personal_data.reveal_refused',
  'personal_data.read',
  'attachment.download',
  'application.export',
  'application.export.job',
  'application.export.download',
  'counter.fill',
  'counter.cancel',
  'counter.link_issued',
  'counter.preview',
  'counter.attachment_view',
  'counter.receipt',
  'counter.confirm',
  'procedure.enable',
  'procedure.disable',
  'reminder_rules.update',
  'overlay_draft.save',
  'overlay.publish',
  'api_key.create',
  'api_key.revoke',
  'application.acknowledge',
  'notification.delivery.retry',
] as const;

export const AUDIT_TARGET_TYPES_1765500005000 = [
  'application',
  'attachment',
  'draft',
  'procedure',
  'procedure_form',
  'reminder_rules',
  'api_key',
  'counter_confirmation',
  'bulk_assignment',
  'application_export',
  'application_export_job',
  'notification_delivery',
] as const;

function sqlList(values: readonly string[]): string {
  return values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ');
}

/**
 * A row with an action or target type outside the closed set cannot be written at all, whoever
 * writes it (issue #13, item 4). Added NOT VALID and validated after, so that the check of the
 * existing rows holds a lock that lets inserts go on; a database holding a free-text action
 * fails here, naming the constraint, rather than keep it silently.
 */
export class AuditActionCodes1765500005000 implements MigrationInterface {
  name = 'AuditActionCodes1765500005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE audit_log
        ADD CONSTRAINT audit_log_action_known
          CHECK (action IN (${sqlList(AUDIT_ACTION_CODES_1765500005000)})) NOT VALID,
        ADD CONSTRAINT audit_log_target_type_known
          CHECK (target_type IN (${sqlList(AUDIT_TARGET_TYPES_1765500005000)})) NOT VALID;
      ALTER TABLE audit_log VALIDATE CONSTRAINT audit_log_action_known;
      ALTER TABLE audit_log VALIDATE CONSTRAINT audit_log_target_type_known;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE audit_log
        DROP CONSTRAINT audit_log_target_type_known,
        DROP CONSTRAINT audit_log_action_known;
    `);
  }
}
