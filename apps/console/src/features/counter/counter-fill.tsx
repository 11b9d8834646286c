import { zodResolver } from '@hookform/resolvers/zod';
import type { FormAnswers, SubmitOutcome } from '@madoguchi/forms-feature-render';
import { FormRenderer } from '@madoguchi/forms-feature-render';
import type {
  CounterIdentityCheck,
  IssuedCounterConfirmation,
} from '@madoguchi/procedures-contracts';
import {
  COUNTER_IDENTITY_METHODS,
  counterIdentityCheckSchema,
} from '@madoguchi/procedures-contracts';
import {
  isApiRequestError,
  usePostalCodeLookup,
  useProcedureForm,
  useProcedures,
  useCounterAttachmentUploads,
  useCreateCounterConfirmation,
} from '@madoguchi/web-data-access-api';
import type { ErrorSummaryItem } from '@madoguchi/web-ui-kit';
import { Button, ErrorSummary, Notice, RadioGroup, Select, TextArea } from '@madoguchi/web-ui-kit';
import { pickText } from '@madoguchi/shared-util-i18n';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { COUNTER_IDENTITY_METHOD_LABELS } from '../../i18n/counter-assistance.js';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import type { ConsoleLocale } from '../../i18n/messages.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import { useCounterMessages } from './counter-messages.js';

const startSchema = z.object({
  procedureId: z.string().min(1),
  identityCheck: counterIdentityCheckSchema,
});
type StartForm = z.input<typeof startSchema>;
type Start = z.output<typeof startSchema>;

function methodOptions(locale: ConsoleLocale) {
  return COUNTER_IDENTITY_METHODS.map((method) => ({
    value: method,
    label: COUNTER_IDENTITY_METHOD_LABELS[method][locale],
  }));
}

export type CounterFillProps = {
  municipalityCode: string;
  /** After the answers are stored: the confirmation and its one-time link, shown next. */
  onFilled: (issued: IssuedCounterConfirmation) => void;
};

/**
 * 書かない窓口, the staff side: the identity check at the counter and the procedure, then the
 * same form the resident would see (validated by the same engine on the server).
 */
export function CounterFill({ municipalityCode, onFilled }: CounterFillProps) {
  const [start, setStart] = useState<Start | null>(null);
  return start === null ? (
    <CounterStart municipalityCode={municipalityCode} onStart={setStart} />
  ) : (
    <CounterForm
      municipalityCode={municipalityCode}
      start={start}
      onBack={() => setStart(null)}
      onFilled={onFilled}
    />
  );
}

function CounterStart({
  municipalityCode,
  onStart,
}: {
  municipalityCode: string;
  onStart: (start: Start) => void;
}) {
  const procedures = useProcedures(municipalityCode);
  const messages = useCounterMessages();
  const { locale } = useConsoleLocale();
  const [submitCount, setSubmitCount] = useState(0);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<StartForm, unknown, Start>({
    resolver: zodResolver(startSchema),
    defaultValues: { procedureId: '', identityCheck: { method: 'my_number_card', note: '' } },
  });
  const onSubmit = handleSubmit(onStart, () => setSubmitCount((count) => count + 1));

  const procedureError = errors.procedureId ? messages.procedureRequired : undefined;
  const methodError = errors.identityCheck?.method ? messages.methodRequired : undefined;
  const noteError = errors.identityCheck?.note ? messages.noteRequired : undefined;
  const summary: ErrorSummaryItem[] = [
    ...(methodError ? [{ targetId: 'counter-identity-method', text: methodError }] : []),
    ...(noteError ? [{ targetId: 'counter-identity-note', text: noteError }] : []),
    ...(procedureError ? [{ targetId: 'counter-procedure', text: procedureError }] : []),
  ];

  if (procedures.isPending) {
    return <LoadingNotice />;
  }
  if (procedures.isError) {
    return <LoadFailedNotice error={procedures.error} onRetry={() => void procedures.refetch()} />;
  }
  return (
    <section aria-labelledby="counter-identity-heading">
      <h2 id="counter-identity-heading">{messages.identityHeading}</h2>
      <ErrorSummary items={summary} title={messages.errorSummaryTitle} focusKey={submitCount} />
      <form
        noValidate
        aria-labelledby="counter-identity-heading"
        onSubmit={(event) => void onSubmit(event)}
      >
        <fieldset className="mdg-fieldset">
          <Controller
            control={control}
            name="identityCheck.method"
            render={({ field }) => (
              <RadioGroup
                id="counter-identity-method"
                name={field.name}
                legend={messages.identityLegend}
                hint={messages.identityHint}
                options={methodOptions(locale)}
                error={methodError}
                isRequired
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
              />
            )}
          />
          <TextArea
            id="counter-identity-note"
            label={messages.noteLabel}
            hint={messages.noteHint}
            error={noteError}
            rows={2}
            {...register('identityCheck.note')}
          />
          <Select
            id="counter-procedure"
            label={messages.procedureLabel}
            error={procedureError}
            isRequired
            options={procedures.data.map((procedure) => ({
              value: procedure.id,
              label: pickText(procedure.title, locale),
            }))}
            {...register('procedureId')}
          />
          <Button type="submit">{messages.startFilling}</Button>
        </fieldset>
      </form>
    </section>
  );
}

