import type { FileStorage } from '@madoguchi/server-storage';
import type { DataSource } from 'typeorm';

export type OrphanSweepReport = { deleted: number; objectsNotDeleted: number };

/**
 * Uploads nobody will submit: files no application took, older than `uploadedBefore`, that no
 * draft of their resident refers to (a draft keeps its files until it is submitted or deleted)
 * and no pending counter-assisted application holds (書かない窓口: until confirmed, cancelled or swept).
 * Residents' documents (母子手帳, 保険証 photos) are not kept without a purpose. Rows go first, in
 * batches (each a transaction); then their stored objects. An object that cannot be deleted is
 * only counted: without its row nobody can reach it, and the next run does not see it again.
 */
export async function sweepOrphanAttachments(
  dataSource: DataSource,
  storage: FileStorage,
  options: { uploadedBefore: Date; batchSize?: number },
): Promise<OrphanSweepReport> {
  const batchSize = options.batchSize ?? 500;
  const report: OrphanSweepReport = { deleted: 0, objectsNotDeleted: 0 };
  for (;;) {
    // TypeORM answers a DELETE … RETURNING with [rows, affected].
    const [rows]: [{ id: string; storage_key: string }[], number] = await dataSource.query(
      `DELETE FROM attachments WHERE id IN (
         SELECT a.id FROM attachments a
          WHERE a.application_id IS NULL AND a.created_at < $1
            AND NOT EXISTS (SELECT 1 FROM drafts d WHERE d.resident_id = a.resident_id AND strpos(d.answers::text, a.id::text) > 0)
            AND NOT EXISTS (SELECT 1 FROM counter_confirmations c WHERE c.status = 'pending' AND a.resident_id = 'counter:' || c.id::text)
          ORDER BY a.created_at LIMIT $2
          FOR UPDATE SKIP LOCKED)
       RETURNING id, storage_key`,
      [options.uploadedBefore, batchSize],
    );
    for (const row of rows) {
      await storage.delete(row.storage_key).catch(() => {
        report.objectsNotDeleted += 1;
      });
    }
    report.deleted += rows.length;
    if (rows.length < batchSize) {
      return report;
    }
  }
}
