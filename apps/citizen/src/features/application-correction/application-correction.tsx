import { FormRenderer } from '@madoguchi/forms-feature-render';
import type { FieldIssue, FormAnswers, SubmitOutcome } from '@madoguchi/forms-feature-render';
import type { FormDefinition } from '@madoguchi/forms-schema';
import { compileForm, resolveFieldPath } from '@madoguchi/forms-schema';
import type { Locale } from '@madoguchi/shared-util-i18n';
import { pickText } from '@madoguchi/shared-util-i18n';
import {
  isApiRequestError,
  useAttachmentFiles,
  useAttachmentUploads,
  useMyApplication,
  usePostalCodeLookup,
  useProcedureForm,
  useResubmitMyApplication,
} from '@madoguchi/web-data-access-api';
import { Notice, RubyText } from '@madoguchi/web-ui-kit';
import { useMemo, useState } from 'react';
import { useNavigate } from '../../routing/router.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useDocumentTitle } from '../../i18n/use-document-title.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';
import { CORRECTION_ISSUE_CODES, CORRECTION_TEXTS } from './correction-texts.js';

/** The API's field issues, those the page words itself in the resident's language. */
function toFieldIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.map((issue) => {
    const key = CORRECTION_ISSUE_CODES[issue.code as keyof typeof CORRECTION_ISSUE_CODES];
    return key
      ? {
          ...issue,
          message: {
            ja: CORRECTION_TEXTS.ja[key],
            en: CORRECTION_TEXTS.en[key],
            easyJa: CORRECTION_TEXTS.easyJa[key],
          },
        }
      : issue;
  });
}

/** The label of a flagged path, as the form names it (the path itself if the form has no such field). */
function labelOf(definition: FormDefinition, path: string, locale: Locale): string {
  const scope = new Map(
    definition.steps.flatMap((step) => step.fields).map((field) => [field.id, field]),
  );
  const field = resolveFieldPath(scope, path);
  return field ? pickText(field.label, locale) : path;
}

/**
 * 補正: the form of the exact version in correction mode. Only the fields the office flagged take
 * input, each with its message; the rest is shown as sent, and the API keeps the 個人番号.
 */
export function ApplicationCorrection({ applicationId }: { applicationId: string }) {
  const { messages, locale } = useLocale();
  const navigate = useNavigate();
  const application = useMyApplication(applicationId);
  const detail = application.data;
  const form = useProcedureForm(
    detail?.municipalityCode ?? '',
    detail?.procedureId ?? '',
    detail?.formVersion,
  );
  const resubmit = useResubmitMyApplication(applicationId);
  const attachments = useAttachmentUploads({
    municipalityCode: detail?.municipalityCode ?? '',
    procedureId: detail?.procedureId ?? '',
    formVersion: detail?.formVersion ?? 0,
  });
  // The files sent with the application, by name, so the resident sees what is attached.
  const attachmentIds = useMemo(
    () =>
      form.data && detail
        ? compileForm(form.data.definition)
            .attachmentsIn(detail.answers)
            .flatMap((reference) => reference.ids)
        : [],
    [form.data, detail],
  );
  const attachmentFiles = useAttachmentFiles(attachmentIds);
  // An address flagged for correction fills itself from its 郵便番号, as in the form.
  const lookupPostalCode = usePostalCodeLookup();
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const title = detail
    ? messages.correctionTitle(pickText(detail.procedureTitle, locale))
    : messages.loading;
  useDocumentTitle(title);

  const submit = async (answers: FormAnswers): Promise<SubmitOutcome> => {
    setFailure(undefined);
    try {
      await resubmit.mutateAsync(answers);
      await navigate(`/applications/${applicationId}`, { state: { notice: 'resubmitted' } });
      return { ok: true };
    } catch (error) {
      if (isApiRequestError(error) && error.fields.length > 0) {
        return { ok: false, issues: toFieldIssues(error.fields) };
      }
      setFailure(
        isApiRequestError(error) ? pickText(error.apiError.message, locale) : messages.actionFailed,
      );
      return { ok: false, issues: [] };
    }
  };

  if (application.isError) {
    return (
      <LoadFailedNotice error={application.error} onRetry={() => void application.refetch()} />
    );
  }
  if (form.isError) {
    return <LoadFailedNotice error={form.error} onRetry={() => void form.refetch()} />;
  }
  if (!detail || !form.data || attachmentFiles.isPending) {
    return <LoadingNotice />;
  }
  const texts = CORRECTION_TEXTS[locale];
  // The office's overall message: the one it gave with this correction request.
  const request = detail.events.filter((event) => event.toStatus === 'correction_requested').at(-1);
  const lastMessage =
    request?.messageToResident ??
    detail.events.filter((event) => event.messageToResident).at(-1)?.messageToResident;
  return (
    <>
      <h1>
        <RubyText>{title}</RubyText>
      </h1>
      {lastMessage ? (
        <Notice tone="warning" title={messages.messagesHeading}>
          <p className="mdg-message">{lastMessage}</p>
        </Notice>
      ) : null}
      {detail.correctionFields.length > 0 ? (
        <section aria-labelledby="correction-fields-heading">
          <h2 id="correction-fields-heading">
            <RubyText>{texts.fieldsHeading}</RubyText>
          </h2>
          <ul>
            {detail.correctionFields.map((path) => (
              <li key={path}>
                <strong>
                  <RubyText>{labelOf(form.data.definition, path, locale)}</RubyText>
                </strong>
                {detail.correctionMessages[path] ? (
                  <p className="mdg-message">{detail.correctionMessages[path]}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mdg-hint">
        <RubyText>{messages.correctionLead}</RubyText>
      </p>
      {failure ? (
        <Notice tone="error" title={messages.actionFailed}>
          <p>{failure}</p>
        </Notice>
      ) : null}
      <FormRenderer
        definition={form.data.definition}
        locale={locale}
        defaultAnswers={detail.answers}
        editablePaths={detail.correctionFields}
        fieldNotes={detail.correctionMessages}
        onSubmit={submit}
        uploadAttachment={attachments.uploadAttachment}
        removeAttachment={attachments.removeAttachment}
        knownAttachments={attachmentFiles.files}
        lookupPostalCode={lookupPostalCode}
      />
    </>
  );
}
