import { parseJapaneseDate, todayInJapan } from '@madoguchi/shared-util-dates';
import type {
  ProcedureFinderRequestInput,
  ProcedureRecommendation,
} from '@madoguchi/procedures-contracts';
import { pickText } from '@madoguchi/shared-util-i18n';
import { useFindProcedures } from '@madoguchi/web-data-access-api';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  DateInput,
  ErrorSummary,
  Fieldset,
  RadioGroup,
  RubyText,
  TextInput,
  useFocusOnChange,
} from '@madoguchi/web-ui-kit';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from '../../routing/router.js';
import { formatCalendarDate } from '../../i18n/format.js';
import { LoadFailedNotice } from '@madoguchi/web-feature-status';
import type { CatalogMessages } from './catalog-messages.js';
import { useCatalogMessages } from './catalog-messages.js';
import { procedurePagePath } from './bundle/bundle-params.js';
import { procedurePath } from './procedure-search.js';

type YesNo = 'yes' | 'no' | undefined;
type Certification = 'none' | 'requiresSupport' | 'requiresCare' | undefined;

type Child = { key: number; birthDate: string; livesWithApplicant: boolean };

type Answers = {
  isExpecting: YesNo;
  dueDate: string;
  hasChildren: YesNo;
  children: Child[];
  isReceivingChildAllowance: YesNo;
  isEveryParentWorking: YesNo;
  hasCareRecipient: YesNo;
  careAge: string;
  certification: Certification;
  certificationExpiresOn: string;
  isCertifiedByPreviousMunicipality: boolean;
  hasSpecifiedDisease: boolean;
  hasMovedIn: YesNo;
  movedInOn: string;
  isDisasterAffected: YesNo;
  disasterOccurredOn: string;
};

const EMPTY: Answers = {
  isExpecting: undefined,
  dueDate: '',
  hasChildren: undefined,
  children: [{ key: 0, birthDate: '', livesWithApplicant: true }],
  isReceivingChildAllowance: undefined,
  isEveryParentWorking: undefined,
  hasCareRecipient: undefined,
  careAge: '',
  certification: undefined,
  certificationExpiresOn: '',
  isCertifiedByPreviousMunicipality: false,
  hasSpecifiedDisease: false,
  hasMovedIn: undefined,
  movedInOn: '',
  isDisasterAffected: undefined,
  disasterOccurredOn: '',
};

type Errors = Record<string, string>;

/** The answers as the API takes them, or the problems (by control id) to fix first. */
export function toFinderRequest(
  answers: Answers,
  text: CatalogMessages,
  today: string,
): { request: ProcedureFinderRequestInput; errors: Errors } {
  const errors: Errors = {};
  const requireChoice = (id: string, value: string | undefined) => {
    if (value === undefined) {
      errors[id] = text.errorChoose;
    }
  };
  /** An optional date; `isPast` refuses a date after today. */
  const readDate = (id: string, value: string, isRequired: boolean, isPast: boolean) => {
    if (value.trim() === '') {
      if (isRequired) {
        errors[id] = text.errorDate;
      }
      return undefined;
    }
    const parsed = parseJapaneseDate(value);
    if (!parsed.ok) {
      errors[id] = text.errorDate;
      return undefined;
    }
    if (isPast && parsed.iso > today) {
      errors[id] = text.errorDateFuture;
      return undefined;
    }
    return parsed.iso;
  };

  requireChoice('finder-expecting', answers.isExpecting);
  requireChoice('finder-children', answers.hasChildren);
  const isParent = answers.isExpecting === 'yes' || answers.hasChildren === 'yes';
  if (isParent) {
    requireChoice('finder-allowance', answers.isReceivingChildAllowance);
    requireChoice('finder-working', answers.isEveryParentWorking);
  }
  requireChoice('finder-care', answers.hasCareRecipient);
  requireChoice('finder-moved', answers.hasMovedIn);
  requireChoice('finder-disaster', answers.isDisasterAffected);

  const dueDate =
    answers.isExpecting === 'yes'
      ? readDate('finder-due-date', answers.dueDate, false, false)
      : undefined;
  const children =
    answers.hasChildren === 'yes'
      ? answers.children.flatMap((child, index) => {
          const birthDate = readDate(`finder-child-${index}`, child.birthDate, true, true);
          return birthDate ? [{ birthDate, livesWithApplicant: child.livesWithApplicant }] : [];
        })
      : [];

  let careRecipient:
    NonNullable<ProcedureFinderRequestInput['household']['careRecipient']> | undefined;
  if (answers.hasCareRecipient === 'yes') {
    const age = /^\d{1,3}$/.test(answers.careAge.normalize('NFKC').trim())
      ? Number(answers.careAge.normalize('NFKC').trim())
      : Number.NaN;
    if (!(age >= 0 && age <= 130)) {
      errors['finder-care-age'] = text.errorAge;
    }
    requireChoice('finder-certification', answers.certification);
    const expiresOn =
      answers.certification !== undefined && answers.certification !== 'none'
        ? readDate('finder-cert-expires', answers.certificationExpiresOn, false, false)
        : undefined;
    if (age >= 0 && age <= 130 && answers.certification) {
      careRecipient = {
        age,
        certification: answers.certification,
        ...(expiresOn ? { certificationExpiresOn: expiresOn } : {}),
        isCertifiedByPreviousMunicipality:
          answers.certification !== 'none' && answers.isCertifiedByPreviousMunicipality,
        hasSpecifiedDisease: age >= 40 && age < 65 && answers.hasSpecifiedDisease,
      };
    }
  }
  const movedInOn =
    answers.hasMovedIn === 'yes'
      ? readDate('finder-moved-on', answers.movedInOn, true, true)
      : undefined;
  const disasterOccurredOn =
    answers.isDisasterAffected === 'yes'
      ? readDate('finder-disaster-on', answers.disasterOccurredOn, false, true)
      : undefined;

  return {
    errors,
    request: {
      household: {
        isExpecting: answers.isExpecting === 'yes',
        ...(dueDate ? { dueDate } : {}),
        children,
        isReceivingChildAllowance: isParent && answers.isReceivingChildAllowance === 'yes',
        isEveryParentWorking: isParent && answers.isEveryParentWorking === 'yes',
        ...(careRecipient ? { careRecipient } : {}),
        ...(movedInOn ? { movedInOn } : {}),
        isDisasterAffected: answers.isDisasterAffected === 'yes',
        ...(disasterOccurredOn ? { disasterOccurredOn } : {}),
      },
    },
  };
}

