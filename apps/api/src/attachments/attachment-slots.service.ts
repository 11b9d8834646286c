import { Injectable } from '@nestjs/common';
import type { AttachmentSlot, FieldDefinition, FormDefinition } from '@madoguchi/forms-schema';

import { CatalogService } from '../catalog/catalog.service.js';
import { FormRegistry } from '../catalog/form-registry.service.js';
import { attachmentsException } from './attachments.exception.js';

export type SlotReference = {
  municipalityCode: string;
  procedureId: string;
  formVersion: number;
  slotId: string;
};

/** The dot path of the first attachment field that uses each slot (`proxy.letterOfAttorney`). */
export function attachmentFieldPaths(definition: FormDefinition): Map<string, string> {
  const paths = new Map<string, string>();
  const visit = (fields: readonly FieldDefinition[], base: string): void => {
    for (const field of fields) {
      const path = base === '' ? field.id : `${base}.${field.id}`;
      if (field.type === 'group') {
        visit(field.fields, path);
      } else if (field.type === 'attachment' && !paths.has(field.slot ?? field.id)) {
        paths.set(field.slot ?? field.id, path);
      }
    }
  };
  for (const step of definition.steps) {
    visit(step.fields, '');
  }
  return paths;
}

/** Attachment slots of the form version a municipality accepts a procedure with. */
@Injectable()
export class AttachmentSlotsService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly forms: FormRegistry,
  ) {}

  /** The form definition, after checking that the municipality accepts the procedure online. */
  async requireForm(
    municipalityCode: string,
    procedureId: string,
    formVersion: number,
  ): Promise<FormDefinition> {
    await this.catalog.requireProcedure(municipalityCode, procedureId);
    return (await this.forms.get(municipalityCode, procedureId, formVersion)).definition;
  }

  async requireSlot(reference: SlotReference): Promise<AttachmentSlot> {
    const definition = await this.requireForm(
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
