import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SHA-256 of the submission body kept with its Idempotency-Key, so that the same key with a
 * different body is refused (422) instead of silently answering with the first application.
 * Applications stored before have none: their retries are compared as before (procedure,
 * municipality and form version).
 */
export class IdempotencyBodyHash1765300000110 implements MigrationInterface {
  name = 'IdempotencyBodyHash1765300000110';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE applications
        ADD COLUMN idempotency_body_hash text
          CONSTRAINT applications_idempotency_body_hash_sha256 CHECK (idempotency_body_hash ~ '^[0-9a-f]{64}$')
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE applications DROP COLUMN idempotency_body_hash');
  }
}
