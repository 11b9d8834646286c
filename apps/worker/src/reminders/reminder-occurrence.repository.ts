import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** One reminder for one recipient: its primary key is (recipient, rule, occurrence). */
export type ReminderOccurrence = {
  recipientId: string;
  ruleId: string;
  occurrenceKey: string;
  dueOn: string;
};

/** The only place in the worker that touches `reminder_occurrences`. */
@Injectable()
export class ReminderOccurrenceRepository {
  /**
   * Inserts in the caller's transaction and returns the occurrences that were new: only those are
   * sent, so a batch run twice sends nothing twice.
   */
  async insertNew(
    manager: EntityManager,
    municipalityCode: string,
    occurrences: readonly ReminderOccurrence[],
  ): Promise<Omit<ReminderOccurrence, 'dueOn'>[]> {
    const rows: { recipient_id: string; rule_id: string; occurrence_key: string }[] =
      await manager.query(
        `INSERT INTO reminder_occurrences (recipient_id, rule_id, occurrence_key, municipality_code, due_on)
       SELECT r, u, o, $4, d FROM unnest($1::text[], $2::text[], $3::text[], $5::date[]) AS t(r, u, o, d)
       ON CONFLICT DO NOTHING
       RETURNING recipient_id, rule_id, occurrence_key`,
        [
          occurrences.map((item) => item.recipientId),
          occurrences.map((item) => item.ruleId),
          occurrences.map((item) => item.occurrenceKey),
          municipalityCode,
          occurrences.map((item) => item.dueOn),
        ],
      );
    return rows.map((row) => ({
      recipientId: row.recipient_id,
      ruleId: row.rule_id,
      occurrenceKey: row.occurrence_key,
    }));
  }
}
