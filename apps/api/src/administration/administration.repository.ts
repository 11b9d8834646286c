import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseFormDefinition } from '@madoguchi/forms-schema';
import type { AuditAction, AuditTargetType } from '@madoguchi/procedures-contracts';
import type { JsonObject } from '@madoguchi/server-database';
import { ProcedureEntity } from '@madoguchi/server-database';
import type { DataSource, EntityManager } from 'typeorm';

import { writeAudit } from '../audit/write-audit.js';
import { procedureSearchColumns } from '../catalog/seed-catalog-search.js';
import type { StaffActor } from '../identity/actor.js';
import type { AuditCursor } from './audit-cursor.js';

/** A standard procedure with the municipality's row for it, if it has one. */
export type ProcedureOfferingRow = {
  procedureId: string;
  title: { ja: string; en: string; easyJa: string };
  category: string;
  isEnabled: boolean | null;
  formVersion: number | null;
};

export type AuditLogRow = {
  id: string;
  occurredAt: string;
  actorKind: 'resident' | 'staff' | 'system';
  actorId: string;
  actorName: string | null;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string;
  receiptNumber: string | null;
  detail: JsonObject;
};

export type AuditLogSearch = {
  municipalityCode: string;
  actorId?: string;
  /** The application the rows must be about (its id), found from the 受付番号. */
  applicationId?: string;
  actionPrefix?: string;
  /** One code exactly. */
  action?: AuditAction;
  /** Any of these codes (a group's). */
  actions?: readonly AuditAction[];
  /** Japan-time days, inclusive. */
  from?: string;
  to?: string;
  cursor?: AuditCursor;
  limit: number;
};

/** The latest version of every standard form, with the municipality's procedure row beside it. */
const OFFERINGS_SQL = `
  SELECT f.procedure_id AS "procedureId",
         coalesce(p.title, f.definition->'title') AS title,
         coalesce(p.category, f.definition->>'category') AS category,
         p.enabled AS "isEnabled",
         p.form_version AS "formVersion"
    FROM (SELECT DISTINCT ON (procedure_id) procedure_id, definition
            FROM form_versions ORDER BY procedure_id, version DESC) f
    LEFT JOIN procedures p ON p.procedure_id = f.procedure_id AND p.municipality_code = $1`;

/** `_` is a LIKE wildcard and occurs in action codes (`api_key.create`): matched literally. */
function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * The only place that touches TypeORM for the administration console: the municipality's
 * procedure rows (受付中 / 停止中) and reads of its audit trail. Every write carries its audit
 * row in the same transaction.
 */