function YesNoQuestion({
  id,
  legend,
  hint,
  value,
  error,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  value: YesNo;
  error: string | undefined;
  onChange: (value: YesNo) => void;
}) {
  const { text } = useCatalogMessages();
  return (
    <RadioGroup
      id={id}
      name={id}
      legend={legend}
      hint={hint}
      isInline
      isRequired
      error={error}
      options={[
        { value: 'yes', label: text.yes },
        { value: 'no', label: text.no },
      ]}
      value={value}
      onChange={(next) => onChange(next === 'yes' ? 'yes' : 'no')}
    />
  );
}

function Recommendations({
  municipalityCode,
  recommendations,
}: {
  municipalityCode: string;
  recommendations: readonly ProcedureRecommendation[];
}) {
  const { text, locale } = useCatalogMessages();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<string[]>(() =>
    recommendations.map((recommendation) => recommendation.procedure.id),
  );
  const [error, setError] = useState<string | undefined>(undefined);
  const headingRef = useFocusOnChange<HTMLHeadingElement>(recommendations);
  const startBundle = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen.length === 0) {
      setError(text.bundleNoneChosen);
      return;
    }
    const first = chosen[0] ?? '';
    void navigate(
      chosen.length === 1
        ? procedurePath({ municipalityCode, id: first })
        : procedurePagePath(
            { municipalityCode, procedureIds: chosen, doneApplicationIds: [] },
            first,
          ),
    );
  };
  return (
    <section aria-labelledby="finder-results-heading">
      <h3 id="finder-results-heading" ref={headingRef} tabIndex={-1}>
        <RubyText>{text.resultsHeading}</RubyText>
      </h3>
      {recommendations.length === 0 ? (
        <p>
          <RubyText>{text.noRecommendation}</RubyText>
        </p>
      ) : (
        <>
          <ol className="mdg-recommendations">
            {recommendations.map((recommendation) => (
              <li key={recommendation.procedure.id} className="mdg-recommendation">
                <h4 className="mdg-recommendation__title">
                  <Link to={procedurePath(recommendation.procedure)}>
                    {pickText(recommendation.procedure.title, locale)}
                  </Link>
                  <span className="mdg-tag">
                    <RubyText>{text.priority[recommendation.priority as 1 | 2 | 3]}</RubyText>
                  </span>
                </h4>
                <dl className="mdg-recommendation__facts">
                  <dt>
                    <RubyText>{text.reasonLabel}</RubyText>
                  </dt>
                  <dd>
                    <RubyText>{pickText(recommendation.reason, locale)}</RubyText>
                  </dd>
                  {recommendation.deadline ? (
                    <>
                      <dt>
                        <RubyText>{text.deadlineLabel}</RubyText>
                      </dt>
                      <dd>{formatCalendarDate(recommendation.deadline, locale)}</dd>
                    </>
                  ) : null}
                </dl>
              </li>
            ))}
          </ol>
          <form onSubmit={startBundle} noValidate>
            <CheckboxGroup
              id="bundle-procedures"
              name="bundle-procedures"
              legend={text.bundleSelectLegend}
              hint={text.chooseForBundle}
              error={error}
              options={recommendations.map((recommendation) => ({
                value: recommendation.procedure.id,
                label: pickText(recommendation.procedure.title, locale),
              }))}
              value={chosen}
              onChange={(next) => {
                setChosen(next);
                setError(undefined);
              }}
            />
            <Button type="submit">{text.startBundle(chosen.length)}</Button>
          </form>
        </>
      )}
    </section>
  );
}

