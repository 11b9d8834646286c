import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApplicationStatus } from '@madoguchi/procedures-domain';

import type { JsonObject } from '@madoguchi/server-database';
import { DataSource } from 'typeorm';

import { writeAudit } from '../audit/write-audit.js';
import type { StaffActor } from '../identity/actor.js';

/** The statuses the queue calls closed (no 処理期限 runs after them). */
const CLOSED_STATUSES: readonly ApplicationStatus[] = ['completed', 'rejected', 'withdrawn'];
const DECIDED_STATUSES: readonly ApplicationStatus[] = ['completed', 'rejected'];

/** The audit actions of this module (who started and who downloaded which bulk export). */
export type DashboardAuditAction = 'application.export.job' | 'application.export.download';

export type DashboardPeriod = { today: string; since: string };

export type DailyProcedureRow = { date: string; procedureId: string; count: number };

export type ProcedureFiguresRow = {
  procedureId: string;
  title: string;
  standardProcessingDays: number | null;
  overdueCount: number;
  receivedCount: number;
  correctedCount: number;
};

/** How many applications of a procedure were received on one day and decided on another. */
export type DecisionDaysRow = {
  procedureId: string;
  receivedOn: string;
  decidedOn: string;
  count: number;
};

export type DailyCountRow = { date: string; count: number };

/** Drafts of one procedure at one step (null: no step recorded yet), and its submissions. */
export type DraftStepCountRow = {
  procedureId: string;
  stepId: string | null;
  drafts: number;
  submitted: number;
};

/**
 * The dashboard's aggregates: counts and medians only, never a name or an answer. Every query
 * names the municipality, and runs inside the request's tenant transaction, where row-level
 * security hides every other municipality's rows as a second wall.
 */
