import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';

import { Injectable } from '@nestjs/common';
import type { ExportFormat, ExportQuery } from '@madoguchi/procedures-contracts';
import { REPLACED_CHARACTERS_HEADER } from '@madoguchi/procedures-contracts';
import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import { APPLICATION_STATUS_LABELS } from '@madoguchi/procedures-domain';
import { japanDateTimeOf } from '@madoguchi/shared-util-dates';

import { ApplicationContextService } from '../../applications/application-context.service.js';
import type { StaffActor } from '../../identity/actor.js';
import { maskSensitiveAnswers } from '../../personal-data/sensitive-answers.js';
import type { PageCursor } from '../page-cursor.js';
import type { QueueFilter, QueueRow } from '../work-queue.repository.js';
import { WorkQueueRepository } from '../work-queue.repository.js';
import { toQueueFilter } from '../work-queue.service.js';
import type { AnswerColumn } from './answer-columns.js';
import { buildAnswerColumns, formatAnswerCell } from './answer-columns.js';
import { attachmentDisposition } from './content-disposition.js';
import { UTF8_BOM, toCsvLine } from './csv-format.js';
import { writeChunk } from './response-writer.js';
import { ShiftJisEncoder } from './shift-jis.js';

/**
 * Rows read from PostgreSQL at a time, and written to the response as one chunk (a write per row
 * cost a system call and a chunk header each): memory stays flat whatever the size of the queue.
 */
const BATCH_SIZE = 500;

const FIXED_HEADERS = [
  '受付番号',
  '手続',
  '様式版',
  '申請者',
  'フリガナ',
  '状態',
  '受付日時',
  '処理期限',
  '担当',
] as const;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  'csv-sjis': 'text/csv; charset=Shift_JIS',
  json: 'application/json; charset=utf-8',
};

/** The response as the export writes it (Express's response is a Node ServerResponse). */
export type ExportResponse = ServerResponse;

type PreparedRow = {
  row: QueueRow;
  procedureTitle: string;
  /** The answers with every sensitive value masked (`********5352`). */
  answers: Record<string, unknown>;
};

function fileStamp(instant: Date): string {
  return japanDateTimeOf(instant).replace(/[-:]/g, '').replace(' ', '-').slice(0, 13);
}

function fixedCells(prepared: PreparedRow): string[] {
  const { application, applicantNameKana, assigneeName } = prepared.row;
  return [
    application.receiptNumber,
    prepared.procedureTitle,
    String(application.formVersion),
    application.applicantName,
    applicantNameKana ?? '',
    APPLICATION_STATUS_LABELS[application.status as ApplicationStatus].ja,
    japanDateTimeOf(application.submittedAt),
    application.dueDate ?? '',
    assigneeName ?? application.assigneeId ?? '',
  ];
}

function toJsonItem(prepared: PreparedRow): Record<string, unknown> {
  const { application, applicantNameKana, assigneeName } = prepared.row;
  return {
    receiptNumber: application.receiptNumber,
    procedureId: application.procedureId,
    procedureTitle: prepared.procedureTitle,
    formVersion: application.formVersion,
    applicantName: application.applicantName,
    applicantNameKana,
    status: application.status,
    submittedAt: application.submittedAt.toISOString(),
    dueDate: application.dueDate,
    assigneeId: application.assigneeId,
    assigneeName,
    answers: prepared.answers,
  };
}

/**
 * 出力: the queue (same filters) as CSV with a BOM, CSV in Shift_JIS for Excel on municipal PCs,
 * or JSON. One row per application; with one procedure selected, one column per answer field.
 * Sensitive values are masked, cells are formula-safe, rows stream in batches, and every export
 * leaves an audit row before the first byte leaves.
 */
@Injectable()
export class ExportApplicationsUseCase {
  constructor(
    private readonly context: ApplicationContextService,
    private readonly queue: WorkQueueRepository,
  ) {}

  async execute(actor: StaffActor, query: ExportQuery, response: ExportResponse): Promise<void> {
    const filter = toQueueFilter(actor, query);
    const { columns, procedureTitle } = await this.answerColumnsFor(actor, query.procedureId);
    const exportId = randomUUID();
    await this.queue.recordCommittedAudit(
      actor,
      'application.export',
      'application_export',
      exportId,
      {
        format: query.format,
        procedureId: query.procedureId ?? null,
        status: query.status ? [...query.status] : null,
        assignee: query.assignee ?? null,
        due: query.due ?? null,
        // The search text may be a name: the audit row says only that there was one.
        hasSearch: query.q !== undefined && query.q !== '',
      },
    );
    const now = new Date();
    const extension = query.format === 'json' ? 'json' : 'csv';
    response.setHeader('Content-Type', CONTENT_TYPES[query.format]);
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader(
      'Content-Disposition',
      attachmentDisposition(
        `申請一覧_${procedureTitle ?? '全手続'}_${fileStamp(now)}.${extension}`,
        `applications_${query.procedureId ?? 'all'}_${fileStamp(now)}.${extension}`,
      ),
    );
    try {
      await this.writeExport(query.format, filter, columns, response);
    } catch (error) {
      if (!response.headersSent) {
        throw error;
      }
      // The file has started: cut the connection so the client never takes a partial file as whole.
      response.destroy(error instanceof Error ? error : undefined);
    }
  }

