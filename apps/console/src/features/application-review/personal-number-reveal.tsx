import { zodResolver } from '@hookform/resolvers/zod';
import type { FormDefinition } from '@madoguchi/forms-schema';
import { compileForm } from '@madoguchi/forms-schema';
import { revealPersonalDataRequestSchema } from '@madoguchi/procedures-contracts';
import {
  isApiRequestError,
  useApiClient,
  useRevealPersonalData,
  useSession,
} from '@madoguchi/web-data-access-api';
import { pickText } from '@madoguchi/shared-util-i18n';
import { Button, Notice, TextInput, buttonClassName } from '@madoguchi/web-ui-kit';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import type { ConsoleLocale } from '../../i18n/messages.js';

const reasonSchema = revealPersonalDataRequestSchema.pick({ reason: true });
type RevealReason = z.infer<typeof reasonSchema>;

/** The sensitive answers of the application (個人番号), with their labels from its form version. */
function useSensitiveFields(
  definition: FormDefinition,
  answers: Record<string, unknown>,
  locale: ConsoleLocale,
): { path: string; label: string }[] {
  return useMemo(() => {
    const form = compileForm(definition);
    const labels = new Map(
      form
        .leafFields(Number.POSITIVE_INFINITY)
        .map((leaf) => [
          leaf.path,
          leaf.labels
            .map((segment) =>
              segment.kind === 'field'
                ? pickText(segment.label, locale)
                : `${pickText(segment.itemLabel, locale)}${segment.position}`,
            )
            .join('・'),
        ]),
    );
    return form.sensitivePaths(answers).map((path) => ({ path, label: labels.get(path) ?? path }));
  }, [definition, answers, locale]);
}

/**
 * One 個人番号 behind a button: the reason goes to the audit log with the reveal. When the API
 * asks for a step-up, the staff member signs in again with the additional factor and comes back
 * to this application (`returnTo`), where pressing the button again shows the value.
 */
function RevealField({
  applicationId,
  path,
  label,
}: {
  applicationId: string;
  path: string;
  label: string;
}) {
  const { locale, messages } = useConsoleLocale();
  const client = useApiClient();
  const reveal = useRevealPersonalData(applicationId);
  const [revealed, setRevealed] = useState<string | null>(null);
  const fieldId = `reveal-${path.replaceAll('.', '-')}`;
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<RevealReason>({ resolver: zodResolver(reasonSchema), defaultValues: { reason: '' } });

  const onSubmit = handleSubmit(async ({ reason }) => {
    const result = await reveal.mutateAsync({ path, reason });
    setRevealed(result.value);
  });
  const error = reveal.error;
  const isStepUpNeeded = isApiRequestError(error) && error.apiError.code === 'step_up_required';

  if (revealed !== null) {
    return (
      <div className="mdg-reveal">
        <p>
          <strong>{messages.reveal.revealedLabel(label)}</strong>：
          <span className="mdg-reveal__value">{revealed}</span>
        </p>
        <Button type="button" variant="secondary" onClick={() => setRevealed(null)}>
          {messages.reveal.hideButton}
        </Button>
      </div>
    );
  }
  return (
    <form
      noValidate
      aria-label={messages.reveal.fieldLabel(label)}
      onSubmit={(event) => void onSubmit(event).catch(() => undefined)}
    >
      <fieldset className="mdg-fieldset" disabled={isSubmitting}>
        <legend>{messages.reveal.fieldLabel(label)}</legend>
        <TextInput
          id={`${fieldId}-reason`}
          label={messages.reveal.reasonLabel}
          hint={messages.reveal.reasonHint}
          error={errors.reason ? messages.reveal.reasonRequired : undefined}
          {...register('reason')}
        />
        <Button type="submit" variant="secondary">
          {messages.reveal.button}
        </Button>
      </fieldset>
      {isStepUpNeeded ? (
        <Notice tone="warning" title={messages.reveal.stepUpTitle}>
          <p>{messages.reveal.stepUpBody}</p>
          <p>
            <a
              className={buttonClassName('primary')}
              href={client.stepUpLoginUrl(`/applications/${encodeURIComponent(applicationId)}`)}
            >
              {messages.reveal.stepUpLink}
            </a>
          </p>
        </Notice>
      ) : null}
      {error && !isStepUpNeeded ? (
        <Notice tone="error" title={messages.reveal.failed}>
          {isApiRequestError(error) ? <p>{pickText(error.apiError.message, locale)}</p> : null}
        </Notice>
      ) : null}
    </form>
  );
}

/**
 * 個人番号の表示 (番号法): only a 事務取扱担当者 sees the buttons; anyone else reads why not. The
 * API decides in the end (role, step-up, hourly limit); this only spares a refused request.
 */
export function PersonalNumberReveal({
  applicationId,
  definition,
  answers,
}: {
  applicationId: string;
  definition: FormDefinition;
  answers: Record<string, unknown>;
}) {
  const { locale, messages } = useConsoleLocale();
  const session = useSession();
  const fields = useSensitiveFields(definition, answers, locale);
  if (fields.length === 0) {
    return null;
  }
  const isHandler = session.data?.isPersonalNumberHandler === true;
  return (
    <section aria-labelledby="reveal-heading">
      <h3 id="reveal-heading">{messages.reveal.heading}</h3>
      {isHandler ? (
        <>
          <p className="mdg-hint">{messages.reveal.note}</p>
          {fields.map((field) => (
            <RevealField
              key={field.path}
              applicationId={applicationId}
              path={field.path}
              label={field.label}
            />
          ))}
        </>
      ) : (
        <Notice tone="info">
          <p>{messages.reveal.notHandler}</p>
        </Notice>
      )}
    </section>
  );
}
