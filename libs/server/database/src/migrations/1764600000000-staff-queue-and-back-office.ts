import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staff work queue and the back-office pull API:
 * - `applications.applicant_name_kana` (フリガナ, full-width katakana) for the kana search, filled
 *   for existing rows from the personName answer whose name is the stored applicant name;
 * - `applications.acknowledged_at`: set when the municipality's back-office system has taken the
 *   application (電子申請等情報受取等API の「取得済み」);
 * - keyset indexes for the queue sorted by receipt time or by due date;
 * - `staff_members`: staff seen at sign-in. A trigger on `sessions` records every staff actor the
 *   moment a session is created, whatever the login (development sign-in or OpenID Connect), so
 *   an assignment can be checked against real staff of the municipality;
 * - `application_notes`: internal notes (never shown to residents);
 * - `api_keys`: back-office keys per municipality; only a SHA-256 of the key is kept.
 */
export class StaffQueueAndBackOffice1764600000000 implements MigrationInterface {
  name = 'StaffQueueAndBackOffice1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE applications
        ADD COLUMN applicant_name_kana text,
        ADD COLUMN acknowledged_at timestamptz;

      UPDATE applications AS a
         SET applicant_name_kana = (
           SELECT concat_ws(' ', entry.value->>'familyKana', entry.value->>'givenKana')
             FROM jsonb_each(a.answers) AS entry
            WHERE jsonb_typeof(entry.value) = 'object'
              AND entry.value ? 'familyKana'
              AND concat_ws(' ', entry.value->>'family', entry.value->>'given') = a.applicant_name
            LIMIT 1
         );

      CREATE INDEX applications_queue_submitted_idx ON applications (municipality_code, submitted_at, id);
      CREATE INDEX applications_queue_due_idx
        ON applications (municipality_code, (COALESCE(due_date, 'infinity'::date)), id);
      CREATE INDEX applications_unacknowledged_idx
        ON applications (municipality_code, submitted_at, id) WHERE acknowledged_at IS NULL;

      CREATE TABLE staff_members (
        id text PRIMARY KEY,
        municipality_code char(6) NOT NULL,
        display_name text NOT NULL,
        staff_role text,
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX staff_members_municipality_idx ON staff_members (municipality_code, display_name);

      CREATE FUNCTION record_staff_member() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.actor->>'kind' = 'staff' AND NEW.actor->>'municipalityCode' ~ '^[0-9]{6}$' THEN
          INSERT INTO staff_members (id, municipality_code, display_name, staff_role)
          VALUES (NEW.actor->>'id', NEW.actor->>'municipalityCode', NEW.actor->>'displayName', NEW.actor->>'staffRole')
          ON CONFLICT (id) DO UPDATE
            SET municipality_code = EXCLUDED.municipality_code,
                display_name = EXCLUDED.display_name,
                staff_role = EXCLUDED.staff_role,
                last_seen_at = now();
        END IF;
        RETURN NEW;
      END;
      $$;
      CREATE TRIGGER sessions_record_staff_member AFTER INSERT ON sessions
        FOR EACH ROW EXECUTE FUNCTION record_staff_member();

      CREATE TABLE application_notes (
        id uuid PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES applications (id),
        municipality_code char(6) NOT NULL,
        author_id text NOT NULL,
        author_name text NOT NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX application_notes_application_idx ON application_notes (application_id, created_at);

      CREATE TABLE api_keys (
        id uuid PRIMARY KEY,
        municipality_code char(6) NOT NULL REFERENCES municipalities (code),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        key_prefix text NOT NULL,
        key_hash char(64) NOT NULL CHECK (key_hash ~ '^[0-9a-f]{64}$'),
        scopes jsonb NOT NULL DEFAULT '[]'::jsonb,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT api_keys_hash_unique UNIQUE (key_hash)
      );
      CREATE INDEX api_keys_municipality_idx ON api_keys (municipality_code, created_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE api_keys;
      DROP TABLE application_notes;
      DROP TRIGGER sessions_record_staff_member ON sessions;
      DROP FUNCTION record_staff_member();
      DROP TABLE staff_members;
      DROP INDEX applications_unacknowledged_idx;
      DROP INDEX applications_queue_due_idx;
      DROP INDEX applications_queue_submitted_idx;
      ALTER TABLE applications DROP COLUMN acknowledged_at, DROP COLUMN applicant_name_kana;
    `);
  }
}
