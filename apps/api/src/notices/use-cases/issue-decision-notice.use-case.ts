import { Inject, Injectable } from '@nestjs/common';
import type { ApplicationEntity, ApplicationEventEntity } from '@madoguchi/server-database';

import { FormRegistry } from '../../catalog/form-registry.service.js';
import type { Env } from '../../config/env.js';
import type { ResidentActor, StaffActor } from '../../identity/actor.js';
import { ENV } from '../../infrastructure/tokens.js';
import { formatReceivedAt } from '../../receipts/receipt-document.js';
import { MunicipalSealService } from '../../receipts/seal/municipal-seal.service.js';
import { SealedDocumentRepository } from '../../receipts/sealed-document.repository.js';
import { sealNote } from '../../receipts/use-cases/render-receipt.use-case.js';
import { NoticeRepository } from '../notice.repository.js';
import { renderNoticePdf, type NoticeDocument } from '../notice-pdf.js';
import { noticesException } from '../notices.exception.js';

export type NoticePdf = { fileName: string; bytes: Buffer };

const DECIDED_ON_FORMAT = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

/**
 * The 決定通知書 of an application decided 処理完了 or 却下, for its resident and the
 * municipality's staff. Sealed (PAdES B-T) on its first request after the decision and kept, so
 * resident and staff download the same bytes ever after; unsealed without a seal configured.
 */
@Injectable()
export class IssueDecisionNoticeUseCase {
  constructor(
    private readonly notices: NoticeRepository,
    private readonly forms: FormRegistry,
    private readonly seal: MunicipalSealService,
    private readonly sealed: SealedDocumentRepository,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async forResident(actor: ResidentActor, applicationId: string): Promise<NoticePdf> {
    return this.issue(await this.notices.findApplicationOfResident(actor.id, applicationId));
  }

  async forStaff(actor: StaffActor, applicationId: string): Promise<NoticePdf> {
    return this.issue(
      await this.notices.findApplicationOfMunicipality(actor.municipalityCode, applicationId),
    );
  }

  private async issue(application: ApplicationEntity | null): Promise<NoticePdf> {
    if (!application) {
      throw noticesException('application_not_found');
    }
    if (application.status !== 'completed' && application.status !== 'rejected') {
      throw noticesException('notice_not_issued');
    }
    const fileName = `${application.receiptNumber}-notice.pdf`;
    const event = await this.notices.findDecision(application.id);
    // One notice per decision (a decided application is final, so in practice one).
    const contentKey = event?.id ?? 'decision';
    const kept = await this.sealed.find(application.id, 'decision_notice', contentKey);
    if (kept) {
      return { fileName, bytes: kept.pdf };
    }
    const document = await this.document(application, application.status, event);
    if (!this.seal.isConfigured) {
      return { fileName, bytes: await renderNoticePdf(document) };
    }
    const unsealed = await renderNoticePdf(document, {
      sealNote: sealNote(document.issuer, this.env.CITIZEN_APP_URL),
    });
    const pdf = await this.seal.sealPdf(application.municipalityCode, unsealed, {
      reason: `決定通知書 ${application.receiptNumber}`,
      location: document.municipalityName,
    });
    const stored = await this.sealed.keepFirst({
      applicationId: application.id,
      kind: 'decision_notice',
      contentKey,
      municipalityCode: application.municipalityCode,
      residentId: application.residentId,
      pdf,
      receiptJson: null,
      receiptSeal: null,
      sealedAt: new Date(),
    });
    return { fileName, bytes: stored.pdf };
  }

  private async document(
    application: ApplicationEntity,
    decision: 'completed' | 'rejected',
    event: ApplicationEventEntity | null,
  ): Promise<NoticeDocument> {
    const [form, municipality] = await Promise.all([
      this.forms.get(
        application.municipalityCode,
        application.procedureId,
        application.formVersion,
      ),
      this.notices.findMunicipality(application.municipalityCode),
    ]);
    const municipalityName = municipality
      ? `${municipality.prefecture.ja}${municipality.name.ja}`
      : application.municipalityCode;
    const issuer = this.seal.isConfigured
      ? (await this.seal.sealerOf(application.municipalityCode)).office
      : municipalityName;
    return {
      procedureTitle: form.definition.title.ja,
      municipalityName,
      issuer,
      receiptNumber: application.receiptNumber,
      applicantName: application.applicantName,
      decision,
      decidedOn: DECIDED_ON_FORMAT.format(event?.occurredAt ?? application.updatedAt),
      receivedAt: formatReceivedAt(application.submittedAt),
      messageToResident: event?.messageToResident ?? null,
    };
  }
}
