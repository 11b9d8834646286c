import { Inject, Injectable } from '@nestjs/common';
import type {
  Acknowledgement,
  BackOfficeApplicationDetail,
  BackOfficeApplicationPage,
  BackOfficeApplicationSummary,
  BackOfficeListQuery,
} from '@madoguchi/procedures-contracts';
import type { ApplicationStatus } from '@madoguchi/procedures-domain';

import { ApplicationContextService } from '../applications/application-context.service.js';
import { toEventDto } from '../applications/application-view.mapper.js';
import { ApplicationRepository } from '../applications/application.repository.js';
import { RECEIPT_NUMBER_PATTERN } from '../applications/receipt-number.js';
import { PERSONAL_DATA_CIPHER } from '../infrastructure/tokens.js';
import type { AttachmentDownload } from '../attachments/attachment-access.service.js';
import { AttachmentAccessService } from '../attachments/attachment-access.service.js';
import { PersonalDataCipher } from '../personal-data/personal-data-cipher.js';
import { applicationRecord } from '../personal-data/sealed-record.js';
import { findSealedValue, maskSensitiveAnswers } from '../personal-data/sensitive-answers.js';
import { decodePageCursor, encodePageCursor } from '../staff-queue/page-cursor.js';
import type { BackOfficeCaller } from './back-office-key.guard.js';
import type { BackOfficeRow } from './back-office.repository.js';
import { BackOfficeRepository } from './back-office.repository.js';
import { backOfficeException } from './back-office.exception.js';
import { openSensitiveAnswers } from './open-sensitive-answers.js';

const CURSOR_SORT = 'received';

/** `k7qf3xma`, `ｋ７ｑｆ－３ｘｍａ` or `K7QF-3XMA` → `K7QF-3XMA`; null when it cannot be one. */
function toReceiptNumber(text: string): string | null {
  const compact = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—―−ー]/gu, '');
  const receiptNumber = `${compact.slice(0, 4)}-${compact.slice(4)}`;
  return RECEIPT_NUMBER_PATTERN.test(receiptNumber) ? receiptNumber : null;
}

function toSummary(row: BackOfficeRow): BackOfficeApplicationSummary {
  const { application } = row;
  return {
    id: application.id,
    receiptNumber: application.receiptNumber,
    municipalityCode: application.municipalityCode,
    procedureId: application.procedureId,
    formVersion: application.formVersion,
    status: application.status as ApplicationStatus,
    submittedAt: application.submittedAt.toISOString(),
    updatedAt: application.updatedAt.toISOString(),
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
  };
}

/**
 * The back-office pull API (after マイナポータル「電子申請等情報受取等API」): a municipality's
 * system lists new applications, reads each in full and acknowledges it once stored.
 */
@Injectable()
export class BackOfficeService {
  constructor(
    private readonly backOffice: BackOfficeRepository,
    private readonly applications: ApplicationRepository,
    private readonly context: ApplicationContextService,
    @Inject(PERSONAL_DATA_CIPHER) private readonly cipher: PersonalDataCipher,
    private readonly files: AttachmentAccessService,
  ) {}

  /** A file of one of the municipality's applications; the download is audited before it starts. */
  async downloadAttachment(
    caller: BackOfficeCaller,
    receiptNumber: string,
    attachmentId: string,
  ): Promise<AttachmentDownload> {
    const { application } = await this.requireApplication(caller, receiptNumber);
    return this.files.downloadOfApplication(
      caller.municipalityCode,
      application.id,
      attachmentId,
      (attachment) =>
        this.backOffice.recordAudit(caller, 'attachment.download', application, {
          attachmentId: attachment.id,
          slotId: attachment.slotId,
        }),
    );
  }

  async list(
    caller: BackOfficeCaller,
    query: BackOfficeListQuery,
  ): Promise<BackOfficeApplicationPage> {
    const cursor = query.cursor === undefined ? null : decodePageCursor(query.cursor, CURSOR_SORT);
    const rows = await this.backOffice.listPage(
      {
        municipalityCode: caller.municipalityCode,
        acknowledged: query.acknowledged,
        since: query.since,
        procedureId: query.procedureId,
      },
      cursor,
      query.limit + 1,
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(toSummary),
      nextCursor:
        rows.length > query.limit && last
          ? encodePageCursor({ sort: CURSOR_SORT, key: last.sortKey, id: last.application.id })
          : null,
    };
  }

  async get(caller: BackOfficeCaller, receiptNumber: string): Promise<BackOfficeApplicationDetail> {
    const row = await this.requireApplication(caller, receiptNumber);
    const { application } = row;
    const [form, events, attachments] = await Promise.all([
      this.context.formOf(application),
      this.applications.listEvents(application.id),
      this.backOffice.listAttachments(application.id),
    ]);
    const paths = form.sensitivePaths(application.answers);
    const canReadPersonalData = caller.scopes.includes('personal-data');
    await this.backOffice.recordAudit(caller, 'application.read', application, {});
    let answers = maskSensitiveAnswers(application.answers, paths);
    if (canReadPersonalData) {
      // The audit row naming the opened fields is written before any value leaves.
      const opened = openedPathsOf(application.answers, paths);
      if (opened.length > 0) {
        await this.backOffice.recordAudit(caller, 'personal_data.read', application, {
          paths: opened,
        });
      }
      answers = this.openAnswers(application, paths);
    }
    return {
      ...toSummary(row),
      applicantName: application.applicantName,
      applicantNameKana: row.applicantNameKana,
      dueDate: application.dueDate,
      answers,
      hasPersonalData: canReadPersonalData && paths.length > 0,
      events: events.map(toEventDto),
      attachments: attachments.map((attachment) => ({
        id: attachment.id,
        slotId: attachment.slotId,
        fileName: attachment.fileName,
        mimeType: attachment.mimeType,
        bytes: attachment.bytes,
        sha256: attachment.sha256,
        createdAt: attachment.createdAt.toISOString(),
      })),
    };
  }

  async acknowledge(caller: BackOfficeCaller, receiptNumber: string): Promise<Acknowledgement> {
    const { application } = await this.requireApplication(caller, receiptNumber);
    const { acknowledgedAt } = await this.backOffice.acknowledge(caller, application);
    return {
      receiptNumber: application.receiptNumber,
      acknowledgedAt: acknowledgedAt.toISOString(),
    };
  }

  private openAnswers(
    application: BackOfficeRow['application'],
    paths: readonly string[],
  ): Record<string, unknown> {
    return openSensitiveAnswers(
      application.answers,
      paths,
      this.cipher,
      applicationRecord(application),
    ).answers;
  }

  private async requireApplication(caller: BackOfficeCaller, text: string): Promise<BackOfficeRow> {
    const receiptNumber = toReceiptNumber(text);
    const row =
      receiptNumber === null
        ? null
        : await this.backOffice.findByReceiptNumber(caller.municipalityCode, receiptNumber);
    if (!row) {
      throw backOfficeException('application_not_found');
    }
    return row;
  }
}

function openedPathsOf(answers: Record<string, unknown>, paths: readonly string[]): string[] {
  return paths.filter((path) => findSealedValue(answers, path) !== null);
}
