import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every submitted version of an application's answers (the submission, then each 再送信 after a
 * 補正依頼), and the office's message per flagged field of a 補正依頼. Existing applications get
 * their current answers as version 1: what was overwritten before cannot be recovered. Row-level
 * security as for application_events: the municipality's staff, or the resident who owns the
 * application.
 */
export class ApplicationAnswerVersions1765200000300 implements MigrationInterface {
  name = 'ApplicationAnswerVersions1765200000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE applications
        ADD COLUMN correction_messages jsonb NOT NULL DEFAULT '{}'::jsonb
          CONSTRAINT applications_correction_messages_object CHECK (jsonb_typeof(correction_messages) = 'object');

      CREATE TABLE application_answer_versions (
        id uuid PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        municipality_code char(6) NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        answers jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object'),
        changed_paths jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(changed_paths) = 'array'),
        submitted_at timestamptz NOT NULL,
        CONSTRAINT application_answer_versions_unique UNIQUE (application_id, version)
      );

      INSERT INTO application_answer_versions (id, application_id, municipality_code, version, answers, submitted_at)
        SELECT gen_random_uuid(), id, municipality_code, 1, answers, submitted_at FROM applications;

      GRANT SELECT, INSERT, UPDATE, DELETE ON application_answer_versions TO madoguchi_app;
      ALTER TABLE application_answer_versions ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON application_answer_versions
        USING (municipality_code = app_municipality()
          OR EXISTS (SELECT 1 FROM applications a WHERE a.id = application_id AND a.resident_id = app_resident()))
        WITH CHECK (municipality_code = app_municipality()
          OR EXISTS (SELECT 1 FROM applications a WHERE a.id = application_id AND a.resident_id = app_resident()));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE application_answer_versions;
      ALTER TABLE applications DROP COLUMN correction_messages;
    `);
  }
}
