import { Injectable } from '@nestjs/common';

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
    const application = await this.receipts.findApplicationOfResident(actor.id, applicationId);
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
