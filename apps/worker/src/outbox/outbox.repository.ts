import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** An outbox row as the relay puts it on the queue. */
export type OutboxRow = { id: string; jobName: string; payload: Record<string, unknown> };

type OutboxRecord = { id: string; job_name: string; payload: Record<string, unknown> };

/**
 * The only place in the worker that touches `outbox`. Every statement runs in the caller's
 * transaction: a claim's row locks last until the relay has enqueued and marked the rows.
 */
@Injectable()
export class OutboxRepository {
  /** Rows never relayed, oldest first; rows another replica holds are skipped, not waited for. */
  async claimUndispatched(manager: EntityManager, limit: number): Promise<OutboxRow[]> {
    const rows: OutboxRecord[] = await manager.query(
      `SELECT id::text AS id, job_name, payload FROM outbox
        WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    return rows.map(toOutboxRow);
  }

  /** Rows relayed longer than `afterMs` ago that no handler marked processed: their job was lost. */
  async claimLost(manager: EntityManager, limit: number, afterMs: number): Promise<OutboxRow[]> {
    const rows: OutboxRecord[] = await manager.query(
      `SELECT id::text AS id, job_name, payload FROM outbox
        WHERE processed_at IS NULL AND dispatched_at < now() - $2 * interval '1 millisecond'
        ORDER BY dispatched_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit, afterMs],
    );
    return rows.map(toOutboxRow);
  }

  async markDispatched(manager: EntityManager, ids: readonly string[]): Promise<void> {
    await manager.query('UPDATE outbox SET dispatched_at = now() WHERE id = ANY($1::bigint[])', [
      ids,
    ]);
  }

  /** Stops the relay offering the row again; the first handler run to commit sets the time. */
  async markProcessed(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      'UPDATE outbox SET processed_at = now() WHERE id = $1 AND processed_at IS NULL',
      [id],
    );
  }
}

function toOutboxRow(row: OutboxRecord): OutboxRow {
  return { id: row.id, jobName: row.job_name, payload: row.payload };
}
