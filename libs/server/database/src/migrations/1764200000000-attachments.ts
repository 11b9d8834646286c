import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Uploaded attachments (添付書類), owned by a resident until a submitted application references them. */
export class Attachments1764200000000 implements MigrationInterface {
  name = 'Attachments1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE attachments (
        id uuid PRIMARY KEY,
        resident_id text NOT NULL,
        municipality_code char(6) NOT NULL REFERENCES municipalities (code),
        procedure_id text NOT NULL,
        form_version integer NOT NULL,
        slot_id text NOT NULL,
        application_id uuid REFERENCES applications (id),
        storage_key text NOT NULL,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        mime_type text NOT NULL,
        bytes integer NOT NULL CHECK (bytes > 0),
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (procedure_id, form_version) REFERENCES form_versions (procedure_id, version),
        CONSTRAINT attachments_storage_key_unique UNIQUE (storage_key)
      );
      CREATE INDEX attachments_resident_idx ON attachments (resident_id, created_at DESC);
      CREATE INDEX attachments_application_idx ON attachments (application_id) WHERE application_id IS NOT NULL;
      CREATE INDEX attachments_unlinked_idx ON attachments (created_at) WHERE application_id IS NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE attachments;`);
  }
}
