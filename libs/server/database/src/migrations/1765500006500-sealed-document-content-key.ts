import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A sealed document is kept per content, not per application: a 控え is sealed once for what
 * was submitted (its key is the SHA-256 of the receipt JSON), so every download of the same
 * submission is the same bytes, and a resubmission after a 補正依頼 gets a 控え of its own
 * (the earlier one stays, as it was issued). A 決定通知書 is keyed by its decision event.
 */
export class SealedDocumentContentKey1765500006500 implements MigrationInterface {
  name = 'SealedDocumentContentKey1765500006500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE sealed_documents ADD COLUMN content_key text;
      UPDATE sealed_documents
         SET content_key = CASE
           WHEN receipt_json IS NOT NULL THEN encode(sha256(receipt_json), 'hex')
           ELSE 'decision'
         END;
      ALTER TABLE sealed_documents
        ALTER COLUMN content_key SET NOT NULL,
        DROP CONSTRAINT sealed_documents_pkey,
        ADD PRIMARY KEY (application_id, kind, content_key);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM sealed_documents a USING sealed_documents b
       WHERE a.application_id = b.application_id AND a.kind = b.kind AND a.created_at < b.created_at;
      ALTER TABLE sealed_documents
        DROP CONSTRAINT sealed_documents_pkey,
        ADD PRIMARY KEY (application_id, kind),
        DROP COLUMN content_key;
    `);
  }
}