function CounterForm({
  municipalityCode,
  start,
  onBack,
  onFilled,
}: {
  municipalityCode: string;
  start: Start;
  onBack: () => void;
  onFilled: (issued: IssuedCounterConfirmation) => void;
}) {
  const form = useProcedureForm(municipalityCode, start.procedureId);
  const create = useCreateCounterConfirmation();
  // The documents the resident brought, scanned into the form's slots through the same pipeline
  // as a resident's upload (until the form has loaded, the version is not known: 0 uploads none).
  const { uploadAttachment, removeAttachment } = useCounterAttachmentUploads({
    municipalityCode,
    procedureId: start.procedureId,
    formVersion: form.data?.formVersion ?? 0,
  });
  const lookupPostalCode = usePostalCodeLookup();
  const [failure, setFailure] = useState<string | null>(null);
  const messages = useCounterMessages();
  const { locale } = useConsoleLocale();

  const submit = async (answers: FormAnswers): Promise<SubmitOutcome> => {
    if (!form.data) {
      return { ok: false, issues: [] };
    }
    setFailure(null);
    try {
      const issued = await create.mutateAsync({
        procedureId: start.procedureId,
        formVersion: form.data.formVersion,
        answers,
        identityCheck: start.identityCheck satisfies CounterIdentityCheck,
      });
      onFilled(issued);
      return { ok: true };
    } catch (error) {
      if (isApiRequestError(error) && error.fields.length > 0) {
        return { ok: false, issues: error.fields };
      }
      setFailure(
        isApiRequestError(error) ? pickText(error.apiError.message, locale) : messages.saveFailed,
      );
      return { ok: false, issues: [] };
    }
  };

  if (form.isPending) {
    return <LoadingNotice />;
  }
  if (form.isError) {
    return <LoadFailedNotice error={form.error} onRetry={() => void form.refetch()} />;
  }
  return (
    <section aria-labelledby="counter-form-heading">
      <h2 id="counter-form-heading">
        {messages.formHeading(pickText(form.data.definition.title, locale))}
      </h2>
      <p>
        {messages.identitySummary(
          messages.identityWithNote(
            COUNTER_IDENTITY_METHOD_LABELS[start.identityCheck.method][locale],
            start.identityCheck.note,
          ),
        )}
      </p>
      <p className="mdg-hint">{messages.attachmentsNote}</p>
      <Button variant="secondary" onClick={onBack}>
        {messages.changeProcedure}
      </Button>
      {failure ? (
        <Notice tone="error" title={messages.saveFailed}>
          <p>{failure}</p>
        </Notice>
      ) : null}
      <FormRenderer
        definition={form.data.definition}
        locale={locale}
        onSubmit={submit}
        lookupPostalCode={lookupPostalCode}
        uploadAttachment={uploadAttachment}
        removeAttachment={removeAttachment}
      />
    </section>
  );
}
