import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LifeRecord, LifeRecordKind } from '@madoguchi/notifications-domain';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';

/** A life record to insert; its source key says where it came from, once. */
export type NewLifeRecord = {
  id: string;
  municipalityCode: string;
  residentId: string;
  kind: LifeRecordKind;
  fields: Record<string, string>;
  sourceKey: string;
};

type LifeRecordRow = {
  id: string;
  resident_id: string;
  kind: LifeRecordKind;
  fields: Record<string, string>;
};

/** The only place in the worker that touches `life_records`, but for the demo seed command (`cli/`). */
@Injectable()
export class LifeRecordRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** In the caller's transaction; a source key already recorded (a job run twice) is kept as it is. */
  async insertNew(manager: EntityManager, records: readonly NewLifeRecord[]): Promise<void> {
    await manager.query(
      `INSERT INTO life_records (id, municipality_code, resident_id, kind, fields, source_key)
       SELECT * FROM unnest($1::uuid[], $2::char(6)[], $3::text[], $4::text[], $5::jsonb[], $6::text[])
       ON CONFLICT (source_key) DO NOTHING`,
      [
        records.map((record) => record.id),
        records.map((record) => record.municipalityCode),
        records.map((record) => record.residentId),
        records.map((record) => record.kind),
        records.map((record) => JSON.stringify(record.fields)),
        records.map((record) => record.sourceKey),
      ],
    );
  }

  /** Every municipality that has life records, in code order. */
  async findMunicipalityCodes(): Promise<string[]> {
    const rows: { municipality_code: string }[] = await this.dataSource.query(
      // A loose index scan: one index probe per municipality, not a pass over every record.
      `WITH RECURSIVE codes AS (
         (SELECT municipality_code FROM life_records ORDER BY municipality_code LIMIT 1)
         UNION ALL
         SELECT (SELECT l.municipality_code FROM life_records l WHERE l.municipality_code > c.municipality_code ORDER BY l.municipality_code LIMIT 1)
           FROM codes c WHERE c.municipality_code IS NOT NULL)
       SELECT municipality_code FROM codes WHERE municipality_code IS NOT NULL`,
    );
    return rows.map((row) => row.municipality_code);
  }

  /** The resident ids at these fractions (0–1) of the municipality's records, in resident order. */
  async findResidentIdsAt(
    municipalityCode: string,
    fractions: readonly number[],
  ): Promise<(string | null)[]> {
    const [row]: { bounds: (string | null)[] | null }[] = await this.dataSource.query(
      `SELECT percentile_disc($2::float8[]) WITHIN GROUP (ORDER BY resident_id) AS bounds FROM life_records WHERE municipality_code = $1`,
      [municipalityCode, fractions],
    );
    return row?.bounds ?? [];
  }

  /**
   * Up to `limit` records of the municipality in (resident id, id) order, with a resident id after
   * `afterResidentId` and up to `untilResidentId` (null: open).
   */
  async findPage(page: {
    municipalityCode: string;
    afterResidentId: string | null;
    untilResidentId: string | null;
    limit: number;
  }): Promise<LifeRecord[]> {
    const rows: LifeRecordRow[] = await this.dataSource.query(
      `SELECT id, resident_id, kind, fields FROM life_records
        WHERE municipality_code = $1 AND ($2::text IS NULL OR resident_id > $2) AND ($4::text IS NULL OR resident_id <= $4)
        ORDER BY resident_id, id LIMIT $3`,
      [page.municipalityCode, page.afterResidentId, page.limit, page.untilResidentId],
    );
    return rows.map(toLifeRecord);
  }

  async findOfResident(municipalityCode: string, residentId: string): Promise<LifeRecord[]> {
    const rows: LifeRecordRow[] = await this.dataSource.query(
      `SELECT id, resident_id, kind, fields FROM life_records WHERE municipality_code = $1 AND resident_id = $2 ORDER BY id`,
      [municipalityCode, residentId],
    );
    return rows.map(toLifeRecord);
  }
}

function toLifeRecord(row: LifeRecordRow): LifeRecord {
  return { id: row.id, residentId: row.resident_id, kind: row.kind, fields: row.fields };
}
