import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Double opt-in for e-mail (issue #11): an address gets notifications only once its owner has
 * followed the link of a confirmation mail. `email_confirmations` holds one row per address a
 * resident set (owner = the resident id) or a proxy form named for the person applied for
 * (owner = `application-subject:<application id>`); the current row of an owner is the one not
 * superseded. Only the SHA-256 of the single-use token is kept; the worker draws the token when it
 * sends the mail, so the token exists in clear only in that mail.
 *
 * E-mail deliveries no longer keep a copy of the address: `target` names the owner (or the
 * confirmation, for a confirmation mail) and the worker reads the address when it sends, so an
 * address removed or not confirmed by then is not mailed (the delivery is `skipped`, with why).
 * The addresses already copied into deliveries are taken out here.
 *
 * No row-level security on `email_confirmations`, like `watch_relationships`: a link is followed
 * by someone not signed in (a third party has no account), by its token; the repository scopes
 * every statement by owner or token hash. A confirmation mail of a resident belongs to no
 * municipality, hence a delivery's municipality may now be null (the dead-letter list of staff
 * never shows it).
 */
export class EmailConfirmations1765300000300 implements MigrationInterface {
  name = 'EmailConfirmations1765300000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE email_confirmations (
        id uuid PRIMARY KEY,
        owner_id text NOT NULL,
        owner_kind text NOT NULL CHECK (owner_kind IN ('resident', 'application_subject')),
        municipality_code char(6),
        email text NOT NULL CHECK (length(email) <= 254),
        token_hash char(64),
        token_expires_at timestamptz,
        -- confirmation mails asked for in the current window (the resend rate limit)
        request_count integer NOT NULL DEFAULT 1,
        window_started_at timestamptz NOT NULL DEFAULT now(),
        last_requested_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        declined_at timestamptz,
        superseded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT email_confirmations_token_unique UNIQUE (token_hash)
      );
      CREATE UNIQUE INDEX email_confirmations_current_idx ON email_confirmations (owner_id) WHERE superseded_at IS NULL;
      GRANT SELECT, INSERT, UPDATE, DELETE ON email_confirmations TO madoguchi_app;

      -- Addresses set before double opt-in were never confirmed: their owners confirm them now.
      INSERT INTO email_confirmations (id, owner_id, owner_kind, email, request_count)
        SELECT gen_random_uuid(), resident_id, 'resident', email, 0 FROM notification_contacts WHERE email IS NOT NULL;

      ALTER TABLE notification_deliveries ALTER COLUMN municipality_code DROP NOT NULL;
      UPDATE notification_deliveries
         SET dedupe_key = CASE WHEN right(dedupe_key, length(target) + 1) = ':' || target
                               THEN left(dedupe_key, length(dedupe_key) - length(target) - 1) ELSE dedupe_key END,
             target = recipient_id
       WHERE channel = 'email' AND position('@' in target) > 0;
      COMMENT ON COLUMN notification_deliveries.target IS
        'in_app: the notification id; web_push: the subscription id; email: the owner of the address (read when sending) or email-confirmation:<id>';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM notification_deliveries WHERE municipality_code IS NULL;
      ALTER TABLE notification_deliveries ALTER COLUMN municipality_code SET NOT NULL;
      COMMENT ON COLUMN notification_deliveries.target IS NULL;
      DROP TABLE email_confirmations;
    `);
  }
}
