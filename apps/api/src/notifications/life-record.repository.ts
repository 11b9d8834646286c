import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LifeRecordKind } from '@madoguchi/notifications-domain';
import { LifeRecordEntity, MunicipalityEntity } from '@madoguchi/server-database';
import { DataSource, In } from 'typeorm';

import type { LifeRecordRow, SourceApplication } from './life-record-view.mapper.js';

/** The only place that reads life records, the applications they came from and sent reminders. */
@Injectable()
export class LifeRecordRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listByResident(residentId: string): Promise<LifeRecordRow[]> {
    const rows = await this.dataSource
      .getRepository(LifeRecordEntity)
      .find({ where: { residentId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((row) => ({
      id: row.id,
      residentId: row.residentId,
      kind: row.kind as LifeRecordKind,
      municipalityCode: row.municipalityCode,
      fields: row.fields,
      sourceKey: row.sourceKey,
      createdAt: row.createdAt,
    }));
  }

  /** The resident's own applications among `ids`, with the procedure's current title. */
  async findSourceApplications(
    residentId: string,
    ids: readonly string[],
  ): Promise<SourceApplication[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows: {
      id: string;
      receipt_number: string;
      procedure_id: string;
      title: SourceApplication['procedureTitle'];
    }[] = await this.dataSource.query(
      `SELECT a.id, a.receipt_number, a.procedure_id, p.title
           FROM applications a
           LEFT JOIN procedures p ON p.municipality_code = a.municipality_code AND p.procedure_id = a.procedure_id
          WHERE a.id = ANY($1::uuid[]) AND a.resident_id = $2`,
      [ids, residentId],
    );
    return rows.map((row) => ({
      id: row.id,
      receiptNumber: row.receipt_number,
      procedureId: row.procedure_id,
      procedureTitle: row.title,
    }));
  }

  findMunicipalities(codes: readonly string[]): Promise<MunicipalityEntity[]> {
    return codes.length === 0
      ? Promise.resolve([])
      : this.dataSource.getRepository(MunicipalityEntity).find({
          where: { code: In([...codes]) },
          select: { code: true, name: true, contact: true },
          order: { code: 'ASC' },
        });
  }

  /**
   * The reminders already recorded (sent, or held for quiet hours) for the resident on or after
   * `from`: the scan may have run today already. As `occurrenceId(ruleId, occurrenceKey)`.
   */
  async findRecordedOccurrences(residentId: string, from: string): Promise<Set<string>> {
    const rows: { rule_id: string; occurrence_key: string }[] = await this.dataSource.query(
      `SELECT rule_id, occurrence_key FROM reminder_occurrences WHERE recipient_id = $1 AND due_on >= $2::date`,
      [residentId, from],
    );
    return new Set(rows.map((row) => occurrenceId(row.rule_id, row.occurrence_key)));
  }
}

export function occurrenceId(ruleId: string, occurrenceKey: string): string {
  return `${ruleId}\u0000${occurrenceKey}`;
}
