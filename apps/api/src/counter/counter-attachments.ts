import type { CompiledForm } from '@madoguchi/forms-schema';

/** The attachment ids the answers give, each once, in the order of the form. */
export function counterAttachmentIds(
  form: Pick<CompiledForm, 'attachmentsIn'>,
  answers: Readonly<Record<string, unknown>>,
): string[] {
  return [...new Set(form.attachmentsIn(answers).flatMap((reference) => reference.ids))];
}
