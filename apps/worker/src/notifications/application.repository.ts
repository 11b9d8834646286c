import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What a status change's handler reads from PostgreSQL rather than from the job: the answers, and
 * the event's message to the resident and decision record — free text and health information
 * stay off the queue (Redis and its dashboard hold ids and labels only).
 */
export type StatusChangeFacts = {
  answers: unknown;
  /** Null when the application is not found. */
  procedureId: string | null;
  category: string | null;
  /** When the announced event happened. */
  occurredAt: Date | null;
  messageToResident: string | null;
  decisionRecord: unknown;
};

type FactsRow = {
  answers: unknown;
  procedure_id: string;
  category: string | null;
  occurred_at: Date | null;
  message_to_resident: string | null;
  decision_record: unknown;
};

/** The worker's only read of `applications`, their procedure and their events; it never writes them. */
@Injectable()
export class ApplicationRepository {
  /** In the caller's transaction; an application not found reads as empty answers. */
  async findStatusChangeFacts(
    manager: EntityManager,
    applicationId: string,
    eventId: string,
  ): Promise<StatusChangeFacts> {
    const [row]: FactsRow[] = await manager.query(
      `SELECT a.answers, a.procedure_id, p.category, e.occurred_at, e.message_to_resident, e.decision_record
         FROM applications a
         LEFT JOIN procedures p ON p.municipality_code = a.municipality_code AND p.procedure_id = a.procedure_id
         LEFT JOIN application_events e ON e.id = $2
        WHERE a.id = $1`,
      [applicationId, eventId],
    );
    if (!row) {
      return {
        answers: {},
        procedureId: null,
        category: null,
        occurredAt: null,
        messageToResident: null,
        decisionRecord: null,
      };
    }
    return {
      answers: row.answers,
      procedureId: row.procedure_id,
      category: row.category,
      occurredAt: row.occurred_at,
      messageToResident: row.message_to_resident,
      decisionRecord: row.decision_record,
    };
  }
}
