import { Inject, Injectable } from '@nestjs/common';
import type { CompiledForm } from '@madoguchi/forms-schema';
import type {
  CounterAttachment,
  CounterConfirmation,
  CounterConfirmationList,
  CounterConfirmationPreview,
  IssuedCounterConfirmation,
} from '@madoguchi/procedures-contracts';

import { AttachmentAccessService } from '../attachments/attachment-access.service.js';
import type { AttachmentDownload } from '../attachments/attachment-access.service.js';
import { FormRegistry } from '../catalog/form-registry.service.js';
import type { Env } from '../config/env.js';
import { ENV } from '../infrastructure/tokens.js';
import type { Actor, StaffActor } from '../identity/actor.js';
import { maskSensitiveAnswers } from '../personal-data/sensitive-answers.js';
import type { ReceiptPdf } from '../receipts/use-cases/render-receipt.use-case.js';
import { RenderReceiptUseCase } from '../receipts/use-cases/render-receipt.use-case.js';
import { counterAttachmentIds } from './counter-attachments.js';
import { counterException } from './counter.exception.js';
import type { CounterConfirmationRow } from './counter.repository.js';
import { CounterRepository } from './counter.repository.js';
import { COUNTER_TOKEN_TTL_MS, generateCounterToken, hashCounterToken } from './counter-token.js';
import { counterLinks } from './counter-links.js';
import { CounterTokens } from './counter-tokens.service.js';
import { anonymousCounterResidentId, toCounterConfirmationDto } from './counter-view.mapper.js';

/**
 * Following a counter-assisted application: staff's list and status view, a new link, cancelling
 * it, the 控え; the resident's preview, the files attached, the 控え by the link shortly after.
 */
