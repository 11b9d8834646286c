import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 書かない窓口 (issue #12): a staff member fills an application at the counter for the resident
 * standing there; the resident confirms it, on a second screen at the counter or on their phone
 * by a short-lived QR link. Until then it is a `counter_confirmations` row of the municipality
 * (row-level security as for its applications), its answers sealed to the id the application
 * will take; only the SHA-256 of the one-time token is kept.
 *
 * The link is opened by someone who need not be signed in, so the API finds the municipality of
 * a token before it can enter that tenant: `find_counter_confirmation` does only that, as the
 * owner (like `authenticate_api_key`), and answers no personal data.
 *
 * The application then records who filled it (`filled_by_staff_id`, the name of the day), how the
 * identity was checked at the counter (its identity evidence) and where and when the resident
 * confirmed it.
 */
export class CounterAssisted1765500000500 implements MigrationInterface {
  name = 'CounterAssisted1765500000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE applications
        ADD COLUMN filled_by_staff_id text,
        ADD COLUMN filled_by_staff_name text,
        ADD COLUMN counter_identity_check jsonb,
        ADD COLUMN confirmed_via text CHECK (confirmed_via IN ('counter_screen', 'qr')),
        ADD COLUMN confirmed_at timestamptz,
        ADD CONSTRAINT applications_counter_complete CHECK (
          (filled_by_staff_id IS NULL AND counter_identity_check IS NULL AND confirmed_via IS NULL AND confirmed_at IS NULL)
          OR (filled_by_staff_id IS NOT NULL AND filled_by_staff_name IS NOT NULL AND counter_identity_check IS NOT NULL
              AND confirmed_via IS NOT NULL AND confirmed_at IS NOT NULL));

      CREATE TABLE counter_confirmations (
        id uuid PRIMARY KEY,
        municipality_code char(6) NOT NULL REFERENCES municipalities (code),
        procedure_id text NOT NULL,
        form_version integer NOT NULL,
        -- The id the application takes on confirmation: the sealed answers are bound to it.
        application_id uuid NOT NULL UNIQUE,
        answers jsonb NOT NULL,
        applicant_name text NOT NULL,
        applicant_name_kana text,
        filled_by_staff_id text NOT NULL,
        filled_by_staff_name text NOT NULL,
        identity_check jsonb NOT NULL,
        token_hash char(64) NOT NULL,
        token_expires_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed')),
        confirmed_via text CHECK (confirmed_via IN ('counter_screen', 'qr')),
        confirmed_at timestamptz,
        confirmed_by_resident_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT counter_confirmations_token_unique UNIQUE (token_hash)
      );
      CREATE INDEX counter_confirmations_pending_idx ON counter_confirmations (municipality_code, created_at)
        WHERE status = 'pending';

      ALTER TABLE counter_confirmations ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON counter_confirmations
        USING (municipality_code = app_municipality())
        WITH CHECK (municipality_code = app_municipality());
      GRANT SELECT, INSERT, UPDATE ON counter_confirmations TO madoguchi_app;

      CREATE FUNCTION find_counter_confirmation(p_token_hash text)
        RETURNS TABLE (id uuid, municipality_code char(6))
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
        AS $$ SELECT c.id, c.municipality_code FROM counter_confirmations c WHERE c.token_hash = p_token_hash $$;
      REVOKE EXECUTE ON FUNCTION find_counter_confirmation(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION find_counter_confirmation(text) TO madoguchi_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION find_counter_confirmation(text);
      DROP TABLE counter_confirmations;
      ALTER TABLE applications
        DROP CONSTRAINT applications_counter_complete,
        DROP COLUMN confirmed_at, DROP COLUMN confirmed_via, DROP COLUMN counter_identity_check,
        DROP COLUMN filled_by_staff_name, DROP COLUMN filled_by_staff_id;
    `);
  }
}
