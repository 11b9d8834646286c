import type { FormDefinition } from '@madoguchi/forms-schema';
import { resolveFieldPath } from '@madoguchi/forms-schema';
import type { AnswerVersion } from '@madoguchi/procedures-contracts';
import { useProcedureForm } from '@madoguchi/web-data-access-api';
import { pickText } from '@madoguchi/shared-util-i18n';
import { formatDateTime } from '../../i18n/format.js';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import type { ConsoleLocale } from '../../i18n/messages.js';
import { useReviewMessages } from './review-messages.js';

/** The label of an answer path as the form names it (a repeat item as 子ども2 is left to the path). */
function labelOf(
  definition: FormDefinition | undefined,
  path: string,
  locale: ConsoleLocale,
): string {
  if (!definition) {
    return path;
  }
  const scope = new Map(
    definition.steps.flatMap((step) => step.fields).map((field) => [field.id, field]),
  );
  const field =
    resolveFieldPath(scope, path) ??
    resolveFieldPath(scope, path.split('.').slice(0, -1).join('.'));
  if (!field) {
    return path;
  }
  const label = pickText(field.label, locale);
  return locale === 'en' ? `${label} (${path})` : `${label}（${path}）`;
}

function asText(value: unknown, none: string): string {
  if (value === null || value === undefined || value === '') {
    return none;
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? none : value.map((item) => asText(item, none)).join('、');
  }
  if (typeof value === 'object') {
    return Object.values(value)
      .map((item) => asText(item, none))
      .join(' ');
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * What each 再送信 changed, from the versions the API keeps (values masked as in the answers):
 * so staff check the corrected fields without comparing the whole form by eye.
 */
export function AnswerChanges({
  versions,
  municipalityCode,
  procedureId,
  formVersion,
}: {
  versions: readonly AnswerVersion[];
  municipalityCode: string;
  procedureId: string;
  formVersion: number;
}) {
  const { locale } = useConsoleLocale();
  const text = useReviewMessages().answerChanges;
  const form = useProcedureForm(municipalityCode, procedureId, formVersion);
  const resubmissions = versions.filter((version) => version.version > 1);
  return (
    <section aria-labelledby="answer-changes-heading">
      <h2 id="answer-changes-heading">{text.heading}</h2>
      {resubmissions.length === 0 ? <p>{text.noChange}</p> : null}
      {resubmissions.map((version) => (
        <table key={version.version} className="mdg-table">
          <caption>{text.version(version.version, formatDateTime(version.submittedAt))}</caption>
          <thead>
            <tr>
              <th scope="col">{text.field}</th>
              <th scope="col">{text.before}</th>
              <th scope="col">{text.after}</th>
            </tr>
          </thead>
          <tbody>
            {version.changes.map((change) => (
              <tr key={change.path}>
                <th scope="row">{labelOf(form.data?.definition, change.path, locale)}</th>
                <td>{asText(change.before, text.none)}</td>
                <td>{asText(change.after, text.none)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
