import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * OpenID Connect login. `login_transactions` keeps state, nonce and the PKCE verifier between the
 * redirect to the provider and its callback (any replica may get the callback), keyed by a hash of
 * the state and bound to the browser by a hash of a cookie. `rate_limit_counters` counts login
 * requests per client address and minute across replicas (the address is stored hashed).
 */
export class Login1764510000000 implements MigrationInterface {
  name = 'Login1764510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE login_transactions (
        state_hash char(64) PRIMARY KEY,
        browser_hash char(64) NOT NULL,
        audience text NOT NULL CHECK (audience IN ('resident', 'staff')),
        code_verifier text NOT NULL,
        nonce text NOT NULL,
        return_to text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX login_transactions_expires_idx ON login_transactions (expires_at);
      CREATE TABLE rate_limit_counters (
        bucket text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (bucket, window_start)
      );
      CREATE INDEX rate_limit_counters_window_idx ON rate_limit_counters (window_start);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rate_limit_counters; DROP TABLE login_transactions');
  }
}
