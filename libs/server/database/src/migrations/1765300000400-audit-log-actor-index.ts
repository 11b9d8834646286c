import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The 個人番号 reveal limit counts one staff member's reveals of the last hour from the audit
 * log at every reveal: an index by actor and action keeps that a short range scan however long
 * the (append-only) log grows.
 */
export class AuditLogActorIndex1765300000400 implements MigrationInterface {
  name = 'AuditLogActorIndex1765300000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX audit_log_actor_action_idx ON audit_log (actor_kind, actor_id, action, occurred_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX audit_log_actor_action_idx');
  }
}
