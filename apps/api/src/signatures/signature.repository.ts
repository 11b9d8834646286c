import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BasicFourComparison, SignerBasicFour } from '@madoguchi/procedures-contracts';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';

export type SigningTarget = {
  readonly residentId: string;
  readonly municipalityCode: string;
  readonly procedureId: string;
  readonly formVersion: number;
};

export type SigningRequestRow = SigningTarget & {
  readonly id: string;
  readonly digestHex: string;
  readonly signerRequestId: string;
  readonly status: 'pending' | 'signed' | 'used';
  readonly signature: Uint8Array | null;
};

export type NewApplicationSignature = {
  readonly applicationId: string;
  readonly municipalityCode: string;
  readonly residentId: string;
  readonly signature: Uint8Array;
  readonly digestHex: string;
  readonly isValid: boolean;
  readonly failure: string | null;
  readonly signingTime: Date | null;
  readonly signingTimeSource: string | null;
  readonly certificateSerial: string | null;
  readonly certificateIssuer: string | null;
  readonly signer: SignerBasicFour | null;
  readonly comparison: readonly BasicFourComparison[];
};

export type ApplicationSignatureRow = Omit<
  NewApplicationSignature,
  'applicationId' | 'municipalityCode' | 'residentId' | 'signature' | 'digestHex'
> & { readonly verifiedAt: Date };

type RequestSqlRow = {
  id: string;
  resident_id: string;
  municipality_code: string;
  procedure_id: string;
  form_version: number;
  digest_hex: string;
  signer_request_id: string;
  status: SigningRequestRow['status'];
  signature: Buffer | null;
};

type SignatureSqlRow = {
  is_valid: boolean;
  failure: string | null;
  signing_time: Date | null;
  signing_time_source: string | null;
  certificate_serial: string | null;
  certificate_issuer: string | null;
  signer_basic_four: SignerBasicFour | null;
  comparison: BasicFourComparison[];
  verified_at: Date;
};

function toRequest(row: RequestSqlRow): SigningRequestRow {
  return {
    id: row.id,
    residentId: row.resident_id,
    municipalityCode: row.municipality_code,
    procedureId: row.procedure_id,
    formVersion: row.form_version,
    digestHex: row.digest_hex,
    signerRequestId: row.signer_request_id,
    status: row.status,
    signature: row.signature === null ? null : new Uint8Array(row.signature),
  };
}

/** The signatures module's access to `signing_requests` and `application_signatures`. */
@Injectable()
export class SignatureRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertRequest(
    request: SigningTarget & { id: string; digestHex: string; signerRequestId: string },
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO signing_requests
         (id, resident_id, municipality_code, procedure_id, form_version, digest_hex, signer_request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        request.id,
        request.residentId,
        request.municipalityCode,
        request.procedureId,
        request.formVersion,
        request.digestHex,
        request.signerRequestId,
      ],
    );
  }

  async findRequest(residentId: string, id: string): Promise<SigningRequestRow | null> {
    const rows = await this.dataSource.query<RequestSqlRow[]>(
      `SELECT * FROM signing_requests WHERE id = $1 AND resident_id = $2`,
      [id, residentId],
    );
    return rows[0] ? toRequest(rows[0]) : null;
  }

  async markSigned(id: string, signature: Uint8Array): Promise<void> {
    await this.dataSource.query(
      `UPDATE signing_requests SET status = 'signed', signature = $2, signed_at = now() WHERE id = $1`,
      [id, Buffer.from(signature)],
    );
  }

  /** The resident's newest verified signature for this procedure and form version, if any. */
  async findLatestSigned(target: SigningTarget): Promise<SigningRequestRow | null> {
    const rows = await this.dataSource.query<RequestSqlRow[]>(
      `SELECT * FROM signing_requests
        WHERE resident_id = $1 AND municipality_code = $2 AND procedure_id = $3 AND form_version = $4
          AND status = 'signed'
        ORDER BY signed_at DESC LIMIT 1`,
      [target.residentId, target.municipalityCode, target.procedureId, target.formVersion],
    );
    return rows[0] ? toRequest(rows[0]) : null;
  }

  /** Keeps the signature with its application and spends the request, in the submission's transaction. */
  async insertApplicationSignature(
    manager: EntityManager,
    requestId: string,
    signature: NewApplicationSignature,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO application_signatures
         (application_id, municipality_code, resident_id, signature, digest_hex, is_valid, failure,
          signing_time, signing_time_source, certificate_serial, certificate_issuer,
          signer_basic_four, comparison)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        signature.applicationId,
        signature.municipalityCode,
        signature.residentId,
        Buffer.from(signature.signature),
        signature.digestHex,
        signature.isValid,
        signature.failure,
        signature.signingTime,
        signature.signingTimeSource,
        signature.certificateSerial,
        signature.certificateIssuer,
        signature.signer === null ? null : JSON.stringify(signature.signer),
        JSON.stringify(signature.comparison),
      ],
    );
    await manager.query(`UPDATE signing_requests SET status = 'used' WHERE id = $1`, [requestId]);
  }

  async findOfApplication(applicationId: string): Promise<ApplicationSignatureRow | null> {
    const rows = await this.dataSource.query<SignatureSqlRow[]>(
      `SELECT is_valid, failure, signing_time, signing_time_source, certificate_serial,
              certificate_issuer, signer_basic_four, comparison, verified_at
         FROM application_signatures WHERE application_id = $1`,
      [applicationId],
    );
    const row = rows[0];
    return row
      ? {
          isValid: row.is_valid,
          failure: row.failure,
          signingTime: row.signing_time,
          signingTimeSource: row.signing_time_source,
          certificateSerial: row.certificate_serial,
          certificateIssuer: row.certificate_issuer,
          signer: row.signer_basic_four,
          comparison: row.comparison,
          verifiedAt: row.verified_at,
        }
      : null;
  }

  /** The SHA-256 of each named attachment the resident may see, by id. */
  async attachmentDigests(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) {
      return new Map();
    }
    const rows = await this.dataSource.query<{ id: string; sha256: string }[]>(
      `SELECT id, sha256 FROM attachments WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.sha256]));
  }

  async municipalityName(code: string): Promise<{ ja: string; en: string }> {
    const rows = await this.dataSource.query<{ name: { ja: string; en: string } }[]>(
      `SELECT name FROM municipalities WHERE code = $1`,
      [code],
    );
    return rows[0]?.name ?? { ja: code, en: code };
  }

  /** Test and verification support: the DER kept with an application. */
  async findSignatureDer(applicationId: string): Promise<Uint8Array | null> {
    const rows = await this.dataSource.query<{ signature: Buffer }[]>(
      `SELECT signature FROM application_signatures WHERE application_id = $1`,
      [applicationId],
    );
    return rows[0] ? new Uint8Array(rows[0].signature) : null;
  }
}
