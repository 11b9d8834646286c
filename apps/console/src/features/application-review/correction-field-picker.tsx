import type { FormDefinition } from '@madoguchi/forms-schema';
import { Checkbox, Fieldset, TextArea } from '@madoguchi/web-ui-kit';
import { useMemo } from 'react';
import type { CorrectionStep } from './correction-targets.js';
import { findCorrectionTargets } from './correction-targets.js';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import { useReviewMessages } from './review-messages.js';

/** The fields picked for a 補正依頼: path → the office's message for it ('' for none). */
export type PickedFields = Readonly<Record<string, string>>;

/** The id of a target's checkbox (paths hold dots, ids keep to letters, digits and dashes). */
export function correctionCheckboxId(path: string): string {
  return `correction-${path.replaceAll('.', '-')}`;
}

export function correctionMessageId(path: string): string {
  return `${correctionCheckboxId(path)}-message`;
}

export const CORRECTION_FIELDSET_ID = 'correction-fields';

export function useCorrectionTargets(
  definition: FormDefinition | undefined,
  answers: Record<string, unknown>,
): CorrectionStep[] {
  const { locale } = useConsoleLocale();
  return useMemo(
    () => (definition ? findCorrectionTargets(definition, answers, locale) : []),
    [definition, answers, locale],
  );
}

/**
 * The picker of a 補正依頼: a fieldset of checkboxes per step of the form, each picked one with
 * an optional message to the resident for that field right under it.
 */
export function CorrectionFieldPicker({
  steps,
  picked,
  error,
  fieldErrors,
  onToggle,
  onMessageChange,
}: {
  steps: readonly CorrectionStep[];
  picked: PickedFields;
  /** For the whole picker (nothing picked). */
  error: string | undefined;
  /** Per path: a message too long, or the API's refusal (unknown field …). */
  fieldErrors: Readonly<Record<string, string>>;
  onToggle: (path: string, isPicked: boolean) => void;
  onMessageChange: (path: string, message: string) => void;
}) {
  const text = useReviewMessages().correction;
  const firstPath = steps[0]?.targets[0]?.path;
  return (
    <Fieldset
      id={firstPath ? correctionCheckboxId(firstPath) : CORRECTION_FIELDSET_ID}
      legend={text.legend}
      hint={text.hint}
      error={error}
      isRequired
    >
      {steps.map((step) => (
        <fieldset key={step.id} className="mdg-fieldset mdg-correction-step">
          <legend className="mdg-legend mdg-legend--small">{step.title}</legend>
          {step.targets.map((target) => {
            const message = picked[target.path];
            const isPicked = message !== undefined;
            const fieldError = fieldErrors[target.path];
            return (
              <div key={target.path} className="mdg-correction-target">
                <Checkbox
                  id={correctionCheckboxId(target.path)}
                  label={target.label}
                  checked={isPicked}
                  error={isPicked ? undefined : fieldError}
                  onChange={(event) => onToggle(target.path, event.target.checked)}
                />
                {isPicked ? (
                  <TextArea
                    id={correctionMessageId(target.path)}
                    label={text.fieldMessageLabel(target.label)}
                    hint={text.fieldMessageHint}
                    error={fieldError}
                    rows={2}
                    value={message}
                    onChange={(event) => onMessageChange(target.path, event.target.value)}
                  />
                ) : null}
              </div>
            );
          })}
        </fieldset>
      ))}
    </Fieldset>
  );
}
