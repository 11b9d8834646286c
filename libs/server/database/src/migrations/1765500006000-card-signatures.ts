import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Card signatures (issue #13, item 1). A resident signs the canonical submission (RFC 8785 JSON of
 * the answers plus the SHA-256 of every attachment) with the 署名用電子証明書 of their card, through
 * the signing service in the role of the デジタル認証アプリ:
 *
 * - `signing_requests`: one request per signing, the resident's own (row-level security as for
 *   drafts). It keeps the digest asked for and, once the resident confirmed, the CMS SignedData
 *   (DER) the API fetched and verified, so the submission can check it covers exactly its bytes.
 * - `application_signatures`: the signature kept with the application it was submitted with (as
 *   its applications: the municipality's staff and the resident), with the verification result,
 *   the signer's 基本4情報 as the certificate says them and their comparison with the answers.
 */
export class CardSignatures1765500006000 implements MigrationInterface {
  name = 'CardSignatures1765500006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE signing_requests (
        id uuid PRIMARY KEY,
        resident_id text NOT NULL,
        municipality_code char(6) NOT NULL REFERENCES municipalities (code),
        procedure_id text NOT NULL,
        form_version integer NOT NULL,
        digest_hex char(64) NOT NULL CHECK (digest_hex ~ '^[0-9a-f]{64}$'),
        signer_request_id text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'signed', 'used')),
        signature bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        signed_at timestamptz,
        CONSTRAINT signing_requests_signed_complete CHECK ((status = 'pending') = (signature IS NULL))
      );
      CREATE INDEX signing_requests_resident_idx
        ON signing_requests (resident_id, municipality_code, procedure_id, form_version, created_at DESC);

      ALTER TABLE signing_requests ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON signing_requests
        USING (resident_id = app_resident())
        WITH CHECK (resident_id = app_resident());
      GRANT SELECT, INSERT, UPDATE ON signing_requests TO madoguchi_app;

      CREATE TABLE application_signatures (
        application_id uuid PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
        municipality_code char(6) NOT NULL REFERENCES municipalities (code),
        resident_id text NOT NULL,
        signature bytea NOT NULL,
        digest_hex char(64) NOT NULL,
        is_valid boolean NOT NULL,
        failure text,
        signing_time timestamptz,
        signing_time_source text,
        certificate_serial text,
        certificate_issuer text,
        signer_basic_four jsonb,
        comparison jsonb NOT NULL DEFAULT '[]',
        verified_at timestamptz NOT NULL DEFAULT now()
      );

      ALTER TABLE application_signatures ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON application_signatures
        USING (municipality_code = app_municipality() OR resident_id = app_resident())
        WITH CHECK (municipality_code = app_municipality() OR resident_id = app_resident());
      GRANT SELECT, INSERT ON application_signatures TO madoguchi_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE application_signatures;
      DROP TABLE signing_requests;
    `);
  }
}
