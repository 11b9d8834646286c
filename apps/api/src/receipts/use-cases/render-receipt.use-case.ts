import { createHash } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type { ApplicationEntity } from '@madoguchi/server-database';

import { CatalogService } from '../../catalog/catalog.service.js';
import { FormRegistry } from '../../catalog/form-registry.service.js';
import { toContact } from '../../catalog/procedure-detail.mapper.js';
import type { Env } from '../../config/env.js';
import type { ResidentActor, StaffActor } from '../../identity/actor.js';
import { ENV } from '../../infrastructure/tokens.js';
import { buildReceiptDocument } from '../receipt-document.js';
import { buildReceiptJson } from '../receipt-json.js';
import { renderReceiptPdf } from '../receipt-pdf.js';
import { ReceiptRepository } from '../receipt.repository.js';
import { receiptsException } from '../receipts.exception.js';
import { MunicipalSealService } from '../seal/municipal-seal.service.js';
import { SealedDocumentRepository } from '../sealed-document.repository.js';

/** A PDF 控え and the name to download it under (`<受付番号>.pdf`). */
export type ReceiptPdf = { fileName: string; bytes: Buffer };

/** The sealed receipt JSON and its detached CAdES-T seal, named `<受付番号>.json` / `.p7s`. */
export type ReceiptFile = { fileName: string; bytes: Buffer; contentType: string };

export type ReceiptPart = 'pdf' | 'json' | 'seal';

/**
 * Makes the PDF 控え of one of the resident's own applications. With a seal configured the 控え
 * is sealed once per submitted content — PAdES B-T in the PDF, CAdES-T over the receipt JSON — on
 * its first download and kept (sealed_documents): every later download is the same bytes, and the seal's timestamp
 * says when the municipality first issued it. Without one (a stack with no demo PKI) it is
 * rendered from what is stored now, unsealed.
 */
@Injectable()
export class RenderReceiptUseCase {
  constructor(
    private readonly receipts: ReceiptRepository,
    private readonly forms: FormRegistry,
    private readonly catalog: CatalogService,
    private readonly seal: MunicipalSealService,
    private readonly sealed: SealedDocumentRepository,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async execute(actor: ResidentActor, applicationId: string): Promise<ReceiptPdf> {
    return this.render(await this.receipts.findApplicationOfResident(actor.id, applicationId));
  }

  /**
   * Staff: the 控え of an application of their municipality, the same sealed PDF the resident
   * has (the review's 「控え（PDF）」: the application as received, to file or print); audited.
   */
  async executeForStaff(actor: StaffActor, applicationId: string): Promise<ReceiptPdf> {
    const application = await this.receipts.findApplicationOfMunicipality(
      actor.municipalityCode,
      applicationId,
    );
    if (!application) {
      throw receiptsException('application_not_found');
    }
    const receipt = await this.render(application);
    await this.receipts.recordStaffRead(actor, application);
    return receipt;
  }

  /** The receipt JSON or its seal (`part`), sealed with the PDF if not yet. */
  async executePart(
    actor: ResidentActor,
    applicationId: string,
    part: Exclude<ReceiptPart, 'pdf'>,
  ): Promise<ReceiptFile> {
    const application = await this.receipts.findApplicationOfResident(actor.id, applicationId);
    if (!application) {
      throw receiptsException('application_not_found');
    }
    if (!this.seal.isConfigured) {
      throw receiptsException('seal_unavailable');
    }
    const document = await this.sealedReceipt(application);
    if (!document.receiptJson || !document.receiptSeal) {
      throw receiptsException('seal_unavailable');
    }
    return part === 'json'
      ? {
          fileName: `${application.receiptNumber}.json`,
          bytes: document.receiptJson,
          contentType: 'application/json',
        }
      : {
          fileName: `${application.receiptNumber}.p7s`,
          bytes: document.receiptSeal,
          contentType: 'application/pkcs7-signature',
        };
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
    const fileName = `${application.receiptNumber}.pdf`;
    if (this.seal.isConfigured) {
      return { fileName, bytes: (await this.sealedReceipt(application)).pdf };
    }
    const sources = await this.sources(application);
    return { fileName, bytes: await renderReceiptPdf(buildReceiptDocument(sources)) };
  }

  /**
   * The 控え of what is submitted now, sealed once: kept by the SHA-256 of its receipt JSON, so
   * the same submission always downloads the same bytes and a resubmission gets its own.
   */
  private async sealedReceipt(application: ApplicationEntity) {
    const sources = await this.sources(application);
    const { bytes: receiptJson } = await buildReceiptJson(sources);
    const contentKey = createHash('sha256').update(receiptJson).digest('hex');
    const kept = await this.sealed.find(application.id, 'receipt', contentKey);
    if (kept) {
      return kept;
    }
    const { office } = await this.seal.sealerOf(application.municipalityCode);
    const document = buildReceiptDocument(sources);
    const unsealed = await renderReceiptPdf(document, {
      sealNote: sealNote(office, this.env.CITIZEN_APP_URL),
    });
    const [pdf, receiptSeal] = await Promise.all([
      this.seal.sealPdf(application.municipalityCode, unsealed, {
        reason: `申請受付控え ${application.receiptNumber}`,
        location: document.municipalityName,
      }),
      this.seal.sealBytes(application.municipalityCode, receiptJson),
    ]);
    return this.sealed.keepFirst({
      applicationId: application.id,
      kind: 'receipt',
      contentKey,
      municipalityCode: application.municipalityCode,
      residentId: application.residentId,
      pdf,
      receiptJson: Buffer.from(receiptJson),
      receiptSeal: Buffer.from(receiptSeal),
      sealedAt: new Date(),
    });
  }

  private async sources(application: ApplicationEntity) {
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
    return {
      application,
      form,
      municipality,
      attachments,
      contact: toContact(form.definition, municipality),
    };
  }
}

/** The visible sentence of a sealed document, with where anyone can check it. */
export function sealNote(office: string, citizenAppUrl: string): string {
  const verifyUrl = new URL('/verify', citizenAppUrl).toString();
  return `この文書には${office}の電子印（eシール）と時刻認証局のタイムスタンプが付いています。内容が変えられていないことは ${verifyUrl} で確かめられます。`;
}
