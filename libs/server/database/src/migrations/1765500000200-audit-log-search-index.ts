import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The administrator's audit trail (issue #12) pages through one municipality's rows newest first
 * (keyset on the time and id): an index in that order keeps each page a short range scan however
 * long the append-only log grows.
 */
export class AuditLogSearchIndex1765500000200 implements MigrationInterface {
  name = 'AuditLogSearchIndex1765500000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX audit_log_municipality_time_idx ON audit_log (municipality_code, occurred_at DESC, id DESC)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX audit_log_municipality_time_idx');
  }
}
