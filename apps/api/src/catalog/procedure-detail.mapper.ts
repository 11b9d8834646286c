import type { FieldDefinition, FormDefinition } from '@madoguchi/forms-schema';
import type { ProcedureContact, ProcedureDetail } from '@madoguchi/procedures-contracts';
import type { MunicipalityEntity, ProcedureEntity } from '@madoguchi/server-database';

import { toMunicipalityDto, toProcedureDto } from './catalog-dto.mapper.js';

function asksForMyNumber(fields: readonly FieldDefinition[]): boolean {
  return fields.some((field) =>
    field.type === 'group' ? asksForMyNumber(field.fields) : field.type === 'myNumber',
  );
}

/**
 * The office to contact: the municipality overlay's contact for this procedure (申請先) when it
 * sets one, else the municipality's general contact.
 */
export function toContact(
  definition: FormDefinition,
  municipality: MunicipalityEntity,
): ProcedureContact | null {
  if (definition.contact) {
    return definition.contact;
  }
  return municipality.contact ? { ...municipality.contact } : null;
}

/** What a resident reads before the form, taken from the effective form definition. */
export function toProcedureDetailDto(
  procedure: ProcedureEntity,
  municipality: MunicipalityEntity,
  definition: FormDefinition,
): ProcedureDetail {
  const firstStep = definition.steps[0];
  return {
    procedure: toProcedureDto(procedure),
    municipality: toMunicipalityDto(municipality),
    legalBasis: definition.legalBasis,
    applicant: {
      title: firstStep?.title ?? definition.title,
      ...(firstStep?.description ? { description: firstStep.description } : {}),
    },
    identityLevel: definition.identityLevel,
    signature: {
      isRequired: definition.signature.required,
      exceptions: definition.signature.variants.map((variant) => ({
        isRequired: variant.required,
        reason: variant.reason,
      })),
    },
    asksForMyNumber: definition.steps.some((step) => asksForMyNumber(step.fields)),
    standardProcessingDays: definition.standardProcessingDays ?? null,
    deadlines: definition.deadlines.map((deadline) => ({
      days: deadline.days,
      description: deadline.description,
    })),
    documents: definition.attachments.map((slot) => ({
      id: slot.id,
      label: slot.label,
      guidance: slot.guidance,
      isRequired: slot.required,
      isRequiredSometimes: !slot.required && slot.requiredWhen !== undefined,
      accept: slot.accept,
      maxBytes: slot.maxBytes,
      maxFiles: slot.maxFiles,
    })),
    contact: toContact(definition, municipality),
  };
}
