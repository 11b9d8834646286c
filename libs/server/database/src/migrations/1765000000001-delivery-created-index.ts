import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * No query reads deliveries by recipient; the metrics read the last 24 hours by `created_at`,
 * which was a full scan of a table that grows by millions a day. Every delivery row is written
 * several times (queued, sending, sent) and each index costs on every write: one useful index
 * instead of an unused one.
 */
export class DeliveryCreatedIndex1765000000001 implements MigrationInterface {
  name = 'DeliveryCreatedIndex1765000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX notification_deliveries_recipient_idx;
      CREATE INDEX notification_deliveries_created_idx ON notification_deliveries (created_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX notification_deliveries_created_idx;
      CREATE INDEX notification_deliveries_recipient_idx ON notification_deliveries (recipient_id, created_at DESC);
    `);
  }
}
