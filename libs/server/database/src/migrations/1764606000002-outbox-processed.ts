import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Redis keeps nothing on disk: a job relayed from the outbox can vanish with a Redis restart
 * before a worker ran it. The handler now marks its row processed in its own transaction, and the
 * relay offers a row again (same job id) when it was dispatched long ago and never processed.
 */
export class OutboxProcessed1764606000002 implements MigrationInterface {
  name = 'OutboxProcessed1764606000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE outbox ADD COLUMN processed_at timestamptz;
      -- Rows relayed before this column existed were processed by then.
      UPDATE outbox SET processed_at = dispatched_at WHERE dispatched_at IS NOT NULL;
      CREATE INDEX outbox_unprocessed_idx ON outbox (dispatched_at) WHERE processed_at IS NULL AND dispatched_at IS NOT NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX outbox_unprocessed_idx;
      ALTER TABLE outbox DROP COLUMN processed_at;
    `);
  }
}
