import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A delivery handed to its channel is `sending` until the outcome is written, with a lease
 * (`sending_until`). A worker killed in between leaves the row `sending`: after the lease it is
 * "in doubt" — the push service may or may not have taken it — and is sent again with the same
 * Web Push Topic, counted in `in_doubt_resends` so operators see how often that happens.
 * The relay's stale check offers such rows again (a partial index keeps that poll cheap).
 */
export class DeliverySendingClaim1765000000000 implements MigrationInterface {
  name = 'DeliverySendingClaim1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE notification_deliveries
        DROP CONSTRAINT notification_deliveries_status_check,
        ADD CONSTRAINT notification_deliveries_status_check
          CHECK (status IN ('scheduled', 'queued', 'sending', 'sent', 'temporary_failure', 'permanent_failure', 'skipped')),
        ADD COLUMN sending_until timestamptz,
        ADD COLUMN in_doubt_resends integer NOT NULL DEFAULT 0;
      CREATE INDEX notification_deliveries_sending_idx ON notification_deliveries (sending_until) WHERE status = 'sending';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE notification_deliveries SET status = 'queued' WHERE status = 'sending';
      DROP INDEX notification_deliveries_sending_idx;
      ALTER TABLE notification_deliveries
        DROP COLUMN in_doubt_resends,
        DROP COLUMN sending_until,
        DROP CONSTRAINT notification_deliveries_status_check,
        ADD CONSTRAINT notification_deliveries_status_check
          CHECK (status IN ('scheduled', 'queued', 'sent', 'temporary_failure', 'permanent_failure', 'skipped'));
    `);
  }
}
