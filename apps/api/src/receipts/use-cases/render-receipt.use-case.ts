import { Injectable } from '@nestjs/common';
import type { ApplicationEntity } from '@madoguchi/server-database';

import { CatalogService } from '../../catalog/catalog.service.js';
import { FormRegistry } from '../../catalog/form-registry.service.js';
import { toContact } from '../../catalog/procedure-detail.mapper.js';
import type { ResidentActor } from '../../identity/actor.js';
import { buildReceiptDocument } from '../receipt-document.js';
import { renderReceiptPdf } from '../receipt-pdf.js';
import { ReceiptRepository } from '../receipt.repository.js';
import { receiptsException } from '../receipts.exception.js';

/** A PDF 控え and the name to download it under (`<受付番号>.pdf`). */
export type ReceiptPdf = { fileName: string; bytes: Buffer };

/** Makes the PDF 控え of one of the resident's own applications, from what is stored now. */
@Injectable()
export class RenderReceiptUseCase {
  constructor(
    private readonly receipts: ReceiptRepository,
    private readonly forms: FormRegistry,
    private readonly catalog: CatalogService,
  ) {}

  async execute(actor: ResidentActor, applicationId: string): Promise<ReceiptPdf> {
    return this.render(await this.receipts.findApplicationOfResident(actor.id, applicationId));
  }

  /**
   * The 控え of an application of the municipality, for a caller already checked for it (書かない
   * 窓口: the resident's confirmation link shortly after confirming, or staff printing it).
   */
  async executeForMunicipality(
    municipalityCode: string,
    applicationId: string,
  ): Promise<ReceiptPdf> {
    return this.render(
      await this.receipts.findApplicationOfMunicipality(municipalityCode, applicationId),
    );
  }

  private async render(application: ApplicationEntity | null): Promise<ReceiptPdf> {
    if (!application) {
      throw receiptsException('application_not_found');
    }
    const [form, municipality, attachments] = await Promise.all([
      this.forms.get(
        application.municipalityCode,
        application.procedureId,
        application.formVersion,
      ),
      this.receipts.findMunicipality(application.municipalityCode),
      this.receipts.listAttachments(application.id),
    ]);
    if (!municipality) {
      throw receiptsException('municipality_unavailable');
    }
    const document = buildReceiptDocument({
      application,
      form,
      municipality,
      attachments,
      contact: toContact(form.definition, municipality),
    });
    return {
      fileName: `${application.receiptNumber}.pdf`,
      bytes: await renderReceiptPdf(document),
    };
  }
}