  private async writeExport(
    format: ExportFormat,
    filter: QueueFilter,
    columns: AnswerColumn[],
    response: ExportResponse,
  ): Promise<void> {
    switch (format) {
      case 'csv':
        response.statusCode = 200;
        await this.writeCsv(filter, columns, response, (text) => text, UTF8_BOM);
        response.end();
        return;
      case 'json':
        response.statusCode = 200;
        await this.writeJson(filter, response);
        response.end();
        return;
      case 'csv-sjis':
        await this.writeShiftJis(filter, columns, response);
        return;
    }
  }

  private async writeCsv(
    filter: QueueFilter,
    columns: AnswerColumn[],
    target: Writable,
    encode: (text: string) => string | Buffer,
    preamble: string,
  ): Promise<void> {
    await writeChunk(
      target,
      encode(preamble + toCsvLine([...FIXED_HEADERS, ...columns.map((column) => column.label)])),
    );
    for await (const batch of this.batches(filter)) {
      let lines = '';
      for (const prepared of batch) {
        const answerCells = columns.map((column) => formatAnswerCell(prepared.answers, column));
        lines += toCsvLine([...fixedCells(prepared), ...answerCells]);
      }
      if (lines !== '') {
        await writeChunk(target, encode(lines));
      }
    }
  }

  /**
   * Shift_JIS: the count of replaced characters goes in a header, known only at the end, so the
   * file is written to a private temporary file first and then streamed (memory stays flat).
   */
  private async writeShiftJis(
    filter: QueueFilter,
    columns: AnswerColumn[],
    response: ExportResponse,
  ): Promise<void> {
    const directory = await mkdtemp(join(tmpdir(), 'madoguchi-export-'));
    const path = join(directory, 'export.csv');
    try {
      const file = createWriteStream(path, { mode: 0o600 });
      const encoder = new ShiftJisEncoder();
      await this.writeCsv(filter, columns, file, (text) => encoder.encode(text), '');
      file.end();
      await finished(file);
      response.statusCode = 200;
      response.setHeader(REPLACED_CHARACTERS_HEADER, String(encoder.replaced));
      response.setHeader('Content-Length', String((await stat(path)).size));
      await pipeline(createReadStream(path), response);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }

  private async writeJson(filter: QueueFilter, target: Writable): Promise<void> {
    let separator = '[\n';
    for await (const batch of this.batches(filter)) {
      let items = '';
      for (const prepared of batch) {
        items += separator + JSON.stringify(toJsonItem(prepared));
        separator = ',\n';
      }
      if (items !== '') {
        await writeChunk(target, items);
      }
    }
    await writeChunk(target, separator === '[\n' ? '[]\n' : '\n]\n');
  }

  /**
   * Every row of the filter in keyset order, a batch at a time, with its answers masked. The next
   * batch is asked for as soon as a batch arrives, so PostgreSQL reads it while this one is
   * written: at most two batches are in memory, whatever the size of the queue.
   */
  private async *batches(filter: QueueFilter): AsyncGenerator<PreparedRow[]> {
    let next: Promise<QueueRow[]> | null = this.queue.listPage(filter, null, BATCH_SIZE);
    try {
      while (next !== null) {
        const batch: QueueRow[] = await next;
        next = null;
        const last = batch.at(-1);
        if (batch.length === BATCH_SIZE && last) {
          const cursor: PageCursor = {
            sort: filter.sort,
            key: last.sortKey,
            id: last.application.id,
          };
          next = this.queue.listPage(filter, cursor, BATCH_SIZE);
          // Handled here as well: it may fail while this batch is written, before it is awaited.
          next.catch(() => undefined);
        }
        const prepared: PreparedRow[] = [];
        for (const row of batch) {
          const form = await this.context.formOf(row.application);
          const answers = row.application.answers;
          prepared.push({
            row,
            procedureTitle: form.definition.title.ja,
            answers: maskSensitiveAnswers(answers, form.sensitivePaths(answers)),
          });
        }
        yield prepared;
      }
    } finally {
      // The client went away mid-file: the batch asked for ends before the scope's transaction.
      await next?.catch(() => undefined);
    }
  }

  /** With one procedure: its answer columns over every form version its applications used. */
  private async answerColumnsFor(
    actor: StaffActor,
    procedureId: string | undefined,
  ): Promise<{ columns: AnswerColumn[]; procedureTitle: string | null }> {
    if (procedureId === undefined) {
      return { columns: [], procedureTitle: null };
    }
    const samples = await this.queue.findOnePerFormVersion(actor.municipalityCode, procedureId);
    const forms = await Promise.all(samples.map((sample) => this.context.formOf(sample)));
    return {
      columns: buildAnswerColumns(forms),
      procedureTitle: forms[0]?.definition.title.ja ?? null,
    };
  }
}
