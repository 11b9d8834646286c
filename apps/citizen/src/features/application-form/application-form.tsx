import { FormRenderer } from '@madoguchi/forms-feature-render';
import type { FormAnswers, SubmitOutcome } from '@madoguchi/forms-feature-render';
import { pickText } from '@madoguchi/shared-util-i18n';
import {
  isApiRequestError,
  useProcedureForm,
  useSubmitApplication,
} from '@madoguchi/web-data-access-api';
import { Notice } from '@madoguchi/web-ui-kit';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useLocale } from '../../i18n/locale-context.js';
import { useDocumentTitle } from '../../i18n/use-document-title.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import { useIdempotencyKey } from './use-idempotency-key.js';

export type ApplicationFormProps = { municipalityCode: string; procedureId: string };

/** The form of a procedure, filled in step by step and submitted once (then the receipt). */
export function ApplicationForm({ municipalityCode, procedureId }: ApplicationFormProps) {
  const { messages, locale } = useLocale();
  const navigate = useNavigate();
  const form = useProcedureForm(municipalityCode, procedureId);
  const submitApplication = useSubmitApplication();
  const idempotencyKey = useIdempotencyKey();
  const [failure, setFailure] = useState<string | undefined>(undefined);
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
      await navigate(`/applications/${application.id}/receipt`);
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
      <h1>{title}</h1>
      {form.isPending ? <LoadingNotice /> : null}
      {form.isError ? (
        <LoadFailedNotice error={form.error} onRetry={() => void form.refetch()} />
      ) : null}
      {form.data ? (
        <>
          <p>{pickText(form.data.definition.summary, locale)}</p>
          <p className="mdg-hint">{messages.applyLead}</p>
          {failure ? (
            <Notice tone="error" title={messages.submitFailed}>
              {<p>{failure}</p>}
            </Notice>
          ) : null}
          <FormRenderer definition={form.data.definition} locale={locale} onSubmit={submit} />
        </>
      ) : null}
    </>
  );
}
