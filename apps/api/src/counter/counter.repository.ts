import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CounterConfirmationChannel,
  CounterIdentityCheck,
} from '@madoguchi/procedures-contracts';
import type { JsonObject, LocalizedName } from '@madoguchi/server-database';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { writeAudit } from '../audit/write-audit.js';
import type { Actor } from '../identity/actor.js';
import type { TenantContext } from '../tenancy/tenant-scope.js';
import { runInSeparateTenantScope } from '../tenancy/tenant-scope.js';

/** A counter-assisted application waiting for (or past) the resident's confirmation. */
export type CounterConfirmationRow = {
  id: string;
  municipalityCode: string;
  procedureId: string;
  formVersion: number;
  applicationId: string;
  /** Sealed (特定個人情報 never in clear), bound to `applicationId`. */
  answers: Record<string, unknown>;
  applicantName: string;
  applicantNameKana: string | null;
  filledByStaffId: string;
  filledByStaffName: string;
  identityCheck: CounterIdentityCheck;
  tokenHash: string;
  tokenExpiresAt: Date;
  status: 'pending' | 'confirmed' | 'cancelled';
  confirmedVia: CounterConfirmationChannel | null;
  confirmedAt: Date | null;
  confirmedByResidentId: string | null;
  createdAt: Date;
  /** Once confirmed: the 受付番号 of the application. */
  receiptNumber: string | null;
  cancelledAt: Date | null;
};

/** Work the caller adds to a repository's transaction (the attachments' hand-over and links). */
export type InTransaction = (manager: EntityManager) => Promise<void>;

/** How many of the municipality's counter applications its list shows at most. */
export const COUNTER_LIST_LIMIT = 100;

export type NewCounterConfirmation = Omit<
  CounterConfirmationRow,
  | 'status'
  | 'confirmedVia'
  | 'confirmedAt'
  | 'confirmedByResidentId'
  | 'createdAt'
  | 'receiptNumber'
  | 'cancelledAt'
>;

/** The application a confirmation submits: the row of `applications` and its first event. */
export type CounterSubmission = {
  confirmation: CounterConfirmationRow;
  baseFormVersion: number;
  /** The resident's account when they confirmed signed in, else `counter:<confirmation id>`. */
  residentId: string;
  isSignedIn: boolean;
  via: CounterConfirmationChannel;
  receiptNumber: string;
  submittedAt: Date;
  dueDate: string | null;
  /** The outbox message announcing the submission, as for any submission. */
  jobName: string;
  jobPayload: (eventId: string) => JsonObject;
};

type ConfirmationSqlRow = {
  id: string;
  municipality_code: string;
  procedure_id: string;
  form_version: number;
  application_id: string;
  answers: Record<string, unknown>;
  applicant_name: string;
  applicant_name_kana: string | null;
  filled_by_staff_id: string;
  filled_by_staff_name: string;
  identity_check: CounterIdentityCheck;
  token_hash: string;
  token_expires_at: Date;
  status: 'pending' | 'confirmed' | 'cancelled';
  confirmed_via: CounterConfirmationChannel | null;
  confirmed_at: Date | null;
  confirmed_by_resident_id: string | null;
  created_at: Date;
  receipt_number: string | null;
  cancelled_at: Date | null;
};

const SELECT_CONFIRMATION = `
  SELECT c.*, a.receipt_number
    FROM counter_confirmations c
    LEFT JOIN applications a ON a.id = c.application_id`;

