import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type SealedDocumentKind = 'receipt' | 'decision_notice';

export type SealedDocument = {
  readonly pdf: Buffer;
  readonly receiptJson: Buffer | null;
  readonly receiptSeal: Buffer | null;
  readonly sealedAt: Date;
};

type Row = {
  pdf: Buffer;
  receipt_json: Buffer | null;
  receipt_seal: Buffer | null;
  sealed_at: Date;
};

/** The sealed 控え and 決定通知書 of applications, written once and then only read. */
@Injectable()
export class SealedDocumentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The document kept for this content: `contentKey` is the SHA-256 of the receipt JSON for a
   * 控え (a resubmission is other content), the decision event's id for a 決定通知書.
   */
  async find(
    applicationId: string,
    kind: SealedDocumentKind,
    contentKey: string,
  ): Promise<SealedDocument | null> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT pdf, receipt_json, receipt_seal, sealed_at
         FROM sealed_documents WHERE application_id = $1 AND kind = $2 AND content_key = $3`,
      [applicationId, kind, contentKey],
    );
    const row = rows[0];
    return row
      ? {
          pdf: row.pdf,
          receiptJson: row.receipt_json,
          receiptSeal: row.receipt_seal,
          sealedAt: row.sealed_at,
        }
      : null;
  }

  /**
   * Keeps the first sealed version: a concurrent first download that sealed too loses, and both
   * callers then read the one kept, so every download is the same bytes.
   */
  async keepFirst(
    document: {
      applicationId: string;
      kind: SealedDocumentKind;
      contentKey: string;
      municipalityCode: string;
      residentId: string;
    } & SealedDocument,
  ): Promise<SealedDocument> {
    await this.dataSource.query(
      `INSERT INTO sealed_documents
         (application_id, kind, content_key, municipality_code, resident_id, pdf, receipt_json,
          receipt_seal, sealed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (application_id, kind, content_key) DO NOTHING`,
      [
        document.applicationId,
        document.kind,
        document.contentKey,
        document.municipalityCode,
        document.residentId,
        document.pdf,
        document.receiptJson,
        document.receiptSeal,
        document.sealedAt,
      ],
    );
    return (
      (await this.find(document.applicationId, document.kind, document.contentKey)) ?? document
    );
  }
}
