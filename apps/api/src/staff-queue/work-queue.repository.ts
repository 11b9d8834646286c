import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AuditAction,
  AuditTargetType,
  DueFilter,
  WorkQueueSort,
} from '@madoguchi/procedures-contracts';
import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import {
  ApplicationEntity,
  ApplicationNoteEntity,
  StaffMemberEntity,
} from '@madoguchi/server-database';
import type { JsonObject } from '@madoguchi/server-database';
import type { SelectQueryBuilder } from 'typeorm';
import { Brackets, DataSource } from 'typeorm';

import {
  auditActionParameter,
  auditTargetTypeParameter,
  writeAudit,
} from '../audit/write-audit.js';
import { toContainsPattern } from '../catalog/search-text.js';
import type { StaffActor } from '../identity/actor.js';
import { runInSeparateTenantScope } from '../tenancy/tenant-scope.js';
import { tenantOfActor } from '../tenancy/tenant-transactions.service.js';
import type { PageCursor } from './page-cursor.js';
import type { QueueSearch } from './search-query.js';
import { toReceiptNumber } from './search-query.js';

/** The filters of the queue after parsing, with `me` already resolved to the staff id. */
export type QueueFilter = {
  municipalityCode: string;
  /** One application only (to read a single row with the queue's columns). */
  id?: string;
  procedureId?: string;
  statuses?: readonly ApplicationStatus[];
  /** A staff id, or null for unassigned applications. */
  assigneeId?: string | null;
  due?: DueFilter;
  /** Today in Japan (YYYY-MM-DD), for the due filters. */
  today: string;
  search?: QueueSearch | null;
  sort: WorkQueueSort;
};

/** An application a bulk assignment may change, as it was when the job took its list. */
export type AssignmentTarget = {
  id: string;
  receiptNumber: string;
  status: ApplicationStatus;
  assigneeId: string | null;
  /** `updated_at` as PostgreSQL prints it (microseconds kept), for the compare-and-set. */
  version: string;
};

/** A row of the queue: the application with the columns the entity does not map. */
export type QueueRow = {
  application: ApplicationEntity;
  applicantNameKana: string | null;
  assigneeName: string | null;
  /** The row's sort key as PostgreSQL prints it, for the next page's cursor. */
  sortKey: string;
};

const CLOSED_STATUSES: readonly ApplicationStatus[] = ['completed', 'rejected', 'withdrawn'];
const CLOSED_STATUSES_SQL = CLOSED_STATUSES.map((status) => `'${status}'`).join(', ');

