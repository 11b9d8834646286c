import type { DataSource } from 'typeorm';

/** How long staff may still issue a new link after the last one expired (the resident came back). */
export const COUNTER_PENDING_RETENTION_MS = 24 * 3600_000;

/**
 * Deletes counter-assisted applications the resident never confirmed whose last link expired
 * before `expiredBefore`, and those staff cancelled before then (a cancel ends the link), in
 * batches; returns how many. Their sealed answers go with them: what staff filled for someone who
 * did not confirm it is not kept without a purpose (the files the orphan sweep takes next).
 * Confirmed ones stay (the application refers to them).
 */
export async function sweepStaleCounterConfirmations(
  dataSource: DataSource,
  options: { expiredBefore: Date; batchSize?: number },
): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  let deleted = 0;
  for (;;) {
    // TypeORM answers a DELETE … RETURNING with [rows, affected].
    const [rows]: [{ id: string }[], number] = await dataSource.query(
      `DELETE FROM counter_confirmations WHERE id IN (
         SELECT id FROM counter_confirmations
          WHERE status IN ('pending', 'cancelled') AND token_expires_at < $1
          ORDER BY token_expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [options.expiredBefore, batchSize],
    );
    deleted += rows.length;
    if (rows.length < batchSize) {
      return deleted;
    }
  }
}
