import { Injectable } from '@nestjs/common';
import type { AttachmentSlot, CompiledForm } from '@madoguchi/forms-schema';

import { CatalogService } from '../catalog/catalog.service.js';
import { FormRegistry } from '../catalog/form-registry.service.js';
import { attachmentsException } from './attachments.exception.js';

export type SlotReference = {
  municipalityCode: string;
  procedureId: string;
  formVersion: number;
  slotId: string;
};

/** Attachment slots of the form version a municipality accepts a procedure with. */
@Injectable()
export class AttachmentSlotsService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly forms: FormRegistry,
  ) {}

  /** The compiled form, after checking that the municipality accepts the procedure online. */
  async requireForm(
    municipalityCode: string,
    procedureId: string,
    formVersion: number,
  ): Promise<CompiledForm> {
    await this.catalog.requireProcedure(municipalityCode, procedureId);
    return this.forms.get(municipalityCode, procedureId, formVersion);
  }

  async requireSlot(reference: SlotReference): Promise<AttachmentSlot> {
    const { definition } = await this.requireForm(
      reference.municipalityCode,
      reference.procedureId,
      reference.formVersion,
    );
    const slot = definition.attachments.find((candidate) => candidate.id === reference.slotId);
    if (!slot) {
      throw attachmentsException('slot_not_found', [
        {
          path: 'slotId',
          code: 'slot_not_found',
          message: {
            ja: 'この手続にその添付書類の欄はありません。',
            en: 'This procedure has no such attachment slot.',
          },
        },
      ]);
    }
    return slot;
  }
}
