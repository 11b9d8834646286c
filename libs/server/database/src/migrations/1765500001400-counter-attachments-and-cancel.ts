import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 書かない窓口 completed (issue #12): staff may cancel a counter-assisted application the resident
 * has not confirmed (`cancelled`: its sealed answers are dropped at once, its link stops working,
 * the row stays until the stale sweep so the counter's list can say what happened), and the files
 * staff scan at the counter are ordinary attachments owned by the confirmation until it is
 * confirmed (no column needed: see CounterAttachments in apps/api).
 */
export class CounterAttachmentsAndCancel1765500001400 implements MigrationInterface {
  name = 'CounterAttachmentsAndCancel1765500001400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE counter_confirmations
        DROP CONSTRAINT counter_confirmations_status_check,
        ADD CONSTRAINT counter_confirmations_status_check CHECK (status IN ('pending', 'confirmed', 'cancelled')),
        ADD COLUMN cancelled_at timestamptz,
        ADD COLUMN cancelled_by_staff_id text,
        ADD CONSTRAINT counter_confirmations_cancel_complete CHECK (
          (status = 'cancelled') = (cancelled_at IS NOT NULL AND cancelled_by_staff_id IS NOT NULL));
      CREATE INDEX counter_confirmations_recent_idx ON counter_confirmations (municipality_code, created_at DESC);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX counter_confirmations_recent_idx;
      DELETE FROM counter_confirmations WHERE status = 'cancelled';
      ALTER TABLE counter_confirmations
        DROP CONSTRAINT counter_confirmations_cancel_complete,
        DROP COLUMN cancelled_by_staff_id,
        DROP COLUMN cancelled_at,
        DROP CONSTRAINT counter_confirmations_status_check,
        ADD CONSTRAINT counter_confirmations_status_check CHECK (status IN ('pending', 'confirmed'));
    `);
  }
}
