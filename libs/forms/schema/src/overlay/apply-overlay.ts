import { cloneJson } from '../util/clone-json.js';
import {
  FormDefinitionError,
  type FormDefinitionIssue,
} from '../definition/form-definition.error.js';
import {
  formDefinitionSchema,
  type FieldDefinition,
  type FormDefinition,
} from '../definition/form-definition.schema.js';
import { checkFormDefinition, toDefinitionIssues } from '../definition/parse-form-definition.js';
import {
  municipalityOverlaySchema,
  type MunicipalityOverlay,
} from './municipality-overlay.schema.js';

type FieldLocation = { field: FieldDefinition; siblings: FieldDefinition[]; index: number };

function findField(fields: FieldDefinition[], path: string): FieldLocation | undefined {
  const [head = '', ...rest] = path.split('.');
  const index = fields.findIndex((field) => field.id === head);
  const field = fields[index];
  if (!field) {
    return undefined;
  }
  if (rest.length === 0) {
    return { field, siblings: fields, index };
  }
  return field.type === 'group' ? findField(field.fields, rest.join('.')) : undefined;
}

function findInSteps(definition: FormDefinition, path: string): FieldLocation | undefined {
  for (const step of definition.steps) {
    const found = findField(step.fields, path);
    if (found) {
      return found;
    }
  }
  return undefined;
}

function hasLegallyRequired(field: FieldDefinition): boolean {
  return field.legallyRequired || (field.type === 'group' && field.fields.some(hasLegallyRequired));
}

function insertAfter<T extends { id: string }>(
  list: T[],
  item: T,
  after: string | undefined,
): boolean {
  if (after === undefined) {
    list.push(item);
    return true;
  }
  const index = list.findIndex((entry) => entry.id === after);
  if (index < 0) {
    return false;
  }
  list.splice(index + 1, 0, item);
  return true;
}

/**
 * Applies a municipality overlay to a standard form and returns the effective form definition
 * (a new object; the standard is not modified). Throws a `FormDefinitionError` listing every
 * problem: an invalid overlay, a missing target, an id clash, or an attempt to hide a field that
 * the law requires (`legallyRequired`).
 */
export function applyOverlay(standard: FormDefinition, overlayJson: unknown): FormDefinition {
  const parsed = municipalityOverlaySchema.safeParse(overlayJson);
  if (!parsed.success) {
    throw new FormDefinitionError(toDefinitionIssues(parsed.error), 'municipality overlay');
  }
  const overlay: MunicipalityOverlay = parsed.data;
  const issues: FormDefinitionIssue[] = [];
  if (overlay.procedureId !== standard.id) {
    issues.push({
      path: 'procedureId',
      message: `overlay is for "${overlay.procedureId}", not "${standard.id}"`,
    });
  }
  if (overlay.baseVersions && !overlay.baseVersions.includes(standard.version)) {
    issues.push({
      path: 'baseVersions',
      message: `overlay was not written for version ${standard.version}`,
    });
  }
  const effective = cloneJson(standard);

  for (const listId of Object.keys(overlay.optionLists)) {
    if (listId in effective.optionLists) {
      issues.push({
        path: `optionLists.${listId}`,
        message: 'a standard option list cannot be replaced',
      });
    }
  }
  effective.optionLists = { ...effective.optionLists, ...overlay.optionLists };

  overlay.addSteps.forEach(({ after, step }, index) => {
    if (!insertAfter(effective.steps, step, after)) {
      issues.push({ path: `addSteps.${index}.after`, message: `unknown step "${after ?? ''}"` });
    }
  });

  overlay.addFields.forEach(({ stepId, groupPath, after, field }, index) => {
    const step = effective.steps.find((candidate) => candidate.id === stepId);
    if (!step) {
      issues.push({ path: `addFields.${index}.stepId`, message: `unknown step "${stepId}"` });
      return;
    }
    let siblings = step.fields;
    if (groupPath !== undefined) {
      const group = findField(step.fields, groupPath)?.field;
      if (group?.type !== 'group') {
        issues.push({
          path: `addFields.${index}.groupPath`,
          message: `no group "${groupPath}" in step "${stepId}"`,
        });
        return;
      }
      siblings = group.fields;
    }
    if (!insertAfter(siblings, field, after)) {
      issues.push({ path: `addFields.${index}.after`, message: `unknown field "${after ?? ''}"` });
    }
  });

  overlay.hideFields.forEach((path, index) => {
    const location = findInSteps(effective, path);
    if (!location) {
      issues.push({ path: `hideFields.${index}`, message: `unknown field "${path}"` });
      return;
    }
    if (hasLegallyRequired(location.field)) {
      issues.push({
        path: `hideFields.${index}`,
        message: `"${path}" is legally required (legallyRequired) and cannot be hidden by a municipality`,
      });
      return;
    }
    // Hidden with a false condition rather than removed, so conditions that read it stay valid.
    location.siblings[location.index] = { ...location.field, visibleWhen: false };
  });

  for (const [path, help] of Object.entries(overlay.help)) {
    const location = findInSteps(effective, path);
    if (location) {
      location.siblings[location.index] = { ...location.field, help };
    } else {
      issues.push({ path: `help.${path}`, message: `unknown field "${path}"` });
    }
  }

  effective.attachments.push(...overlay.addAttachments);
  for (const [slotId, guidance] of Object.entries(overlay.attachmentGuidance)) {
    const slot = effective.attachments.find((candidate) => candidate.id === slotId);
    if (slot) {
      slot.guidance = guidance;
    } else {
      issues.push({
        path: `attachmentGuidance.${slotId}`,
        message: `unknown attachment slot "${slotId}"`,
      });
    }
  }

  if (overlay.signature) {
    effective.signature = overlay.signature;
  }
  effective.deadlines.push(...overlay.addDeadlines);
  if (overlay.standardProcessingDays !== undefined) {
    effective.standardProcessingDays = overlay.standardProcessingDays;
  }
  if (overlay.contact) {
    effective.contact = overlay.contact;
  }
  effective.municipalityCode = overlay.municipalityCode;

  if (issues.length > 0) {
    throw new FormDefinitionError(issues, 'municipality overlay');
  }
  const reparsed = formDefinitionSchema.safeParse(effective);
  if (!reparsed.success) {
    throw new FormDefinitionError(
      toDefinitionIssues(reparsed.error),
      'effective form (standard + overlay)',
    );
  }
  const crossIssues = checkFormDefinition(reparsed.data);
  if (crossIssues.length > 0) {
    throw new FormDefinitionError(crossIssues, 'effective form (standard + overlay)');
  }
  return reparsed.data;
}
