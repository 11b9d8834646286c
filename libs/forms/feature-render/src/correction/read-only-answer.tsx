import type { FieldDefinition } from '@madoguchi/forms-schema';
import { FormMessage } from '@madoguchi/web-ui-kit';
import { AnswerSummary } from '../confirmation/answer-summary.js';
import { fieldDomId } from '../field-paths.js';
import { localize, useRenderer } from '../renderer-context.js';

function parentOf(path: string): string {
  const at = path.lastIndexOf('.');
  return at < 0 ? '' : path.slice(0, at);
}

function containerAt(answers: Record<string, unknown>, path: string): Record<string, unknown> {
  let current: unknown = answers;
  for (const segment of path ? path.split('.') : []) {
    current =
      typeof current === 'object' && current !== null
        ? (current as Record<string, unknown>)[segment]
        : undefined;
  }
  return typeof current === 'object' && current !== null
    ? (current as Record<string, unknown>)
    : {};
}

/**
 * An answer the 補正依頼 did not open, shown as on the confirmation page (個人番号 masked as the
 * API sent it): the resident sees it but cannot change it. A refusal of the API for it (an
 * answer that must stay as it was) shows here, where the error summary leads.
 */
export function ReadOnlyAnswer({ field, path }: { field: FieldDefinition; path: string }) {
  const renderer = useRenderer();
  const displayAnswers = renderer.correction?.displayAnswers ?? renderer.answers;
  const issue = renderer.issueFor(path);
  const id = fieldDomId(path);
  return (
    <div className="mdg-correction-readonly" id={id} tabIndex={issue ? -1 : undefined}>
      {issue ? (
        <FormMessage id={`${id}-error`} kind="error">
          {localize(issue.message, renderer.locale)}
        </FormMessage>
      ) : null}
      <AnswerSummary
        fields={[field]}
        values={containerAt(displayAnswers, parentOf(path))}
        path={parentOf(path)}
        level={4}
      />
    </div>
  );
}
