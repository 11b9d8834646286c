import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The session a push subscription was registered in (the SHA-256 of its id, as `sessions` keeps
 * it), so signing out ends the subscriptions of that session (issue #11): a resident who signs
 * out of a shared device gets no more pushes there. Null for rows registered before this column.
 * Not a foreign key: a session that only expires leaves its subscriptions on (reminders keep
 * coming after the 8-hour session); only a sign-out ends them.
 */
export class PushSubscriptionSession1765300000100 implements MigrationInterface {
  name = 'PushSubscriptionSession1765300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE push_subscriptions ADD COLUMN session_id_hash char(64);
      CREATE INDEX push_subscriptions_session_idx ON push_subscriptions (session_id_hash) WHERE session_id_hash IS NOT NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX push_subscriptions_session_idx;
      ALTER TABLE push_subscriptions DROP COLUMN session_id_hash;
    `);
  }
}
