import type { FormDefinition } from '@madoguchi/forms-schema';
import { resolveFieldPath } from '@madoguchi/forms-schema';
import type { AnswerVersion } from '@madoguchi/procedures-contracts';
import { useProcedureForm } from '@madoguchi/web-data-access-api';
import { formatDateTime } from '../../i18n/format.js';

const TEXTS = {
  heading: '再送信で変わった内容',
  version: (version: number, at: string) => `第${version}版（${at} の再送信）`,
  field: '項目',
  before: '変更前',
  after: '変更後',
  none: '（なし）',
  noChange: '再送信はまだありません。',
} as const;

/** The label of an answer path as the form names it (a repeat item as 子ども2 is left to the path). */
function labelOf(definition: FormDefinition | undefined, path: string): string {
  if (!definition) {
    return path;
  }
  const scope = new Map(
    definition.steps.flatMap((step) => step.fields).map((field) => [field.id, field]),
  );
  const field =
    resolveFieldPath(scope, path) ??
    resolveFieldPath(scope, path.split('.').slice(0, -1).join('.'));
  return field ? `${field.label.ja}（${path}）` : path;
}

function asText(value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return TEXTS.none;
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? TEXTS.none : value.map(asText).join('、');
  }
  if (typeof value === 'object') {
    return Object.values(value).map(asText).join(' ');
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
  const form = useProcedureForm(municipalityCode, procedureId, formVersion);
  const resubmissions = versions.filter((version) => version.version > 1);
  return (
    <section aria-labelledby="answer-changes-heading">
      <h2 id="answer-changes-heading">{TEXTS.heading}</h2>
      {resubmissions.length === 0 ? <p>{TEXTS.noChange}</p> : null}
      {resubmissions.map((version) => (
        <table key={version.version} className="mdg-table">
          <caption>{TEXTS.version(version.version, formatDateTime(version.submittedAt))}</caption>
          <thead>
            <tr>
              <th scope="col">{TEXTS.field}</th>
              <th scope="col">{TEXTS.before}</th>
              <th scope="col">{TEXTS.after}</th>
            </tr>
          </thead>
          <tbody>
            {version.changes.map((change) => (
              <tr key={change.path}>
                <th scope="row">{labelOf(form.data?.definition, change.path)}</th>
                <td>{asText(change.before)}</td>
                <td>{asText(change.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