@Injectable()
export class DashboardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Today in Japan and the first day of a period of `days` days ending today. */
  async period(days: number): Promise<DashboardPeriod> {
    const rows: { today: string; since: string }[] = await this.dataSource.query(
      `SELECT to_char(d, 'YYYY-MM-DD') AS today, to_char(d - ($1::int - 1), 'YYYY-MM-DD') AS since
         FROM (SELECT (now() AT TIME ZONE 'Asia/Tokyo')::date AS d) t`,
      [days],
    );
    const row = rows[0];
    if (!row) {
      throw new Error('PostgreSQL answered no date');
    }
    return row;
  }

  /** Applications received per day (Japan time) and procedure since `since`. */
  async applicationsPerDay(municipalityCode: string, since: string): Promise<DailyProcedureRow[]> {
    const rows: { date: string; procedure_id: string; count: number }[] =
      await this.dataSource.query(
        `SELECT to_char((submitted_at AT TIME ZONE 'Asia/Tokyo')::date, 'YYYY-MM-DD') AS date,
                procedure_id, count(*)::int AS count
           FROM applications
          WHERE municipality_code = $1 AND status <> 'draft'
            AND submitted_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Tokyo'
          GROUP BY 1, 2
          ORDER BY 1, 2`,
        [municipalityCode, since],
      );
    return rows.map((row) => ({ date: row.date, procedureId: row.procedure_id, count: row.count }));
  }

  /**
   * The applications decided (completed / rejected) since `since`, counted per procedure, day of
   * receipt and day of the decision (Japan time, the day of the last decision event). The
   * service turns the days into business days with the one calendar of closed days
   * (`businessDaysBetween`); SQL would need a second copy of the holidays.
   */
  async decisionDays(
    municipalityCode: string,
    period: DashboardPeriod,
  ): Promise<DecisionDaysRow[]> {
    const rows: { procedure_id: string; received_on: string; decided_on: string; count: number }[] =
      await this.dataSource.query(
        `WITH decided AS (
           SELECT a.procedure_id,
                  (a.submitted_at AT TIME ZONE 'Asia/Tokyo')::date AS received_on,
                  (max(e.occurred_at) AT TIME ZONE 'Asia/Tokyo')::date AS decided_on
             FROM applications a
             JOIN application_events e ON e.application_id = a.id AND e.to_status = ANY($3)
            WHERE a.municipality_code = $1 AND a.status = ANY($3)
            GROUP BY a.id, a.procedure_id, a.submitted_at
         )
         SELECT procedure_id, to_char(received_on, 'YYYY-MM-DD') AS received_on,
                to_char(decided_on, 'YYYY-MM-DD') AS decided_on, count(*)::int AS count
           FROM decided
          WHERE decided_on >= $2::date
          GROUP BY 1, 2, 3
          ORDER BY 1, 2, 3`,
        [municipalityCode, period.since, DECIDED_STATUSES],
      );
    return rows.map((row) => ({
      procedureId: row.procedure_id,
      receivedOn: row.received_on,
      decidedOn: row.decided_on,
      count: row.count,
    }));
  }

  /**
   * Per procedure of the municipality: the open applications past their 処理期限 that do not
   * wait on the resident (補正依頼 stops the clock, as 行政手続法 第7条 lets it); and how many of the
   * applications received since `since` got a 補正依頼.
   */
  async procedureFigures(
    municipalityCode: string,
    period: DashboardPeriod,
  ): Promise<ProcedureFiguresRow[]> {
    const rows: {
      procedure_id: string;
      title: string;
      standard_processing_days: number | null;
      overdue_count: number;
      received_count: number;
      corrected_count: number;
    }[] = await this.dataSource.query(
      `WITH open_figures AS (
         SELECT a.procedure_id,
                count(*) FILTER (
                  WHERE a.due_date < $2::date AND a.status <> ALL($4)
                    AND a.status NOT IN ('draft', 'correction_requested'))::int AS overdue_count,
                count(*) FILTER (
                  WHERE a.submitted_at >= ($3::date)::timestamp AT TIME ZONE 'Asia/Tokyo'
                    AND a.status <> 'draft')::int AS received_count,
                count(*) FILTER (
                  WHERE a.submitted_at >= ($3::date)::timestamp AT TIME ZONE 'Asia/Tokyo'
                    AND a.status <> 'draft'
                    AND EXISTS (SELECT 1 FROM application_events c
                                 WHERE c.application_id = a.id
                                   AND c.to_status = 'correction_requested'))::int AS corrected_count
           FROM applications a
          WHERE a.municipality_code = $1
          GROUP BY a.procedure_id
       )
       SELECT p.procedure_id, p.title ->> 'ja' AS title, p.standard_processing_days,
              COALESCE(o.overdue_count, 0)::int AS overdue_count,
              COALESCE(o.received_count, 0)::int AS received_count,
              COALESCE(o.corrected_count, 0)::int AS corrected_count
         FROM procedures p
         LEFT JOIN open_figures o ON o.procedure_id = p.procedure_id
        WHERE p.municipality_code = $1
        ORDER BY p.procedure_id`,
      [municipalityCode, period.today, period.since, CLOSED_STATUSES],
    );
    return rows.map((row) => ({
      procedureId: row.procedure_id,
      title: row.title,
      standardProcessingDays: row.standard_processing_days,
      overdueCount: row.overdue_count,
      receivedCount: row.received_count,
      correctedCount: row.corrected_count,
    }));
  }

  /** Deliveries that failed for good (the dead-letter list) per day of the period, zeros included. */
  async deliveryFailuresPerDay(
    municipalityCode: string,
    period: DashboardPeriod,
  ): Promise<DailyCountRow[]> {
    const rows: { date: string; count: number }[] = await this.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS date,
              (SELECT count(*) FROM notification_deliveries d
                WHERE d.municipality_code = $1 AND d.status = 'permanent_failure'
                  AND d.failed_at >= day::timestamp AT TIME ZONE 'Asia/Tokyo'
                  AND d.failed_at < (day + 1)::timestamp AT TIME ZONE 'Asia/Tokyo')::int AS count
         FROM (SELECT generate_series($2::date::timestamp, $3::date::timestamp, interval '1 day')::date
                   AS day) AS days
        ORDER BY day`,
      [municipalityCode, period.since, period.today],
    );
    return rows;
  }

  /**
   * Drafts last saved since `since` (Japan time) per procedure and step, and the applications
   * submitted since then, through the owner's `draft_step_counts` (row-level security shows the
   * API no resident's draft): the function counts for the scope's municipality only, whatever
   * the API asks.
   */
  async draftStepCounts(since: string): Promise<DraftStepCountRow[]> {
    const rows: {
      procedure_id: string;
      step_id: string | null;
      drafts: number;
      submitted: number;
    }[] = await this.dataSource.query(
      `SELECT procedure_id, step_id, drafts, submitted
           FROM draft_step_counts(($1::date)::timestamp AT TIME ZONE 'Asia/Tokyo')
          ORDER BY procedure_id, step_id`,
      [since],
    );
    return rows.map((row) => ({
      procedureId: row.procedure_id,
      stepId: row.step_id,
      drafts: row.drafts,
      submitted: row.submitted,
    }));
  }

  async recordAudit(
    actor: StaffActor,
    action: DashboardAuditAction,
    targetId: string,
    detail: JsonObject,
  ): Promise<void> {
    await writeAudit(this.dataSource.manager, {
      municipalityCode: actor.municipalityCode,
      actor,
      action,
      target: { type: 'application_export_job', id: targetId },
      detail,
    });
  }
}