function toRow(row: ConfirmationSqlRow): CounterConfirmationRow {
  return {
    id: row.id,
    municipalityCode: row.municipality_code,
    procedureId: row.procedure_id,
    formVersion: row.form_version,
    applicationId: row.application_id,
    answers: row.answers,
    applicantName: row.applicant_name,
    applicantNameKana: row.applicant_name_kana,
    filledByStaffId: row.filled_by_staff_id,
    filledByStaffName: row.filled_by_staff_name,
    identityCheck: row.identity_check,
    tokenHash: row.token_hash,
    tokenExpiresAt: new Date(row.token_expires_at),
    status: row.status,
    confirmedVia: row.confirmed_via,
    confirmedAt: row.confirmed_at === null ? null : new Date(row.confirmed_at),
    confirmedByResidentId: row.confirmed_by_resident_id,
    createdAt: new Date(row.created_at),
    receiptNumber: row.receipt_number,
    cancelledAt: row.cancelled_at === null ? null : new Date(row.cancelled_at),
  };
}

/** The counter module's access to `counter_confirmations` and to the applications they submit. */
@Injectable()
export class CounterRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores what staff filled, with the audit row `counter.fill`, in one transaction; `attach`
   * (the files staff scanned, handed to the confirmation) runs in it after the row is in.
   */
  async insertPending(
    actor: Actor,
    confirmation: NewCounterConfirmation,
    attach: InTransaction,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO counter_confirmations
           (id, municipality_code, procedure_id, form_version, application_id, answers, applicant_name,
            applicant_name_kana, filled_by_staff_id, filled_by_staff_name, identity_check, token_hash, token_expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          confirmation.id,
          confirmation.municipalityCode,
          confirmation.procedureId,
          confirmation.formVersion,
          confirmation.applicationId,
          JSON.stringify(confirmation.answers),
          confirmation.applicantName,
          confirmation.applicantNameKana,
          confirmation.filledByStaffId,
          confirmation.filledByStaffName,
          JSON.stringify(confirmation.identityCheck),
          confirmation.tokenHash,
          confirmation.tokenExpiresAt,
        ],
      );
      await attach(manager);
      await writeAudit(manager, {
        municipalityCode: confirmation.municipalityCode,
        actor,
        action: 'counter.fill',
        target: { type: 'counter_confirmation', id: confirmation.id },
        // The method only: the staff member's note may name a document number.
        detail: {
          procedureId: confirmation.procedureId,
          identityMethod: confirmation.identityCheck.method,
          applicationId: confirmation.applicationId,
        },
      });
    });
  }

  async findForMunicipality(
    municipalityCode: string,
    id: string,
  ): Promise<CounterConfirmationRow | null> {
    const rows = await this.dataSource.query<ConfirmationSqlRow[]>(
      `${SELECT_CONFIRMATION} WHERE c.id = $1 AND c.municipality_code = $2`,
      [id, municipalityCode],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /**
   * The municipality's counter applications of the last day and every one still pending (the
   * stale sweep removes those), newest first.
   */
  async listRecentForMunicipality(municipalityCode: string): Promise<CounterConfirmationRow[]> {
    const rows = await this.dataSource.query<ConfirmationSqlRow[]>(
      `${SELECT_CONFIRMATION}
        WHERE c.municipality_code = $1
          AND (c.status = 'pending' OR c.created_at > now() - interval '1 day')
        ORDER BY c.created_at DESC, c.id
        LIMIT $2`,
      [municipalityCode, COUNTER_LIST_LIMIT],
    );
    return rows.map(toRow);
  }

  /**
   * Cancels a pending one, audited: its link stops working and the sealed answers are dropped
   * (nobody will confirm them). False if it was no longer pending.
   */
  async cancel(actor: Actor, confirmation: CounterConfirmationRow): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const updated: unknown[] = await manager.query(
        `UPDATE counter_confirmations
            SET status = 'cancelled', cancelled_at = now(), cancelled_by_staff_id = $2,
                answers = '{}'::jsonb, token_expires_at = LEAST(token_expires_at, now())
          WHERE id = $1 AND status = 'pending' RETURNING id`,
        [confirmation.id, actor.id],
      );
      // node-postgres answers an UPDATE … RETURNING as [rows, count] through TypeORM.
      const rows = Array.isArray(updated[0]) ? (updated[0] as unknown[]) : updated;
      if (rows.length === 0) {
        return false;
      }
      await writeAudit(manager, {
        municipalityCode: confirmation.municipalityCode,
        actor,
        action: 'counter.cancel',
        target: { type: 'counter_confirmation', id: confirmation.id },
        detail: { applicationId: confirmation.applicationId },
      });
      return true;
    });
  }

  /**
   * The confirmation a token names and its municipality, before any tenant is known (the owner's
   * function `find_counter_confirmation`, which answers nothing else).
   */
  async findTenantOfToken(
    tokenHash: string,
  ): Promise<{ id: string; municipalityCode: string } | null> {
    const rows = await this.dataSource.query<{ id: string; municipality_code: string }[]>(
      `SELECT id, municipality_code FROM find_counter_confirmation($1)`,
      [tokenHash],
    );
    const [row] = rows;
    return row ? { id: row.id, municipalityCode: row.municipality_code } : null;
  }

  /** Runs `work` in the municipality's tenant, in a transaction of its own. */
  inTenant<T>(tenant: TenantContext, work: () => Promise<T>): Promise<T> {
    return runInSeparateTenantScope(this.dataSource, tenant, work);
  }

  /** The row, locked until the transaction ends: two confirmations of one token run one after the other. */
  async lockById(id: string): Promise<CounterConfirmationRow | null> {
    const rows = await this.dataSource.query<ConfirmationSqlRow[]>(
      `SELECT c.*, NULL::text AS receipt_number FROM counter_confirmations c WHERE c.id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  async findMunicipalityName(code: string): Promise<LocalizedName | null> {
    const rows = await this.dataSource.query<{ name: LocalizedName }[]>(
      `SELECT name FROM municipalities WHERE code = $1`,
      [code],
    );
    return rows[0]?.name ?? null;
  }

  /** A new link for a pending confirmation (the old token stops working), audited. */
  async replaceToken(
    actor: Actor,
    confirmation: CounterConfirmationRow,
    tokenHash: string,
    tokenExpiresAt: Date,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const updated: unknown[] = await manager.query(
        `UPDATE counter_confirmations SET token_hash = $2, token_expires_at = $3
          WHERE id = $1 AND status = 'pending' RETURNING id`,
        [confirmation.id, tokenHash, tokenExpiresAt],
      );
      // node-postgres answers an UPDATE … RETURNING as [rows, count] through TypeORM.
      const rows = Array.isArray(updated[0]) ? (updated[0] as unknown[]) : updated;
      if (rows.length === 0) {
        return false;
      }
      await writeAudit(manager, {
        municipalityCode: confirmation.municipalityCode,
        actor,
        action: 'counter.link_issued',
        target: { type: 'counter_confirmation', id: confirmation.id },
        detail: { tokenExpiresAt: tokenExpiresAt.toISOString() },
      });
      return true;
    });
  }

  /** An audit row of a read by whoever holds the link (the answers were shown, masked). */
  async recordPreview(confirmation: CounterConfirmationRow, readerId: string): Promise<void> {
    await this.recordRead(confirmation, { kind: 'resident', id: readerId }, 'counter.preview');
  }

  /**
   * An audit row of a read of the confirmation's data: a file the link holder looked at
   * (`counter.attachment_view`), the 控え downloaded by the link holder or printed by staff
   * (`counter.receipt`).
   */
  async recordRead(
    confirmation: CounterConfirmationRow,
    reader: Pick<Actor, 'kind' | 'id'>,
    action: 'counter.preview' | 'counter.attachment_view' | 'counter.receipt',
    detail: JsonObject = {},
  ): Promise<void> {
    await this.dataSource.transaction((manager) =>
      writeAudit(manager, {
        municipalityCode: confirmation.municipalityCode,
        actor: reader,
        action,
        target: { type: 'counter_confirmation', id: confirmation.id },
        detail,
      }),
    );
  }

  /**
   * 送信 of a counter-assisted application: the application (with who filled it, the counter's
   * identity check and the confirmation), its first answer version and event, the outbox
   * message, the audit rows, and the confirmation marked used, in one transaction. Throws the
   * database's error on a 受付番号 collision (the caller draws another). `attach` (the files
   * staff attached, linked to the application) runs in it once the application row is in.
   */
  async insertConfirmedApplication(
    submission: CounterSubmission,
    attach: InTransaction,
  ): Promise<void> {
    const { confirmation } = submission;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO applications
           (id, municipality_code, procedure_id, form_version, receipt_number, resident_id,
            applicant_name, status, answers, submitted_at, updated_at, due_date, base_form_version,
            applicant_name_kana, filled_by_staff_id, filled_by_staff_name, counter_identity_check,
            confirmed_via, confirmed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'submitted', $8, $9, $9, $10, $11, $12, $13, $14, $15, $16, $9)`,
        [
          confirmation.applicationId,
          confirmation.municipalityCode,
          confirmation.procedureId,
          confirmation.formVersion,
          submission.receiptNumber,
          submission.residentId,
          confirmation.applicantName,
          JSON.stringify(confirmation.answers),
          submission.submittedAt,
          submission.dueDate,
          submission.baseFormVersion,
          confirmation.applicantNameKana,
          confirmation.filledByStaffId,
          confirmation.filledByStaffName,
          JSON.stringify(confirmation.identityCheck),
          submission.via,
        ],
      );
      await attach(manager);
      await manager.query(
        `INSERT INTO application_answer_versions (id, application_id, municipality_code, version, answers, changed_paths, submitted_at)
         VALUES ($1, $2, $3, 1, $4, '[]'::jsonb, $5)`,
        [
          randomUUID(),
          confirmation.applicationId,
          confirmation.municipalityCode,
          JSON.stringify(confirmation.answers),
          submission.submittedAt,
        ],
      );
      const eventId = randomUUID();
      await manager.query(
        `INSERT INTO application_events
           (id, application_id, municipality_code, from_status, to_status, actor_kind, actor_id, comment, message_to_resident, occurred_at)
         VALUES ($1, $2, $3, NULL, 'submitted', 'resident', $4, NULL, NULL, $5)`,
        [
          eventId,
          confirmation.applicationId,
          confirmation.municipalityCode,
          submission.residentId,
          submission.submittedAt,
        ],
      );
      await manager.query(
        `INSERT INTO outbox (municipality_code, job_name, payload) VALUES ($1, $2, $3)`,
        [
          confirmation.municipalityCode,
          submission.jobName,
          JSON.stringify(submission.jobPayload(eventId)),
        ],
      );
      const resident = { kind: 'resident', id: submission.residentId } as const;
      await writeAudit(manager, {
        municipalityCode: confirmation.municipalityCode,
        actor: resident,
        action: 'application.submit',
        target: { type: 'application', id: confirmation.applicationId },
        detail: { from: null, to: 'submitted', eventId },
      });
      await writeAudit(manager, {
        municipalityCode: confirmation.municipalityCode,
        actor: resident,
        action: 'counter.confirm',
        target: { type: 'application', id: confirmation.applicationId },
        detail: {
          confirmationId: confirmation.id,
          via: submission.via,
          filledByStaffId: confirmation.filledByStaffId,
          identityMethod: confirmation.identityCheck.method,
          isSignedIn: submission.isSignedIn,
        },
      });
      await manager.query(
        `UPDATE counter_confirmations
            SET status = 'confirmed', confirmed_via = $2, confirmed_at = $3, confirmed_by_resident_id = $4
          WHERE id = $1`,
        [
          confirmation.id,
          submission.via,
          submission.submittedAt,
          submission.isSignedIn ? submission.residentId : null,
        ],
      );
    });
  }
}