@Injectable()
export class AdministrationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every standard procedure, the municipality's in its display order first, then the others. */
  listOfferings(municipalityCode: string): Promise<ProcedureOfferingRow[]> {
    return this.dataSource.query<ProcedureOfferingRow[]>(
      `${OFFERINGS_SQL}
       ORDER BY p.procedure_id IS NULL, p.display_order, f.procedure_id`,
      [municipalityCode],
    );
  }

  async findOffering(
    municipalityCode: string,
    procedureId: string,
  ): Promise<ProcedureOfferingRow | null> {
    const rows = await this.dataSource.query<ProcedureOfferingRow[]>(
      `${OFFERINGS_SQL} WHERE f.procedure_id = $2`,
      [municipalityCode, procedureId],
    );
    return rows[0] ?? null;
  }

  /**
   * Sets whether the municipality accepts a procedure, with the audit row, in one transaction.
   * A procedure it has never accepted gets its row (and the standard form as its effective form)
   * when first switched on. No change, no write. Concurrent switches of one procedure queue on a
   * transaction lock, so the audit rows tell the changes in the order they happened.
   * Returns whether anything changed.
   */
  async setAvailability(
    actor: StaffActor,
    procedureId: string,
    isEnabled: boolean,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `procedure-availability:${actor.municipalityCode}:${procedureId}`,
      ]);
      const current = await manager.findOneBy(ProcedureEntity, {
        municipalityCode: actor.municipalityCode,
        procedureId,
      });
      const wasEnabled = current?.enabled ?? false;
      if (wasEnabled === isEnabled) {
        return false;
      }
      if (current) {
        await manager.update(
          ProcedureEntity,
          { municipalityCode: actor.municipalityCode, procedureId },
          { enabled: isEnabled },
        );
      } else {
        await this.offerStandardForm(manager, actor.municipalityCode, procedureId);
      }
      await writeAudit(manager, {
        municipalityCode: actor.municipalityCode,
        actor: actor,
        action: isEnabled ? 'procedure.enable' : 'procedure.disable',
        target: { type: 'procedure', id: procedureId },
        detail: { procedureId, from: current ? wasEnabled : null, to: isEnabled },
      });
      return true;
    });
  }

  /**
   * The municipality's first row for a procedure: the latest standard form, published as its
   * effective form as is (an overlay comes later, from the overlay editor), listed last.
   */
  private async offerStandardForm(
    manager: EntityManager,
    municipalityCode: string,
    procedureId: string,
  ): Promise<void> {
    const [standard] = await manager.query<{ version: number; definition: unknown }[]>(
      `SELECT version, definition FROM form_versions WHERE procedure_id = $1
        ORDER BY version DESC LIMIT 1`,
      [procedureId],
    );
    if (!standard) {
      throw new Error(`no standard form for ${procedureId}`);
    }
    const definition = parseFormDefinition(standard.definition);
    const [existing] = await manager.query<{ version: number }[]>(
      `SELECT version FROM effective_forms
        WHERE municipality_code = $1 AND procedure_id = $2 AND base_version = $3
          AND overlay_checksum IS NULL
        ORDER BY version DESC LIMIT 1`,
      [municipalityCode, procedureId, standard.version],
    );
    let version = existing?.version;
    if (version === undefined) {
      const [latest] = await manager.query<{ version: number | null }[]>(
        `SELECT max(version) AS version FROM effective_forms
          WHERE municipality_code = $1 AND procedure_id = $2`,
        [municipalityCode, procedureId],
      );
      version = (latest?.version ?? 0) + 1;
      await manager.query(
        `INSERT INTO effective_forms
           (municipality_code, procedure_id, version, base_version, overlay_checksum, definition)
         VALUES ($1, $2, $3, $4, NULL, $5)`,
        [municipalityCode, procedureId, version, standard.version, JSON.stringify(definition)],
      );
    }
    const [order] = await manager.query<{ next: number }[]>(
      'SELECT coalesce(max(display_order), -1) + 1 AS next FROM procedures WHERE municipality_code = $1',
      [municipalityCode],
    );
    await manager.insert(ProcedureEntity, {
      municipalityCode,
      procedureId,
      title: definition.title,
      summary: definition.summary,
      category: definition.category,
      formVersion: version,
      identityLevel: definition.identityLevel,
      enabled: true,
      standardProcessingDays: definition.standardProcessingDays ?? null,
      displayOrder: order?.next ?? 0,
      ...procedureSearchColumns(definition),
    });
  }

  /** The id of the municipality's application with this 受付番号, if any. */
  async findApplicationId(municipalityCode: string, receiptNumber: string): Promise<string | null> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      'SELECT id FROM applications WHERE municipality_code = $1 AND receipt_number = $2',
      [municipalityCode, receiptNumber],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * One page of the municipality's audit trail, newest first (`limit + 1` rows: the extra one
   * tells that there is a next page). An attachment's download counts as a row about its
   * application. Row-level security holds the municipality too; the condition here says so.
   */
  searchAuditLog(search: AuditLogSearch): Promise<AuditLogRow[]> {
    const conditions = ['a.municipality_code = $1'];
    const parameters: unknown[] = [search.municipalityCode];
    const add = (condition: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      conditions.push(condition(`$${parameters.length}`));
    };
    if (search.actorId !== undefined) {
      add((p) => `a.actor_id = ${p}`, search.actorId);
    }
    if (search.applicationId !== undefined) {
      add(
        (p) =>
          `((a.target_type = 'application' AND a.target_id = ${p})
            OR (a.target_type = 'attachment' AND a.detail->>'applicationId' = ${p}))`,
        search.applicationId,
      );
    }
    if (search.actionPrefix !== undefined) {
      add((p) => `a.action LIKE ${p}`, likePrefix(search.actionPrefix));
    }
    if (search.action !== undefined) {
      add((p) => `a.action = ${p}`, search.action);
    }
    if (search.actions !== undefined) {
      add((p) => `a.action = ANY(${p}::text[])`, [...search.actions]);
    }
    if (search.from !== undefined) {
      add((p) => `a.occurred_at >= (${p}::date)::timestamp AT TIME ZONE 'Asia/Tokyo'`, search.from);
    }
    if (search.to !== undefined) {
      add(
        (p) => `a.occurred_at < (${p}::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo'`,
        search.to,
      );
    }
    if (search.cursor !== undefined) {
      parameters.push(search.cursor.occurredAt, search.cursor.id);
      conditions.push(
        `(a.occurred_at, a.id) < ($${parameters.length - 1}::timestamptz, $${parameters.length}::bigint)`,
      );
    }
    parameters.push(search.limit + 1);
    return this.dataSource.query<AuditLogRow[]>(
      `SELECT a.id::text AS id,
              to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "occurredAt",
              a.actor_kind AS "actorKind", a.actor_id AS "actorId", s.display_name AS "actorName",
              a.action, a.target_type AS "targetType", a.target_id AS "targetId",
              app.receipt_number AS "receiptNumber", a.detail
         FROM audit_log a
         LEFT JOIN staff_members s
           ON a.actor_kind = 'staff' AND s.id = a.actor_id AND s.municipality_code = a.municipality_code
         LEFT JOIN applications app
           ON app.municipality_code = a.municipality_code
          AND app.id::text = CASE a.target_type
                               WHEN 'application' THEN a.target_id
                               WHEN 'attachment' THEN a.detail->>'applicationId'
                             END
        WHERE ${conditions.join(' AND ')}
        ORDER BY a.occurred_at DESC, a.id DESC
        LIMIT $${parameters.length}`,
      parameters,
    );
  }
}
