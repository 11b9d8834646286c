import { CARE_LEVELS, CARE_LEVEL_LABELS } from '@madoguchi/procedures-domain';
import { DateInput, Fieldset, RadioGroup } from '@madoguchi/web-ui-kit';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import type { ConsoleLocale } from '../../i18n/messages.js';
import type { CareCertificationField, CareCertificationInput } from './care-certification-input.js';

/** The ids of the controls, for the error summary's links. */
export const CARE_CERTIFICATION_CONTROL_IDS: Record<CareCertificationField, string> = {
  careLevel: 'care-certification-level',
  validFrom: 'care-certification-valid-from',
  validUntil: 'care-certification-valid-until',
};

function careLevelOptions(locale: ConsoleLocale) {
  return CARE_LEVELS.map((careLevel) => ({
    value: careLevel,
    label: CARE_LEVEL_LABELS[careLevel][locale],
  }));
}

/**
 * 認定結果 of a 要介護認定, asked with the approval that completes it: the 要介護度 and, unless
 * 非該当, the 認定有効期間. Dates may be typed in 西暦 or 和暦, as everywhere dates are typed.
 */
export function CareCertificationFields() {
  const { locale, messages } = useConsoleLocale();
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<{ careCertification: CareCertificationInput }>();
  const careLevel = useWatch({ control, name: 'careCertification.careLevel' });
  const fieldErrors = errors.careCertification;
  return (
    <Fieldset
      id="care-certification"
      legend={messages.decisionRecord.legend}
      hint={messages.decisionRecord.hint}
      isSection
    >
      <Controller
        control={control}
        name="careCertification.careLevel"
        render={({ field }) => (
          <RadioGroup
            id={CARE_CERTIFICATION_CONTROL_IDS.careLevel}
            name={field.name}
            legend={messages.decisionRecord.careLevel}
            error={fieldErrors?.careLevel?.message}
            isRequired
            options={careLevelOptions(locale)}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
          />
        )}
      />
      {careLevel === 'notApplicable' ? null : (
        <Fieldset
          id="care-certification-period"
          legend={messages.decisionRecord.period}
          hint={messages.decisionRecord.periodHint}
          isRequired
        >
          <DateInput
            id={CARE_CERTIFICATION_CONTROL_IDS.validFrom}
            label={messages.decisionRecord.validFrom}
            error={fieldErrors?.validFrom?.message}
            isRequired
            autoComplete="off"
            {...register('careCertification.validFrom')}
          />
          <DateInput
            id={CARE_CERTIFICATION_CONTROL_IDS.validUntil}
            label={messages.decisionRecord.validUntil}
            hint={messages.decisionRecord.validUntilHint}
            error={fieldErrors?.validUntil?.message}
            isRequired
            autoComplete="off"
            {...register('careCertification.validUntil')}
          />
        </Fieldset>
      )}
    </Fieldset>
  );
}
