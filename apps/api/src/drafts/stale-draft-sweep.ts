import type { DataSource } from 'typeorm';

/**
 * Deletes drafts (一時保存) nobody touched since `updatedBefore`, in batches; returns how many.
 * Their sealed answers go with them; their files become orphans for the attachment sweep.
 */
export async function sweepStaleDrafts(
  dataSource: DataSource,
  options: { updatedBefore: Date; batchSize?: number },
): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  let deleted = 0;
  for (;;) {
    // TypeORM answers a DELETE … RETURNING with [rows, affected].
    const [rows]: [{ id: string }[], number] = await dataSource.query(
      `DELETE FROM drafts WHERE id IN (
         SELECT id FROM drafts WHERE updated_at < $1 ORDER BY updated_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [options.updatedBefore, batchSize],
    );
    deleted += rows.length;
    if (rows.length < batchSize) {
      return deleted;
    }
  }
}
