import { Inject, Injectable } from '@nestjs/common';
import { BULK_EXPORT_RETENTION_HOURS } from '@madoguchi/procedures-contracts';
import { REPLACED_CHARACTERS_HEADER } from '@madoguchi/procedures-contracts';
import type { FileStorage } from '@madoguchi/server-storage';

import { FILE_STORAGE } from '../../attachments/file-storage.provider.js';
import type { StaffActor } from '../../identity/actor.js';
import type { ExportResponse } from '../../staff-queue/export/export-applications.use-case.js';
import { ExportApplicationsUseCase } from '../../staff-queue/export/export-applications.use-case.js';
import type { PageCursor } from '../../staff-queue/page-cursor.js';
import type { QueueFilter } from '../../staff-queue/work-queue.repository.js';
import { WorkQueueRepository } from '../../staff-queue/work-queue.repository.js';
import { toQueueFilter } from '../../staff-queue/work-queue.service.js';
import { TenantTransactions } from '../../tenancy/tenant-transactions.service.js';
import type {
  BulkExportProgress,
  BulkExportResult,
  RunBulkExportJobData,
} from './bulk-export.jobs.js';
import { bulkExportStorageKey } from './bulk-export.jobs.js';
import { CsvRowCounter } from './csv-row-counter.js';
import { ExportSink } from './export-sink.js';

/** Rows read at a time to count the total. */
const COUNT_PAGE_SIZE = 1000;
/** How often a running export reports its progress (rows written so far). */
const PROGRESS_INTERVAL_MS = 250;

/**
 * Runs one bulk export: counts the rows the filters match, then has the queue's own export use
 * case (the same columns, masking, formula-safe cells and audit row as the download of the work
 * queue) write the CSV into the file storage, counting its records on the way for the progress.
 */
@Injectable()
export class RunBulkExportUseCase {
  constructor(
    private readonly tenants: TenantTransactions,
    private readonly queue: WorkQueueRepository,
    private readonly exportApplications: ExportApplicationsUseCase,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async execute(
    data: RunBulkExportJobData,
    reportProgress: (progress: BulkExportProgress) => Promise<void>,
    now: () => Date = () => new Date(),
  ): Promise<BulkExportResult> {
    const actor: StaffActor = data.actor;
    const rowsTotal = await this.tenants.run(actor, () =>
      this.countMatching(toQueueFilter(actor, data.request, now())),
    );
    await reportProgress({ rowsDone: 0, rowsTotal });

    const key = bulkExportStorageKey(data.exportId);
    const sink = new ExportSink();
    const counter = new CsvRowCounter();
    sink.on('error', (error) => counter.destroy(error));
    // A sink closed before its end (the use case cut the file) must fail the stored object too.
    sink.on('close', () => {
      if (!sink.writableFinished) {
        counter.destroy(new Error('the export stopped before its end'));
      }
    });
    sink.pipe(counter);
    const stored = this.storage.put(key, counter);
    // Settled here too so that a failure before `await stored` is never an unhandled rejection.
    stored.catch(() => undefined);
    const timer = setInterval(() => {
      reportProgress({ rowsDone: counter.rows, rowsTotal }).catch(() => undefined);
    }, PROGRESS_INTERVAL_MS);
    try {
      await this.tenants.run(actor, () =>
        // The use case writes to an HTTP response; the sink offers the same calls.
        this.exportApplications.execute(actor, data.request, sink as unknown as ExportResponse),
      );
      if (!sink.writableEnded) {
        sink.end();
      }
      await stored;
    } catch (error) {
      sink.destroy(error instanceof Error ? error : new Error('the export failed'));
      await this.storage.delete(key).catch(() => undefined);
      throw error;
    } finally {
      clearInterval(timer);
    }
    // The file is the truth: rows received after the count are in it, and counted.
    await reportProgress({ rowsDone: counter.rows, rowsTotal: counter.rows });
    return {
      storageKey: key,
      format: data.request.format,
      contentType: sink.getHeader('content-type') ?? 'text/csv; charset=utf-8',
      contentDisposition: sink.getHeader('content-disposition') ?? 'attachment',
      replacedCharacters: sink.getHeader(REPLACED_CHARACTERS_HEADER) ?? null,
      rowsDone: counter.rows,
      expiresAt: new Date(now().getTime() + BULK_EXPORT_RETENTION_HOURS * 3600_000).toISOString(),
    };
  }

  /**
   * The rows the filter matches, read with the queue's own pages (the same filter code as the
   * export, so the total cannot drift from what it writes), a page at a time.
   */
  private async countMatching(filter: QueueFilter): Promise<number> {
    let total = 0;
    let cursor: PageCursor | null = null;
    for (;;) {
      const page = await this.queue.listPage(filter, cursor, COUNT_PAGE_SIZE);
      total += page.length;
      const last = page.at(-1);
      if (page.length < COUNT_PAGE_SIZE || !last) {
        return total;
      }
      cursor = { sort: filter.sort, key: last.sortKey, id: last.application.id };
    }
  }
}