const SORT_KEY_SQL: Record<WorkQueueSort, string> = {
  submitted: `to_char(a.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  due: `COALESCE(a.due_date, 'infinity'::date)::text`,
};

const ASSIGNMENT_TARGET_COLUMNS = [
  'a.id AS id',
  'a.receipt_number AS receipt_number',
  'a.status AS status',
  'a.assignee_id AS assignee_id',
  'a.updated_at::text AS version',
];

type AssignmentTargetRow = {
  id: string;
  receipt_number: string;
  status: ApplicationStatus;
  assignee_id: string | null;
  version: string;
};

function toAssignmentTargets(rows: AssignmentTargetRow[]): AssignmentTarget[] {
  return rows.map((row) => ({
    id: row.id,
    receiptNumber: row.receipt_number,
    status: row.status,
    assigneeId: row.assignee_id,
    version: row.version,
  }));
}

/**
 * The keyset order of the queue on the rows' printed keys: both sort keys print in an order that
 * sorts as text (a fixed-width UTC instant; an ISO date, or `infinity` after every date), and
 * PostgreSQL orders uuids as their lower-case hexadecimal text does.
 */
function compareQueueRows(left: QueueRow, right: QueueRow): number {
  if (left.sortKey !== right.sortKey) {
    return left.sortKey < right.sortKey ? -1 : 1;
  }
  const [leftId, rightId] = [left.application.id, right.application.id];
  return leftId === rightId ? 0 : leftId < rightId ? -1 : 1;
}

/** The queries of the work queue, its export, assignments and internal notes. */
@Injectable()
export class WorkQueueRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One page in keyset order: rows after `cursor`, at most `limit`. With several statuses, each
   * status is read as a range of its own in the page's order (an index that leads with the
   * status, such as applications_queue_procedure_status_idx, answers it at once even when the
   * combination is rare) and the ranges are merged: `status IN (…)` would make the planner walk
   * the municipality's whole (submitted_at, id) order discarding rows.
   */
  async listPage(
    filter: QueueFilter,
    cursor: PageCursor | null,
    limit: number,
  ): Promise<QueueRow[]> {
    const statuses = [...new Set(filter.statuses ?? [])];
    if (statuses.length < 2 || filter.id !== undefined) {
      return this.listRange(filter, cursor, limit);
    }
    const ranges: QueueRow[][] = [];
    // One after the other: the tenant scope's queries share one connection.
    for (const status of statuses) {
      ranges.push(await this.listRange({ ...filter, statuses: [status] }, cursor, limit));
    }
    return ranges.flat().sort(compareQueueRows).slice(0, limit);
  }

  private async listRange(
    filter: QueueFilter,
    cursor: PageCursor | null,
    limit: number,
  ): Promise<QueueRow[]> {
    const query = this.filtered(filter)
      .addSelect('a.applicant_name_kana', 'applicant_name_kana')
      .addSelect('s.display_name', 'assignee_name')
      .addSelect(SORT_KEY_SQL[filter.sort], 'sort_key')
      .leftJoin(
        StaffMemberEntity,
        's',
        's.id = a.assignee_id AND s.municipality_code = a.municipality_code',
      );
    if (filter.sort === 'submitted') {
      if (cursor) {
        query.andWhere(
          '(a.submitted_at, a.id) > (CAST(:cursorKey AS timestamptz), CAST(:cursorId AS uuid))',
          {
            cursorKey: cursor.key,
            cursorId: cursor.id,
          },
        );
      }
      query.orderBy('a.submitted_at', 'ASC').addOrderBy('a.id', 'ASC');
    } else {
      if (cursor) {
        query.andWhere(
          `(COALESCE(a.due_date, 'infinity'::date), a.id) > (CAST(:cursorKey AS date), CAST(:cursorId AS uuid))`,
          { cursorKey: cursor.key, cursorId: cursor.id },
        );
      }
      query.orderBy(`COALESCE(a.due_date, 'infinity'::date)`, 'ASC').addOrderBy('a.id', 'ASC');
    }
    const { entities, raw } = await query.limit(limit).getRawAndEntities<{
      applicant_name_kana: string | null;
      assignee_name: string | null;
      sort_key: string;
    }>();
    return entities.map((application, index) => ({
      application,
      applicantNameKana: raw[index]?.applicant_name_kana ?? null,
      assigneeName: raw[index]?.assignee_name ?? null,
      sortKey: raw[index]?.sort_key ?? '',
    }));
  }

  /** One application as a queue row (with its kana and assignee name). */
  async findRow(municipalityCode: string, id: string): Promise<QueueRow | null> {
    const rows = await this.listPage(
      { municipalityCode, id, today: '', sort: 'submitted' },
      null,
      1,
    );
    return rows[0] ?? null;
  }

  /** One application of each form version among the procedure's applications (for export columns). */
  async findOnePerFormVersion(
    municipalityCode: string,
    procedureId: string,
  ): Promise<ApplicationEntity[]> {
    return this.dataSource
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .distinctOn(['a.form_version'])
      .where('a.municipality_code = :municipalityCode AND a.procedure_id = :procedureId', {
        municipalityCode,
        procedureId,
      })
      .orderBy('a.form_version', 'DESC')
      .getMany();
  }

  findApplication(municipalityCode: string, id: string): Promise<ApplicationEntity | null> {
    return this.dataSource.getRepository(ApplicationEntity).findOneBy({ id, municipalityCode });
  }

  findStaffMember(municipalityCode: string, id: string): Promise<StaffMemberEntity | null> {
    return this.dataSource.getRepository(StaffMemberEntity).findOneBy({ id, municipalityCode });
  }

  listStaffMembers(municipalityCode: string): Promise<StaffMemberEntity[]> {
    return this.dataSource
      .getRepository(StaffMemberEntity)
      .find({ where: { municipalityCode }, order: { displayName: 'ASC' }, take: 500 });
  }

  /**
   * Sets the assignee (担当) with an audit row, in one transaction. No workflow event: the
   * resident's history only shows status changes. `updated_at` moves so that a transition
   * prepared on the old state fails its compare-and-set instead of undoing the assignment.
   */
  async assign(
    actor: StaffActor,
    application: ApplicationEntity,
    assigneeId: string | null,
  ): Promise<ApplicationEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(ApplicationEntity)
        .set({ assigneeId, updatedAt: new Date() })
        .where('id = :id AND updated_at = :updatedAt', {
          id: application.id,
          updatedAt: application.updatedAt,
        })
        .execute();
      if (result.affected !== 1) {
        return null;
      }
      await writeAudit(manager, {
        municipalityCode: application.municipalityCode,
        actor,
        action: 'application.assign',
        target: { type: 'application', id: application.id },
        detail: { from: application.assigneeId, to: assigneeId },
      });
      return manager.findOneByOrFail(ApplicationEntity, { id: application.id });
    });
  }

  /** How many applications the queue's filters match. */
  countMatching(filter: QueueFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  /**
   * The applications a filter matches, a page at a time in id order (after `afterId`), with
   * only the columns a bulk assignment needs: the same filter code as the queue's pages.
   */
  async listAssignmentTargets(
    filter: QueueFilter,
    afterId: string | null,
    limit: number,
  ): Promise<AssignmentTarget[]> {
    const query = this.filtered(filter);
    if (afterId !== null) {
      query.andWhere('a.id > CAST(:afterId AS uuid)', { afterId });
    }
    return toAssignmentTargets(
      await query
        .select(ASSIGNMENT_TARGET_COLUMNS)
        .orderBy('a.id', 'ASC')
        .limit(limit)
        .getRawMany<AssignmentTargetRow>(),
    );
  }

  /** The applications of the municipality among `ids` (unknown ids are left out). */
  async findAssignmentTargets(
    municipalityCode: string,
    ids: readonly string[],
  ): Promise<AssignmentTarget[]> {
    return toAssignmentTargets(
      await this.dataSource
        .getRepository(ApplicationEntity)
        .createQueryBuilder('a')
        .select(ASSIGNMENT_TARGET_COLUMNS)
        .where('a.municipality_code = :municipalityCode AND a.id = ANY(CAST(:ids AS uuid[]))', {
          municipalityCode,
          ids: [...ids],
        })
        .orderBy('a.id', 'ASC')
        .getRawMany<AssignmentTargetRow>(),
    );
  }

  /**
   * Sets the assignee of a batch of a bulk assignment in one statement, with an
   * `application.assign` audit row per application changed (who, from whom, to whom, and the
   * job). An application is changed only if it is still as the job found it (`updated_at`, as
   * the single assignment's compare-and-set) and still open; the ids of those changed come back.
   */
  async assignBatch(
    actor: StaffActor,
    targets: readonly AssignmentTarget[],
    assigneeId: string | null,
    bulkAssignmentId: string,
  ): Promise<string[]> {
    if (targets.length === 0) {
      return [];
    }
    const rows = await this.dataSource.query<{ id: string }[]>(
      `WITH target AS (
         SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::text[])
             AS t(id, version, previous_assignee)
       ),
       changed AS (
         UPDATE applications a
            SET assignee_id = $4, updated_at = now()
           FROM target t
          WHERE a.id = t.id AND a.updated_at = t.version AND a.municipality_code = $5
            AND a.status NOT IN (${CLOSED_STATUSES_SQL})
         RETURNING a.id, t.previous_assignee
       ),
       audited AS (
         INSERT INTO audit_log
           (municipality_code, actor_kind, actor_id, action, target_type, target_id, detail)
         SELECT $5, $6, $7, $9, $10, c.id::text,
                jsonb_build_object('from', c.previous_assignee, 'to', $4::text,
                                   'bulkAssignmentId', $8::text)
           FROM changed c
       )
       SELECT id FROM changed`,
      [
        targets.map((target) => target.id),
        targets.map((target) => target.version),
        targets.map((target) => target.assigneeId),
        assigneeId,
        actor.municipalityCode,
        actor.kind,
        actor.id,
        bulkAssignmentId,
        auditActionParameter('application.assign'),
        auditTargetTypeParameter('application'),
      ],
    );
    return rows.map((row) => row.id);
  }

  listNotes(applicationId: string): Promise<ApplicationNoteEntity[]> {
    return this.dataSource
      .getRepository(ApplicationNoteEntity)
      .find({ where: { applicationId }, order: { createdAt: 'ASC', id: 'ASC' }, take: 1000 });
  }

  /** Stores a note with its audit row (which names the note, never its text). */
  async addNote(
    actor: StaffActor,
    application: ApplicationEntity,
    body: string,
  ): Promise<ApplicationNoteEntity> {
    return this.dataSource.transaction(async (manager) => {
      const id = randomUUID();
      await manager.insert(ApplicationNoteEntity, {
        id,
        applicationId: application.id,
        municipalityCode: application.municipalityCode,
        authorId: actor.id,
        authorName: actor.displayName,
        body,
      });
      await writeAudit(manager, {
        municipalityCode: application.municipalityCode,
        actor,
        action: 'application.note.add',
        target: { type: 'application', id: application.id },
        detail: { noteId: id },
      });
      return manager.findOneByOrFail(ApplicationNoteEntity, { id });
    });
  }

  /**
   * The audit row in a transaction of its own, committed before the caller goes on: an export's
   * row is on record before the first byte of the file leaves, even if the file is cut short.
   */
  recordCommittedAudit(
    actor: StaffActor,
    action: AuditAction,
    targetType: AuditTargetType,
    targetId: string,
    detail: JsonObject,
  ): Promise<void> {
    return runInSeparateTenantScope(this.dataSource, tenantOfActor(actor), () =>
      this.recordAudit(actor, action, targetType, targetId, detail),
    );
  }

  async recordAudit(
    actor: StaffActor,
    action: AuditAction,
    targetType: AuditTargetType,
    targetId: string,
    detail: JsonObject,
  ): Promise<void> {
    await writeAudit(this.dataSource.manager, {
      municipalityCode: actor.municipalityCode,
      actor,
      action,
      target: { type: targetType, id: targetId },
      detail,
    });
  }

  private filtered(filter: QueueFilter): SelectQueryBuilder<ApplicationEntity> {
    const query = this.dataSource
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .where('a.municipality_code = :municipalityCode', {
        municipalityCode: filter.municipalityCode,
      });
    if (filter.id !== undefined) {
      query.andWhere('a.id = :id', { id: filter.id });
    }
    if (filter.procedureId !== undefined) {
      query.andWhere('a.procedure_id = :procedureId', { procedureId: filter.procedureId });
    }
    if (filter.statuses !== undefined && filter.statuses.length > 0) {
      query.andWhere('a.status IN (:...statuses)', { statuses: [...filter.statuses] });
    }
    if (filter.assigneeId === null) {
      query.andWhere('a.assignee_id IS NULL');
    } else if (filter.assigneeId !== undefined) {
      query.andWhere('a.assignee_id = :assigneeId', { assigneeId: filter.assigneeId });
    }
    this.applyDueFilter(query, filter);
    if (filter.search) {
      this.applySearch(query, filter.search);
    }
    return query;
  }

  private applyDueFilter(query: SelectQueryBuilder<ApplicationEntity>, filter: QueueFilter): void {
    const params = { today: filter.today };
    switch (filter.due) {
      case undefined:
        return;
      case 'overdue':
        // In the form of the partial index applications_open_due_idx (its expression and its
        // closed statuses as constants), which serves it whichever order the page is in.
        query.andWhere(
          `COALESCE(a.due_date, 'infinity'::date) < CAST(:today AS date) AND a.status NOT IN (${CLOSED_STATUSES_SQL})`,
          params,
        );
        return;
      case 'today':
        query.andWhere('a.due_date = CAST(:today AS date)', params);
        return;
      case 'week':
        query.andWhere(
          'a.due_date >= CAST(:today AS date) AND a.due_date < CAST(:today AS date) + 7',
          params,
        );
        return;
    }
  }

  /**
   * A whole 受付番号 is one row of the unique (municipality_code, receipt_number) index. A name is
   * looked for in the normalised columns (spaces, including the ideographic space, removed; the
   * kanji name in lower case) with `~~~`, LIKE through a LEAKPROOF function whose trigram indexes
   * serve it under row-level security; the start of a 受付番号 as a byte range of the "C" collation
   * (every character of the alphabet and the hyphen sort before `~`). See
   * QueueIndexesAndLeakproofPolicies1765500000100.
   */
  private applySearch(query: SelectQueryBuilder<ApplicationEntity>, search: QueueSearch): void {
    if (search.receiptNumber !== null) {
      query.andWhere('a.receipt_number = :receiptNumber', { receiptNumber: search.receiptNumber });
      return;
    }
    query.andWhere(
      new Brackets((where) => {
        where
          .where('a.applicant_name_search ~~~ :namePattern', {
            namePattern: toContainsPattern(search.name.toLowerCase()),
          })
          .orWhere('a.applicant_name_kana_search ~~~ :kanaPattern', {
            kanaPattern: toContainsPattern(search.kana),
          });
        if (search.receiptPrefix !== null) {
          const prefix = toReceiptNumber(search.receiptPrefix);
          where.orWhere(
            `(a.receipt_number COLLATE "C" >= :receiptFrom AND a.receipt_number COLLATE "C" < :receiptTo)`,
            { receiptFrom: prefix, receiptTo: `${prefix}~` },
          );
        }
      }),
    );
  }
}
