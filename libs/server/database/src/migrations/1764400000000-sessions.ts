import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions in PostgreSQL: signing in and every authenticated request keep working while Redis
 * (the job queue) is away. Only a SHA-256 of the cookie's random id is stored.
 */
export class Sessions1764400000000 implements MigrationInterface {
  name = 'Sessions1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sessions (
        id_hash char(64) PRIMARY KEY,
        actor jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX sessions_expires_idx ON sessions (expires_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE sessions');
  }
}
