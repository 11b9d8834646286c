import { FormRenderer, omitSensitiveAnswers } from '@madoguchi/forms-feature-render';
import { compileForm } from '@madoguchi/forms-schema';
import type { FormAnswers, SubmitOutcome } from '@madoguchi/forms-feature-render';
import { pickText } from '@madoguchi/shared-util-i18n';
import {
  isApiRequestError,
  toUploadedFile,
  useAttachmentUploads,
  useMyDraft,
  usePostalCodeLookup,
  useProcedureForm,
  useSubmitApplication,
} from '@madoguchi/web-data-access-api';
import { Notice } from '@madoguchi/web-ui-kit';
import { Suspense, lazy, useMemo, useState } from 'react';
import { useNavigate } from '../../routing/router.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useDocumentTitle } from '../../i18n/use-document-title.js';
import { Text } from '../../i18n/use-text.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';
import { formatDateTime } from '../../i18n/format.js';
import {
  CardSignatureSection,
  useCardSigningState,
} from '../card-signature/card-signature-section.js';
import { useDraftAutosave } from './use-draft-autosave.js';
import { useIdempotencyKey } from './use-idempotency-key.js';

// Only a draft started on an older form version needs it, with the engine's migrateAnswers and its
// zod schema: its own chunk, not part of every form's first load.
const NewerFormVersion = lazy(async () => ({
  default: (await import('./newer-form-version.js')).NewerFormVersion,
}));

export type ApplicationFormProps = {
  municipalityCode: string;
  procedureId: string;
  draftId?: string;
  /** Answers to start with when there is no draft (a bundle's shared answers). */
  prefillAnswers?: FormAnswers;
  /** Where the receipt is (a bundle's receipt offers 次の手続へ); `/applications/:id/receipt` by default. */
  receiptPath?: (applicationId: string) => string;
};

/**
 * A form resumed from a draft opens in the draft's own form version, at its step, with its
 * answers — except the sensitive ones, which never come back to the browser.
 */
export function ApplicationForm({
  municipalityCode,
  procedureId,
  draftId,
  prefillAnswers,
  receiptPath,
}: ApplicationFormProps) {
  const draft = useMyDraft(draftId);
  if (draftId !== undefined && draft.isPending) {
    return <LoadingNotice />;
  }
  if (draftId !== undefined && draft.isError) {
    return <LoadFailedNotice error={draft.error} onRetry={() => void draft.refetch()} />;
  }
  return (
    <FilledApplicationForm
      municipalityCode={municipalityCode}
      procedureId={procedureId}
      draft={draft.data}
      prefillAnswers={prefillAnswers}
      receiptPath={receiptPath}
    />
  );
}

type FilledApplicationFormProps = {
  municipalityCode: string;
  procedureId: string;
  draft: ReturnType<typeof useMyDraft>['data'];
  prefillAnswers?: FormAnswers;
  receiptPath?: (applicationId: string) => string;
};

/** The form of a procedure, filled in step by step and submitted once (then the receipt). */
function FilledApplicationForm({
  municipalityCode,
  procedureId,
  draft,
  prefillAnswers,
  receiptPath,
}: FilledApplicationFormProps) {
  const { messages, locale } = useLocale();
  const navigate = useNavigate();
  const form = useProcedureForm(municipalityCode, procedureId, draft?.formVersion);
  const autosave = useDraftAutosave(
    {
      municipalityCode,
      procedureId,
      formVersion: form.data?.formVersion ?? draft?.formVersion ?? 0,
    },
    draft?.id,
  );
  const attachments = useAttachmentUploads({
    municipalityCode,
    procedureId,
    formVersion: form.data?.formVersion ?? draft?.formVersion ?? 0,
  });
  const submitApplication = useSubmitApplication();
  const lookupPostalCode = usePostalCodeLookup();
  const idempotencyKey = useIdempotencyKey();
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [signing, setSigning] = useCardSigningState();
  const definition = form.data?.definition;
  const compiled = useMemo(() => (definition ? compileForm(definition) : null), [definition]);
  const title = form.data ? pickText(form.data.definition.title, locale) : messages.loading;
  useDocumentTitle(title);

  const submit = async (answers: FormAnswers): Promise<SubmitOutcome> => {
    if (!form.data) {
      return { ok: false, issues: [] };
    }
    setFailure(undefined);
    try {
      const application = await submitApplication.mutateAsync({
        request: { municipalityCode, procedureId, formVersion: form.data.formVersion, answers },
        idempotencyKey,
      });
      autosave.discard();
      await navigate(
        receiptPath ? receiptPath(application.id) : `/applications/${application.id}/receipt`,
      );
      return { ok: true };
    } catch (error) {
      if (isApiRequestError(error) && error.fields.length > 0) {
        return { ok: false, issues: error.fields };
      }
      if (isApiRequestError(error) && error.status === 401) {
        setFailure(messages.sessionExpired);
      } else {
        setFailure(
          isApiRequestError(error)
            ? pickText(error.apiError.message, locale)
            : messages.submitFailed,
        );
      }
      return { ok: false, issues: [] };
    }
  };

  return (
    <>
      <h1>
        <Text>{title}</Text>
      </h1>
      {form.isPending ? <LoadingNotice /> : null}
      {form.isError ? (
        <LoadFailedNotice error={form.error} onRetry={() => void form.refetch()} />
      ) : null}
      {form.data ? (
        <>
          <p>
            <Text>{form.data.definition.summary}</Text>
          </p>
          <p className="mdg-hint">
            <Text>{messages.applyLead}</Text>
          </p>
          {failure ? (
            <Notice tone="error" title={messages.submitFailed}>
              {<p>{failure}</p>}
            </Notice>
          ) : null}
          {draft ? <Notice tone="info" title={messages.draftResumed} /> : null}
          {draft?.isOutdated ? (
            <Suspense fallback={null}>
              <NewerFormVersion draft={draft} current={form.data} />
            </Suspense>
          ) : null}
          <FormRenderer
            definition={form.data.definition}
            locale={locale}
            onSubmit={submit}
            defaultAnswers={
              draft ? omitSensitiveAnswers(form.data.definition, draft.answers) : prefillAnswers
            }
            initialStepId={draft?.stepId ?? undefined}
            onStepCompleted={autosave.save}
            uploadAttachment={attachments.uploadAttachment}
            removeAttachment={attachments.removeAttachment}
            knownAttachments={draft?.attachments.map(toUploadedFile)}
            onAttachmentsChanged={autosave.save}
            lookupPostalCode={lookupPostalCode}
            renderConfirmationExtra={(answers) =>
              compiled?.isSignatureRequired(answers) ? (
                <CardSignatureSection
                  municipalityCode={municipalityCode}
                  procedureId={procedureId}
                  formVersion={form.data?.formVersion ?? 0}
                  answers={answers}
                  state={signing}
                  onStateChange={setSigning}
                />
              ) : null
            }
          />
          <p role="status" className="mdg-hint">
            <Text>
              {autosave.state.kind === 'saved'
                ? messages.draftSaved(formatDateTime(autosave.state.at, locale))
                : autosave.state.kind === 'failed'
                  ? messages.draftSaveFailed
                  : ''}
            </Text>
          </p>
        </>
      ) : null}
    </>
  );
}
