import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction } from '@madoguchi/procedures-contracts';
import { ApplicationEntity, AttachmentEntity } from '@madoguchi/server-database';
import type { JsonObject } from '@madoguchi/server-database';
import { DataSource } from 'typeorm';

import type { AuditEntry } from '../audit/write-audit.js';
import { writeAudit } from '../audit/write-audit.js';
import type { PageCursor } from '../staff-queue/page-cursor.js';
import type { BackOfficeCaller } from './back-office-key.guard.js';

export type BackOfficeFilter = {
  municipalityCode: string;
  acknowledged?: boolean;
  since?: string;
  procedureId?: string;
};

export type BackOfficeRow = {
  application: ApplicationEntity;
  applicantNameKana: string | null;
  acknowledgedAt: Date | null;
  sortKey: string;
};

/** What the back-office pull API reads and writes, always within the key's municipality. */
@Injectable()
export class BackOfficeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Applications in order of arrival (keyset on receipt time and id), after `cursor`. */
  async listPage(
    filter: BackOfficeFilter,
    cursor: PageCursor | null,
    limit: number,
  ): Promise<BackOfficeRow[]> {
    const query = this.dataSource
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .addSelect('a.applicant_name_kana', 'applicant_name_kana')
      .addSelect('a.acknowledged_at', 'acknowledged_at')
      .addSelect(
        `to_char(a.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
        'sort_key',
      )
      .where('a.municipality_code = :municipalityCode', {
        municipalityCode: filter.municipalityCode,
      })
      // Drafts never reach this table today; the pull API would not hand one out if they did.
      .andWhere(`a.status <> 'draft'`);
    if (filter.acknowledged !== undefined) {
      query.andWhere(
        filter.acknowledged ? 'a.acknowledged_at IS NOT NULL' : 'a.acknowledged_at IS NULL',
      );
    }
    if (filter.since !== undefined) {
      query.andWhere('a.submitted_at >= CAST(:since AS timestamptz)', { since: filter.since });
    }
    if (filter.procedureId !== undefined) {
      query.andWhere('a.procedure_id = :procedureId', { procedureId: filter.procedureId });
    }
    if (cursor) {
      query.andWhere(
        '(a.submitted_at, a.id) > (CAST(:cursorKey AS timestamptz), CAST(:cursorId AS uuid))',
        {
          cursorKey: cursor.key,
          cursorId: cursor.id,
        },
      );
    }
    const { entities, raw } = await query
      .orderBy('a.submitted_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(limit)
      .getRawAndEntities<{
        applicant_name_kana: string | null;
        acknowledged_at: Date | null;
        sort_key: string;
      }>();
    return entities.map((application, index) => ({
      application,
      applicantNameKana: raw[index]?.applicant_name_kana ?? null,
      acknowledgedAt: raw[index]?.acknowledged_at ?? null,
      sortKey: raw[index]?.sort_key ?? '',
    }));
  }

  async findByReceiptNumber(
    municipalityCode: string,
    receiptNumber: string,
  ): Promise<BackOfficeRow | null> {
    const { entities, raw } = await this.dataSource
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .addSelect('a.applicant_name_kana', 'applicant_name_kana')
      .addSelect('a.acknowledged_at', 'acknowledged_at')
      .where('a.municipality_code = :municipalityCode AND a.receipt_number = :receiptNumber', {
        municipalityCode,
        receiptNumber,
      })
      .andWhere(`a.status <> 'draft'`)
      .getRawAndEntities<{ applicant_name_kana: string | null; acknowledged_at: Date | null }>();
    const application = entities[0];
    if (!application) {
      return null;
    }
    return {
      application,
      applicantNameKana: raw[0]?.applicant_name_kana ?? null,
      acknowledgedAt: raw[0]?.acknowledged_at ?? null,
      sortKey: '',
    };
  }

  listAttachments(applicationId: string): Promise<AttachmentEntity[]> {
    return this.dataSource
      .getRepository(AttachmentEntity)
      .find({ where: { applicationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * 取得済み: sets `acknowledged_at` once (later calls keep the first time) with an audit row.
   * Returns the acknowledgement time and whether this call set it.
   */
  async acknowledge(
    caller: BackOfficeCaller,
    application: ApplicationEntity,
  ): Promise<{ acknowledgedAt: Date; isFirst: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      // The first call sets the time; later calls read it (the CTE's update is invisible to the
      // second SELECT, which therefore only answers when nothing was updated).
      const rows: { acknowledged_at: Date; is_first: boolean }[] = await manager.query(
        `WITH updated AS (
           UPDATE applications SET acknowledged_at = now()
            WHERE id = $1 AND acknowledged_at IS NULL
           RETURNING acknowledged_at
         )
         SELECT acknowledged_at, true AS is_first FROM updated
         UNION ALL
         SELECT acknowledged_at, false AS is_first FROM applications
          WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM updated)`,
        [application.id],
      );
      const acknowledgedAt = rows[0]?.acknowledged_at ?? new Date();
      const isFirst = rows[0]?.is_first ?? false;
      await writeAudit(manager, {
        ...auditActor(caller),
        action: 'application.acknowledge',
        target: { type: 'application', id: application.id },
        detail: { apiKeyId: caller.keyId, isFirst },
      });
      return { acknowledgedAt, isFirst };
    });
  }

  async recordAudit(
    caller: BackOfficeCaller,
    action: AuditAction,
    application: ApplicationEntity,
    detail: JsonObject,
  ): Promise<void> {
    await writeAudit(this.dataSource.manager, {
      ...auditActor(caller),
      action,
      target: { type: 'application', id: application.id },
      detail: { apiKeyId: caller.keyId, ...detail },
    });
  }
}

/** A back-office system acts as a `system` actor named by its key. */
function auditActor(caller: BackOfficeCaller): Pick<AuditEntry, 'municipalityCode' | 'actor'> {
  return {
    municipalityCode: caller.municipalityCode,
    actor: { kind: 'system', id: `api-key:${caller.keyId}` },
  };
}
