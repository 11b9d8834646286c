import type { FormChange, FormDefinition, FormMigrationInput } from '@madoguchi/forms-schema';
import { diffFormVersions, resolveFieldPath } from '@madoguchi/forms-schema';
import type { Locale } from '@madoguchi/shared-util-i18n';
import { pickText } from '@madoguchi/shared-util-i18n';

/** What changed between a draft's form version and the current one, as the resident reads it. */
export type FormVersionSummary = { added: string[]; removed: string[]; changed: string[] };

const ADDED: ReadonlySet<FormChange['kind']> = new Set([
  'fieldAdded',
  'stepAdded',
  'attachmentAdded',
]);
const REMOVED: ReadonlySet<FormChange['kind']> = new Set([
  'fieldRemoved',
  'stepRemoved',
  'attachmentRemoved',
]);

/** The label of a change's path in a definition: a field, a step or an attachment slot. */
function labelIn(definition: FormDefinition, path: string, locale: Locale): string | undefined {
  const [head, ...rest] = path.split('.');
  const id = rest.join('.');
  if (head === 'steps') {
    const step = definition.steps.find((candidate) => candidate.id === id);
    return step ? pickText(step.title, locale) : undefined;
  }
  if (head === 'attachments') {
    const slot = definition.attachments.find((candidate) => candidate.id === id);
    return slot ? pickText(slot.label, locale) : undefined;
  }
  if (head === 'signature') {
    return undefined;
  }
  const scope = new Map(
    definition.steps.flatMap((step) => step.fields).map((field) => [field.id, field]),
  );
  const field = resolveFieldPath(scope, path);
  return field ? pickText(field.label, locale) : undefined;
}

/**
 * The engine's diff of two form versions, worded with the labels of the form (a removed field
 * with its old label): fields added, removed and changed, each named once.
 */
export function summarizeFormChanges(
  previous: FormDefinition,
  next: FormDefinition,
  locale: Locale,
): FormVersionSummary {
  const summary: FormVersionSummary = { added: [], removed: [], changed: [] };
  for (const change of diffFormVersions(previous, next).changes) {
    const group = ADDED.has(change.kind)
      ? 'added'
      : REMOVED.has(change.kind)
        ? 'removed'
        : 'changed';
    const label = labelIn(group === 'removed' ? previous : next, change.path, locale);
    if (label && !summary[group].includes(label)) {
      summary[group].push(label);
    }
  }
  summary.changed = summary.changed.filter((label) => !summary.added.includes(label));
  return summary;
}

/**
 * The migration from one version to the next when the form ships none: the answers of removed
 * fields are dropped, everything else is carried as it is (the new version's validation then asks
 * only for what is really new).
 */
export function derivedMigration(
  previous: { formVersion: number; definition: FormDefinition },
  next: { formVersion: number; definition: FormDefinition },
): FormMigrationInput {
  const drops = diffFormVersions(previous.definition, next.definition)
    .changes.filter((change) => change.kind === 'fieldRemoved')
    .map((change) => change.path);
  return { from: previous.formVersion, to: next.formVersion, drops };
}
