import type { CompiledForm, FormDefinition } from '@madoguchi/forms-schema';
import type { FieldErrors, Resolver } from 'react-hook-form';

/**
 * A problem with one answer, from the engine in the browser or from the API (same shape, same
 * codes, same messages). `path` is the react-hook-form dot path (`children.2.myNumber`).
 */
export type FieldIssue = {
  path: string;
  code: string;
  message: { ja: string; en: string; easyJa?: string };
};

export type FormAnswers = Record<string, unknown>;

/** Whether an issue belongs to one of the top-level fields of a step ('' paths belong to none). */
export function isIssueInStep(
  definition: FormDefinition,
  stepId: string,
  issue: FieldIssue,
): boolean {
  const step = definition.steps.find((candidate) => candidate.id === stepId);
  const rootId = issue.path.split('.')[0];
  return step !== undefined && step.fields.some((field) => field.id === rootId);
}

/** react-hook-form errors (nested by dot path) for a list of issues; the first issue of a path wins. */
export function toFieldErrors(issues: readonly FieldIssue[]): FieldErrors<FormAnswers> {
  const errors: Record<string, unknown> = {};
  for (const issue of issues) {
    const segments = issue.path === '' ? ['root'] : issue.path.split('.');
    let node = errors;
    for (const segment of segments) {
      const next = (node[segment] ??= {}) as Record<string, unknown>;
      node = next;
    }
    if (node.type === undefined) {
      node.type = issue.code;
      node.message = issue.message.ja;
    }
  }
  return errors as FieldErrors<FormAnswers>;
}

export type EngineResolverState = {
  /** The step "次へ" validates; undefined for the whole form (confirmation, submission). */
  stepId: string | undefined;
  /** The issues of the last failed run, in the engine's order, for the error summary. */
  lastIssues: FieldIssue[];
};

/**
 * Adapts the compiled validator of `@madoguchi/forms-schema` (the very function the API runs) to
 * a react-hook-form resolver. With a step id it checks that step only: its required fields and
 * the formats of what is typed there. Valid answers come back normalised (ISO dates, numbers,
 * katakana, hidden fields removed), which is what `handleSubmit` passes on.
 */
export function createEngineResolver(
  compiled: CompiledForm,
  state: EngineResolverState,
): Resolver<FormAnswers> {
  return (values) => {
    const { stepId } = state;
    const result = compiled.validate(values, stepId === undefined ? {} : { stepId });
    if (result.ok) {
      state.lastIssues = [];
      return { values: result.answers, errors: {} };
    }
    const issues =
      stepId === undefined
        ? result.issues
        : result.issues.filter((issue) => isIssueInStep(compiled.definition, stepId, issue));
    state.lastIssues = issues;
    if (issues.length === 0) {
      // Problems elsewhere only (an earlier step): this step may go on; the confirmation catches them.
      return { values, errors: {} };
    }
    return { values: {}, errors: toFieldErrors(issues) };
  };
}