/**
 * 「あなたに必要な手続」: a few plain questions about the household (nothing that identifies a
 * person, and nothing kept), then the procedures that fit with the reason, priority and deadline
 * of each, which the resident can start together (まとめて申請).
 */
export function ProcedureQuestionnaire({ municipalityCode }: { municipalityCode: string }) {
  const { text } = useCatalogMessages();
  const [answers, setAnswers] = useState<Answers>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const finder = useFindProcedures(municipalityCode);
  const set = <K extends keyof Answers>(key: K, value: Answers[K]) =>
    setAnswers((current) => ({ ...current, [key]: value }));
  const setChild = (index: number, change: Partial<Child>) =>
    setAnswers((current) => ({
      ...current,
      children: current.children.map((child, at) =>
        at === index ? { ...child, ...change } : child,
      ),
    }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { request, errors: found } = toFinderRequest(answers, text, todayInJapan());
    setErrors(found);
    setAttempt((count) => count + 1);
    if (Object.keys(found).length > 0) {
      return;
    }
    finder.mutate(request);
  };
  const isParent = answers.isExpecting === 'yes' || answers.hasChildren === 'yes';
  const errorItems = Object.entries(errors).map(([targetId, message]) => ({
    targetId,
    text: message,
  }));

  return (
    <section aria-labelledby="finder-heading" className="mdg-finder">
      <h2 id="finder-heading">
        <RubyText>{text.finderHeading}</RubyText>
      </h2>
      <p>
        <RubyText>{text.finderLead}</RubyText>
      </p>
      <ErrorSummary items={errorItems} focusKey={attempt} />
      <form onSubmit={onSubmit} noValidate>
        <fieldset className="mdg-plain-fieldset" disabled={finder.isPending}>
          <YesNoQuestion
            id="finder-expecting"
            legend={text.finderExpecting}
            value={answers.isExpecting}
            error={errors['finder-expecting']}
            onChange={(value) => set('isExpecting', value)}
          />
          {answers.isExpecting === 'yes' ? (
            <DateInput
              id="finder-due-date"
              label={text.finderDueDate}
              error={errors['finder-due-date']}
              value={answers.dueDate}
              onChange={(event) => set('dueDate', event.currentTarget.value)}
            />
          ) : null}

          <YesNoQuestion
            id="finder-children"
            legend={text.finderChildren}
            value={answers.hasChildren}
            error={errors['finder-children']}
            onChange={(value) => set('hasChildren', value)}
          />
          {answers.hasChildren === 'yes'
            ? answers.children.map((child, index) => (
                <Fieldset
                  key={child.key}
                  id={`finder-child-group-${index}`}
                  legend={text.finderChildBirthDate(index + 1)}
                >
                  <DateInput
                    id={`finder-child-${index}`}
                    label={text.finderChildBirthDate(index + 1)}
                    isRequired
                    error={errors[`finder-child-${index}`]}
                    value={child.birthDate}
                    onChange={(event) => setChild(index, { birthDate: event.currentTarget.value })}
                  />
                  <Checkbox
                    id={`finder-child-${index}-lives`}
                    label={text.finderChildLivesWith}
                    checked={child.livesWithApplicant}
                    onChange={(event) =>
                      setChild(index, { livesWithApplicant: event.currentTarget.checked })
                    }
                  />
                  {answers.children.length > 1 ? (
                    <Button
                      variant="secondary"
                      onClick={() =>
                        set(
                          'children',
                          answers.children.filter((_, at) => at !== index),
                        )
                      }
                    >
                      {text.finderRemoveChild(index + 1)}
                    </Button>
                  ) : null}
                </Fieldset>
              ))
            : null}
          {answers.hasChildren === 'yes' && answers.children.length < 20 ? (
            <Button
              variant="secondary"
              onClick={() =>
                set('children', [
                  ...answers.children,
                  {
                    key: Math.max(...answers.children.map((child) => child.key)) + 1,
                    birthDate: '',
                    livesWithApplicant: true,
                  },
                ])
              }
            >
              {text.finderAddChild}
            </Button>
          ) : null}

          {isParent ? (
            <>
              <YesNoQuestion
                id="finder-allowance"
                legend={text.finderReceivesAllowance}
                value={answers.isReceivingChildAllowance}
                error={errors['finder-allowance']}
                onChange={(value) => set('isReceivingChildAllowance', value)}
              />
              <YesNoQuestion
                id="finder-working"
                legend={text.finderParentsWork}
                hint={text.finderParentsWorkHint}
                value={answers.isEveryParentWorking}
                error={errors['finder-working']}
                onChange={(value) => set('isEveryParentWorking', value)}
              />
            </>
          ) : null}

          <YesNoQuestion
            id="finder-care"
            legend={text.finderCare}
            value={answers.hasCareRecipient}
            error={errors['finder-care']}
            onChange={(value) => set('hasCareRecipient', value)}
          />
          {answers.hasCareRecipient === 'yes' ? (
            <>
              <TextInput
                id="finder-care-age"
                label={text.finderCareAge}
                isRequired
                inputMode="numeric"
                width="short"
                error={errors['finder-care-age']}
                value={answers.careAge}
                onChange={(event) => set('careAge', event.currentTarget.value)}
              />
              <RadioGroup
                id="finder-certification"
                name="finder-certification"
                legend={text.finderCareCertification}
                isRequired
                error={errors['finder-certification']}
                options={[
                  { value: 'none', label: text.finderCertNone },
                  { value: 'requiresSupport', label: text.finderCertSupport },
                  { value: 'requiresCare', label: text.finderCertCare },
                ]}
                value={answers.certification}
                onChange={(value) => set('certification', value as Certification)}
              />
              {answers.certification === 'requiresSupport' ||
              answers.certification === 'requiresCare' ? (
                <>
                  <DateInput
                    id="finder-cert-expires"
                    label={text.finderCertExpires}
                    error={errors['finder-cert-expires']}
                    value={answers.certificationExpiresOn}
                    onChange={(event) => set('certificationExpiresOn', event.currentTarget.value)}
                  />
                  <Checkbox
                    id="finder-cert-previous"
                    label={text.finderCertPrevious}
                    checked={answers.isCertifiedByPreviousMunicipality}
                    onChange={(event) =>
                      set('isCertifiedByPreviousMunicipality', event.currentTarget.checked)
                    }
                  />
                </>
              ) : null}
              {Number(answers.careAge) >= 40 && Number(answers.careAge) < 65 ? (
                <Checkbox
                  id="finder-specified-disease"
                  label={text.finderSpecifiedDisease}
                  checked={answers.hasSpecifiedDisease}
                  onChange={(event) => set('hasSpecifiedDisease', event.currentTarget.checked)}
                />
              ) : null}
            </>
          ) : null}

          <YesNoQuestion
            id="finder-moved"
            legend={text.finderMovedIn}
            value={answers.hasMovedIn}
            error={errors['finder-moved']}
            onChange={(value) => set('hasMovedIn', value)}
          />
          {answers.hasMovedIn === 'yes' ? (
            <DateInput
              id="finder-moved-on"
              label={text.finderMovedInOn}
              isRequired
              error={errors['finder-moved-on']}
              value={answers.movedInOn}
              onChange={(event) => set('movedInOn', event.currentTarget.value)}
            />
          ) : null}

          <YesNoQuestion
            id="finder-disaster"
            legend={text.finderDisaster}
            value={answers.isDisasterAffected}
            error={errors['finder-disaster']}
            onChange={(value) => set('isDisasterAffected', value)}
          />
          {answers.isDisasterAffected === 'yes' ? (
            <DateInput
              id="finder-disaster-on"
              label={text.finderDisasterOn}
              error={errors['finder-disaster-on']}
              value={answers.disasterOccurredOn}
              onChange={(event) => set('disasterOccurredOn', event.currentTarget.value)}
            />
          ) : null}

          <p className="mdg-hint">
            <RubyText>{text.finderPrivacy}</RubyText>
          </p>
          <Button type="submit">{text.finderSubmit}</Button>
        </fieldset>
      </form>
      {finder.isError ? <LoadFailedNotice error={finder.error} /> : null}
      {finder.data ? (
        <Recommendations
          key={JSON.stringify(finder.data.map((item) => item.procedure.id))}
          municipalityCode={municipalityCode}
          recommendations={finder.data}
        />
      ) : null}
    </section>
  );
}
