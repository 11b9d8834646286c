/** One problem in a form definition, with the dot path of the offending property. */
export type FormDefinitionIssue = { path: string; message: string };

/** Thrown by `parseFormDefinition` (and `applyOverlay`) with every problem found, not just the first. */
export class FormDefinitionError extends Error {
  readonly issues: readonly FormDefinitionIssue[];

  constructor(issues: readonly FormDefinitionIssue[], subject = 'form definition') {
    const lines = issues.map((issue) => `  - ${issue.path || '(root)'}: ${issue.message}`);
    super(
      `Invalid ${subject} (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`,
    );
    this.name = 'FormDefinitionError';
    this.issues = issues;
  }
}
