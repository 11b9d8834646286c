import type { FormDefinition, LabelSegment } from '@madoguchi/forms-schema';
import { compileForm } from '@madoguchi/forms-schema';
import { pickText } from '@madoguchi/shared-util-i18n';
import type { ConsoleLocale } from '../../i18n/messages.js';
import { REVIEW_CATALOGUE } from './review-messages.js';

/** One answer staff may ask the resident to fix, under the step it is asked in. */
export type CorrectionTarget = {
  /** The path the API takes in `fieldsToFix` (`children.1.birthDate` for the second child). */
  path: string;
  label: string;
  isAttachment: boolean;
};

export type CorrectionStep = { id: string; title: string; targets: CorrectionTarget[] };

function labelOf(segments: readonly LabelSegment[], locale: ConsoleLocale): string {
  return segments
    .map((segment) =>
      segment.kind === 'field'
        ? pickText(segment.label, locale)
        : `${pickText(segment.itemLabel, locale)}${segment.position}`,
    )
    .join('・');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether every repeat item the path names exists in the answers (no picking a 3rd child of 2). */
function hasItems(answers: Record<string, unknown>, path: string): boolean {
  let current: unknown = answers;
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      if (!Array.isArray(current) || !isPlainObject(current[Number(segment)])) {
        return false;
      }
      current = current[Number(segment)];
      continue;
    }
    current = isPlainObject(current) ? current[segment] : undefined;
  }
  return true;
}

/**
 * The answers of an application a 補正依頼 may name, step by step, from its exact form version:
 * the compiled form's leaf fields (a repeating group's fields once per item the resident gave),
 * attachment fields under their slot's label. The API resolves the same paths (`resolveFieldPath`).
 */
export function findCorrectionTargets(
  definition: FormDefinition,
  answers: Record<string, unknown>,
  locale: ConsoleLocale = 'ja',
): CorrectionStep[] {
  const form = compileForm(definition);
  const stepOfField = new Map(
    definition.steps.flatMap((step) => step.fields.map((field) => [field.id, step.id] as const)),
  );
  const slots = new Map(definition.attachments.map((slot) => [slot.id, slot]));
  const byStep = new Map<string, CorrectionTarget[]>();
  for (const leaf of form.leafFields(Number.POSITIVE_INFINITY)) {
    if (!hasItems(answers, leaf.path)) {
      continue;
    }
    const isAttachment = leaf.field.type === 'attachment';
    const slot = isAttachment ? slots.get(leaf.field.slot ?? leaf.field.id) : undefined;
    const label = slot
      ? `${labelOf(
          [
            ...leaf.labels.filter((segment) => segment.kind === 'item'),
            { kind: 'field', label: slot.label },
          ],
          locale,
        )}${REVIEW_CATALOGUE[locale].correction.attachmentSuffix}`
      : labelOf(leaf.labels, locale);
    const stepId = stepOfField.get(leaf.path.split('.')[0] ?? '') ?? '';
    byStep.set(stepId, [...(byStep.get(stepId) ?? []), { path: leaf.path, label, isAttachment }]);
  }
  return definition.steps
    .map((step) => ({
      id: step.id,
      title: pickText(step.title, locale),
      targets: byStep.get(step.id) ?? [],
    }))
    .filter((step) => step.targets.length > 0);
}
