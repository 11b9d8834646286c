import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The delivery relay polls often: its two questions — which deliveries are due (scheduled, or a
 * temporary failure whose retry time came) and which were queued long ago (their job lost with
 * Redis' memory) — each get a partial index, so a poll reads only those rows.
 */
export class NotificationDeliveryIndexes1764606000001 implements MigrationInterface {
  name = 'NotificationDeliveryIndexes1764606000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX notification_deliveries_due_idx;
      CREATE INDEX notification_deliveries_due_idx ON notification_deliveries (not_before)
        WHERE status IN ('scheduled', 'temporary_failure');
      CREATE INDEX notification_deliveries_queued_idx ON notification_deliveries (queued_at) WHERE status = 'queued';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX notification_deliveries_queued_idx;
      DROP INDEX notification_deliveries_due_idx;
      CREATE INDEX notification_deliveries_due_idx ON notification_deliveries (not_before) WHERE status = 'scheduled';
    `);
  }
}