@Injectable()
export class CounterService {
  constructor(
    private readonly counter: CounterRepository,
    private readonly tokens: CounterTokens,
    private readonly forms: FormRegistry,
    private readonly attachments: AttachmentAccessService,
    private readonly receipts: RenderReceiptUseCase,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** Staff of its municipality only (another's is a 404, as if it did not exist). */
  async getForStaff(actor: StaffActor, id: string): Promise<CounterConfirmation> {
    return this.toDto(await this.requireOfMunicipality(actor, id));
  }

  /** The municipality's counter applications of the last day and every pending one, newest first. */
  async listForStaff(actor: StaffActor): Promise<CounterConfirmationList> {
    const rows = await this.counter.listRecentForMunicipality(actor.municipalityCode);
    const items: CounterConfirmation[] = [];
    for (const row of rows) {
      // One after the other: the request's tenant scope is one connection (and forms are cached).
      items.push(await this.toDto(row));
    }
    return { items };
  }

  /** A new ten-minute link for a pending one (the old link stops working). */
  async reissueLink(actor: StaffActor, id: string): Promise<IssuedCounterConfirmation> {
    const row = await this.requireOfMunicipality(actor, id);
    this.requirePending(row);
    const token = generateCounterToken();
    const tokenExpiresAt = new Date(Date.now() + COUNTER_TOKEN_TTL_MS);
    if (!(await this.counter.replaceToken(actor, row, hashCounterToken(token), tokenExpiresAt))) {
      throw counterException('counter_already_confirmed');
    }
    return {
      ...(await this.toDto({ ...row, tokenExpiresAt })),
      ...counterLinks(this.env.CITIZEN_APP_URL, token),
    };
  }

  /**
   * Staff cancel one the resident will not confirm (wrong procedure, the resident left): the link
   * stops working and the sealed answers are dropped. Cancelling a cancelled one changes nothing.
   */
  async cancel(actor: StaffActor, id: string): Promise<CounterConfirmation> {
    const row = await this.requireOfMunicipality(actor, id);
    if (row.status === 'cancelled') {
      return this.toDto(row);
    }
    this.requirePending(row);
    if (!(await this.counter.cancel(actor, row))) {
      throw counterException('counter_already_confirmed');
    }
    return this.getForStaff(actor, id);
  }

  /** Staff print the 控え for the resident at the counter once they confirmed; audited. */
  async receiptForStaff(actor: StaffActor, id: string): Promise<ReceiptPdf> {
    const row = await this.requireOfMunicipality(actor, id);
    if (row.status !== 'confirmed') {
      throw counterException('counter_not_confirmed');
    }
    const receipt = await this.receipts.executeForMunicipality(
      row.municipalityCode,
      row.applicationId,
    );
    await this.counter.recordRead(row, actor, 'counter.receipt');
    return receipt;
  }

  /**
   * The 控え for whoever holds the link, for COUNTER_RECEIPT_WINDOW_MS after they confirmed (the
   * resident at the counter, signed in or not); audited.
   */
  async receiptByToken(resident: Actor | null, token: string): Promise<ReceiptPdf> {
    const tenant = await this.tokens.findTenant(token);
    return this.counter.inTenant(
      { municipalityCode: tenant.municipalityCode, residentId: resident?.id ?? null },
      async () => {
        const row = this.tokens.requireReceiptWindow(
          await this.counter.findForMunicipality(tenant.municipalityCode, tenant.id),
        );
        const receipt = await this.receipts.executeForMunicipality(
          row.municipalityCode,
          row.applicationId,
        );
        await this.counter.recordRead(
          row,
          { kind: 'resident', id: resident?.id ?? anonymousCounterResidentId(row.id) },
          'counter.receipt',
        );
        return receipt;
      },
    );
  }

  /** What the link holder is asked to confirm, 個人番号 and other sensitive values masked; audited. */
  async preview(resident: Actor | null, token: string): Promise<CounterConfirmationPreview> {
    const tenant = await this.tokens.findTenant(token);
    return this.counter.inTenant(
      { municipalityCode: tenant.municipalityCode, residentId: resident?.id ?? null },
      async () => {
        const row = this.tokens.requireUsable(
          await this.counter.findForMunicipality(tenant.municipalityCode, tenant.id),
        );
        const form = await this.forms.get(row.municipalityCode, row.procedureId, row.formVersion);
        const municipalityName = await this.counter.findMunicipalityName(row.municipalityCode);
        const attachments = await this.attachmentsOf(row, form);
        await this.counter.recordPreview(row, resident?.id ?? anonymousCounterResidentId(row.id));
        return {
          municipalityCode: row.municipalityCode,
          municipalityName: municipalityName?.ja ?? row.municipalityCode,
          procedureId: row.procedureId,
          procedureTitle: form.definition.title,
          formVersion: row.formVersion,
          answers: maskSensitiveAnswers(row.answers, form.sensitivePaths(row.answers)),
          identityMethod: row.identityCheck.method,
          tokenExpiresAt: row.tokenExpiresAt.toISOString(),
          attachments,
        };
      },
    );
  }

  /**
   * One file staff attached, for the link holder to look at before confirming (an image shown
   * on the confirmation page); only while the link is usable, only the files of its answers.
   */
  async attachmentByToken(
    resident: Actor | null,
    token: string,
    attachmentId: string,
  ): Promise<AttachmentDownload> {
    const tenant = await this.tokens.findTenant(token);
    return this.counter.inTenant(
      { municipalityCode: tenant.municipalityCode, residentId: resident?.id ?? null },
      async () => {
        const row = this.tokens.requireUsable(
          await this.counter.findForMunicipality(tenant.municipalityCode, tenant.id),
        );
        const form = await this.forms.get(row.municipalityCode, row.procedureId, row.formVersion);
        if (!counterAttachmentIds(form, row.answers).includes(attachmentId)) {
          throw counterException('counter_confirmation_not_found');
        }
        const download = await this.attachments.downloadOwned(
          anonymousCounterResidentId(row.id),
          attachmentId,
        );
        await this.counter
          .recordRead(
            row,
            { kind: 'resident', id: resident?.id ?? anonymousCounterResidentId(row.id) },
            'counter.attachment_view',
            { attachmentId },
          )
          .catch((error: unknown) => {
            download.stream.destroy();
            throw error;
          });
        return download;
      },
    );
  }

  private async attachmentsOf(
    row: CounterConfirmationRow,
    form: CompiledForm,
  ): Promise<CounterAttachment[]> {
    const files = await this.attachments.describeOwnWithSlots(
      anonymousCounterResidentId(row.id),
      counterAttachmentIds(form, row.answers),
    );
    return files.map(({ id, slotId, fileName, mimeType, bytes }) => ({
      id,
      slotId,
      fileName,
      mimeType,
      bytes,
    }));
  }

  private requirePending(row: CounterConfirmationRow): void {
    if (row.status === 'confirmed') {
      throw counterException('counter_already_confirmed');
    }
    if (row.status === 'cancelled') {
      throw counterException('counter_cancelled');
    }
  }

  private async requireOfMunicipality(
    actor: StaffActor,
    id: string,
  ): Promise<CounterConfirmationRow> {
    const row = await this.counter.findForMunicipality(actor.municipalityCode, id);
    if (!row) {
      throw counterException('counter_confirmation_not_found');
    }
    return row;
  }

  private async toDto(row: CounterConfirmationRow): Promise<CounterConfirmation> {
    const form = await this.forms.get(row.municipalityCode, row.procedureId, row.formVersion);
    return toCounterConfirmationDto(row, {
      procedureTitle: form.definition.title,
      attachmentCount: counterAttachmentIds(form, row.answers).length,
    });
  }
}
