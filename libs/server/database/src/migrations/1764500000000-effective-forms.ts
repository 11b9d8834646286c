import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The effective form of a municipality = a standard form version + the municipality's overlay,
 * with its own version number per (municipality, procedure). Applications, attachments and the
 * procedures a municipality publishes point at an effective version, so each application is
 * read against exactly the form the resident filled in, local fields included.
 */
export class EffectiveForms1764500000000 implements MigrationInterface {
  name = 'EffectiveForms1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE effective_forms (
        municipality_code char(6) NOT NULL REFERENCES municipalities (code),
        procedure_id text NOT NULL,
        version integer NOT NULL CHECK (version > 0),
        base_version integer NOT NULL,
        overlay_checksum char(64),
        definition jsonb NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (municipality_code, procedure_id, version),
        FOREIGN KEY (procedure_id, base_version) REFERENCES form_versions (procedure_id, version),
        CONSTRAINT effective_forms_content_unique UNIQUE NULLS NOT DISTINCT (municipality_code, procedure_id, base_version, overlay_checksum)
      );

      -- Existing data: every published or used version becomes an effective version of its own number.
      INSERT INTO effective_forms (municipality_code, procedure_id, version, base_version, definition)
      SELECT DISTINCT used.municipality_code, used.procedure_id, used.form_version, used.form_version, fv.definition
        FROM (
          SELECT municipality_code, procedure_id, form_version FROM procedures
          UNION SELECT municipality_code, procedure_id, form_version FROM applications
          UNION SELECT municipality_code, procedure_id, form_version FROM attachments
        ) used
        JOIN form_versions fv ON fv.procedure_id = used.procedure_id AND fv.version = used.form_version;

      ALTER TABLE applications ADD COLUMN base_form_version integer;
      UPDATE applications SET base_form_version = form_version;
      ALTER TABLE applications ALTER COLUMN base_form_version SET NOT NULL;

      ALTER TABLE procedures DROP CONSTRAINT procedures_procedure_id_form_version_fkey;
      ALTER TABLE applications DROP CONSTRAINT applications_procedure_id_form_version_fkey;
      ALTER TABLE attachments DROP CONSTRAINT attachments_procedure_id_form_version_fkey;
      ALTER TABLE procedures ADD CONSTRAINT procedures_effective_form_fkey
        FOREIGN KEY (municipality_code, procedure_id, form_version) REFERENCES effective_forms (municipality_code, procedure_id, version);
      ALTER TABLE applications ADD CONSTRAINT applications_effective_form_fkey
        FOREIGN KEY (municipality_code, procedure_id, form_version) REFERENCES effective_forms (municipality_code, procedure_id, version);
      ALTER TABLE attachments ADD CONSTRAINT attachments_effective_form_fkey
        FOREIGN KEY (municipality_code, procedure_id, form_version) REFERENCES effective_forms (municipality_code, procedure_id, version);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE attachments DROP CONSTRAINT attachments_effective_form_fkey;
      ALTER TABLE applications DROP CONSTRAINT applications_effective_form_fkey;
      ALTER TABLE procedures DROP CONSTRAINT procedures_effective_form_fkey;
      ALTER TABLE attachments ADD CONSTRAINT attachments_procedure_id_form_version_fkey
        FOREIGN KEY (procedure_id, form_version) REFERENCES form_versions (procedure_id, version);
      ALTER TABLE applications ADD CONSTRAINT applications_procedure_id_form_version_fkey
        FOREIGN KEY (procedure_id, form_version) REFERENCES form_versions (procedure_id, version);
      ALTER TABLE procedures ADD CONSTRAINT procedures_procedure_id_form_version_fkey
        FOREIGN KEY (procedure_id, form_version) REFERENCES form_versions (procedure_id, version);
      ALTER TABLE applications DROP COLUMN base_form_version;
      DROP TABLE effective_forms;
    `);
  }
}
