import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 施行日 of an effective form (issue #12): a municipality's administrator publishes the next
 * version of a form from a day on, today or later. New drafts get the newest version whose
 * `effective_from` is on or before today in Japan (Asia/Tokyo: a 施行日 is a Japanese calendar
 * day, whatever the server's zone); a draft keeps the version it was started in.
 *
 * `overlay` keeps the overlay a version was built from, so the editor opens the one in force
 * (versions seeded before this migration have none: the editor starts from the seed's file
 * then). `overlay_drafts` holds one unpublished overlay per procedure of a municipality, under
 * row-level security like every other table of a municipality.
 */
export class EffectiveFormEffectiveFrom1765500000300 implements MigrationInterface {
  name = 'EffectiveFormEffectiveFrom1765500000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE effective_forms
        ADD COLUMN effective_from date NOT NULL DEFAULT ((now() AT TIME ZONE 'Asia/Tokyo')::date),
        ADD COLUMN overlay jsonb;
      -- Versions published so far have been in force since the day they were published.
      UPDATE effective_forms SET effective_from = (published_at AT TIME ZONE 'Asia/Tokyo')::date;
      CREATE INDEX effective_forms_in_force_idx
        ON effective_forms (municipality_code, procedure_id, effective_from, version);

      CREATE TABLE overlay_drafts (
        municipality_code char(6) NOT NULL REFERENCES municipalities (code),
        procedure_id text NOT NULL,
        overlay jsonb NOT NULL,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (municipality_code, procedure_id)
      );
      GRANT SELECT, INSERT, UPDATE, DELETE ON overlay_drafts TO madoguchi_app;
      ALTER TABLE overlay_drafts ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON overlay_drafts
        USING (municipality_code = app_municipality())
        WITH CHECK (municipality_code = app_municipality());
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE overlay_drafts;
      DROP INDEX effective_forms_in_force_idx;
      ALTER TABLE effective_forms DROP COLUMN overlay, DROP COLUMN effective_from;
    `);
  }
}
