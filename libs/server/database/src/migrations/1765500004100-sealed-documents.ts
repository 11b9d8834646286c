import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sealed documents (issue #13, item 3): the 控え of an application and its 決定通知書, each sealed
 * once by the municipality (a PAdES B-T signature in the PDF, and for the 控え also a detached
 * CAdES-T seal over the canonical receipt JSON) and then kept, so every download returns the same
 * bytes and the seal's timestamp keeps meaning "sealed then". Bytes in PostgreSQL rather than the
 * object store: a few tens of KB each, written in the same transaction as the row that says they
 * exist, and backed up with the application they belong to. Rows are never updated or deleted by
 * the API (no UPDATE / DELETE grant): a sealed document is only ever added.
 */
export class SealedDocuments1765500004100 implements MigrationInterface {
  name = 'SealedDocuments1765500004100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sealed_documents (
        application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('receipt', 'decision_notice')),
        municipality_code char(6) NOT NULL REFERENCES municipalities (code),
        resident_id text NOT NULL,
        pdf bytea NOT NULL,
        receipt_json bytea,
        receipt_seal bytea,
        sealed_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (application_id, kind),
        CONSTRAINT sealed_documents_receipt_seal CHECK ((receipt_json IS NULL) = (receipt_seal IS NULL))
      );

      ALTER TABLE sealed_documents ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON sealed_documents
        USING (municipality_code = (SELECT app_municipality()::bpchar) OR resident_id = (SELECT app_resident()))
        WITH CHECK (municipality_code = (SELECT app_municipality()::bpchar) OR resident_id = (SELECT app_resident()));
      GRANT SELECT, INSERT ON sealed_documents TO madoguchi_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sealed_documents;`);
  }
}
