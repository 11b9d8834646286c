import { FormRenderer, omitSensitiveAnswers } from '@madoguchi/forms-feature-render';
import { compileForm } from '@madoguchi/forms-schema';
import type { FormAnswers, SubmitOutcome } from '@madoguchi/forms-feature-render';
import { pickText } from '@madoguchi/shared-util-i18n';
import {
  isApiRequestError,
  useAttachmentFiles,
  useAttachmentUploads,
  useMyApplication,
  useProcedureForm,
  useResubmitMyApplication,
} from '@madoguchi/web-data-access-api';
import { Notice } from '@madoguchi/web-ui-kit';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useLocale } from '../../i18n/locale-context.js';
import { useDocumentTitle } from '../../i18n/use-document-title.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';

/** 補正: the form of the exact version, prefilled with the answers sent (sensitive ones asked again). */
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
        return { ok: false, issues: error.fields };
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
  const officeMessages = detail.events.filter((event) => event.messageToResident);
  const lastMessage = officeMessages.at(-1)?.messageToResident;
  return (
    <>
      <h1>{title}</h1>
      {lastMessage ? (
        <Notice tone="warning" title={messages.messagesHeading}>
          <p className="mdg-message">{lastMessage}</p>
        </Notice>
      ) : null}
      <p className="mdg-hint">{messages.correctionLead}</p>
      {failure ? (
        <Notice tone="error" title={messages.actionFailed}>
          <p>{failure}</p>
        </Notice>
      ) : null}
      <FormRenderer
        definition={form.data.definition}
        locale={locale}
        defaultAnswers={omitSensitiveAnswers(form.data.definition, detail.answers)}
        onSubmit={submit}
        uploadAttachment={attachments.uploadAttachment}
        removeAttachment={attachments.removeAttachment}
        knownAttachments={attachmentFiles.files}
      />
    </>
  );
}
