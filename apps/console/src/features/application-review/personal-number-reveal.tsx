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
import { Button, Notice, TextInput, buttonClassName } from '@madoguchi/web-ui-kit';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { MESSAGES } from '../../i18n/messages.js';

const reasonSchema = revealPersonalDataRequestSchema.pick({ reason: true });
type RevealReason = z.infer<typeof reasonSchema>;

/** The sensitive answers of the application (個人番号), with their labels from its form version. */
function useSensitiveFields(
  definition: FormDefinition,
  answers: Record<string, unknown>,
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
                ? segment.label.ja
                : `${segment.itemLabel.ja}${segment.position}`,
            )
            .join('・'),
        ]),
    );
    return form.sensitivePaths(answers).map((path) => ({ path, label: labels.get(path) ?? path }));
  }, [definition, answers]);
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
          <strong>{MESSAGES.reveal.revealedLabel(label)}</strong>：
          <span className="mdg-reveal__value">{revealed}</span>
        </p>
        <Button type="button" variant="secondary" onClick={() => setRevealed(null)}>
          {MESSAGES.reveal.hideButton}
        </Button>
      </div>
    );
  }
  return (
    <form
      noValidate
      aria-label={MESSAGES.reveal.fieldLabel(label)}
      onSubmit={(event) => void onSubmit(event).catch(() => undefined)}
    >
      <fieldset className="mdg-fieldset" disabled={isSubmitting}>
        <legend>{MESSAGES.reveal.fieldLabel(label)}</legend>
        <TextInput
          id={`${fieldId}-reason`}
          label={MESSAGES.reveal.reasonLabel}
          hint={MESSAGES.reveal.reasonHint}
          error={errors.reason ? MESSAGES.reveal.reasonRequired : undefined}
          {...register('reason')}
        />
        <Button type="submit" variant="secondary">
          {MESSAGES.reveal.button}
        </Button>
      </fieldset>
      {isStepUpNeeded ? (
        <Notice tone="warning" title={MESSAGES.reveal.stepUpTitle}>
          <p>{MESSAGES.reveal.stepUpBody}</p>
          <p>
            <a
              className={buttonClassName('primary')}
              href={client.stepUpLoginUrl(`/applications/${encodeURIComponent(applicationId)}`)}
            >
              {MESSAGES.reveal.stepUpLink}
            </a>
          </p>
        </Notice>
      ) : null}
      {error && !isStepUpNeeded ? (
        <Notice tone="error" title={MESSAGES.reveal.failed}>
          {isApiRequestError(error) ? <p>{error.apiError.message.ja}</p> : null}
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
  const session = useSession();
  const fields = useSensitiveFields(definition, answers);
  if (fields.length === 0) {
    return null;
  }
  const isHandler = session.data?.isPersonalNumberHandler === true;
  return (
    <section aria-labelledby="reveal-heading">
      <h3 id="reveal-heading">{MESSAGES.reveal.heading}</h3>
      {isHandler ? (
        <>
          <p className="mdg-hint">{MESSAGES.reveal.note}</p>
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
          <p>{MESSAGES.reveal.notHandler}</p>
        </Notice>
      )}
    </section>
  );
}
