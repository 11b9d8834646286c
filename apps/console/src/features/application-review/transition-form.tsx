import { zodResolver } from '@hookform/resolvers/zod';
import type { ApplicationDetail } from '@madoguchi/procedures-contracts';
import { transitionRequestSchema } from '@madoguchi/procedures-contracts';
import type {
  ApplicationStatus,
  Decision,
  DecisionRecord,
  StaffRole,
} from '@madoguchi/procedures-domain';
import {
  APPLICATION_STATUS_LABELS,
  DECISIONS,
  TRANSITION_RULES,
  staffTransitionsFrom,
} from '@madoguchi/procedures-domain';
import {
  isApiRequestError,
  useSession,
  useTransitionApplication,
} from '@madoguchi/web-data-access-api';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Notice,
  RadioGroup,
  TextArea,
} from '@madoguchi/web-ui-kit';
import { useState } from 'react';
import { Controller, FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { MESSAGES, transitionLabel } from '../../i18n/messages.js';
import {
  CARE_CERTIFICATION_CONTROL_IDS,
  CareCertificationFields,
} from './care-certification-fields.js';
import type { CareCertificationField } from './care-certification-input.js';
import {
  EMPTY_CARE_CERTIFICATION_INPUT,
  careCertificationInputSchema,
  isCareCertificationField,
  toCareCertificationDecision,
} from './care-certification-input.js';

/**
 * The notes that go with a transition, and the 認定結果 as typed (checked when the button pressed
 * completes a 要介護認定); the target status comes from the button pressed.
 */
const transitionNotesSchema = transitionRequestSchema
  .pick({
    comment: true,
    messageToResident: true,
    decision: true,
  })
  .extend({ careCertification: careCertificationInputSchema });
type TransitionNotes = z.infer<typeof transitionNotesSchema>;

const CARE_CERTIFICATION_FIELDS: readonly CareCertificationField[] = [
  'careLevel',
  'validFrom',
  'validUntil',
];

/**
 * Whether this approval completes an application whose procedure needs a decision record (the
 * 認定結果 of a 要介護認定): the last approval of the chain of a drafted 処理完了.
 */
function asksCareCertification(
  application: ApplicationDetail,
  targets: readonly ApplicationStatus[],
): boolean {
  return (
    application.decisionRecordKind === 'careCertification' &&
    application.pendingDecision === 'completed' &&
    targets.includes('completed') &&
    application.approvals.length + 1 >= application.approvalChain.length
  );
}

/**
 * The statuses a staff member may move an application to from its current one, by the
 * TRANSITION_RULES of the domain (and their role, when the API tells it).
 */
export function findStaffTargets(
  from: ApplicationStatus,
  staffRole: StaffRole | null,
): ApplicationStatus[] {
  const rules = staffRole
    ? staffTransitionsFrom(from, staffRole)
    : TRANSITION_RULES.filter((rule) => rule.from === from && rule.by === 'staff');
  return rules.map((rule) => rule.to);
}

function emptyToUndefined(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value : undefined;
}

const DECISION_OPTIONS = DECISIONS.map((decision: Decision) => ({
  value: decision,
  label: APPLICATION_STATUS_LABELS[decision].ja,
}));

/** One button per allowed move ("処理を開始する" …), with a comment and an optional message to the resident. */
export function TransitionForm({ application }: { application: ApplicationDetail }) {
  const session = useSession();
  const transition = useTransitionApplication(application.id);
  const [done, setDone] = useState<string | undefined>(undefined);
  const [summaryKey, setSummaryKey] = useState(0);
  const methods = useForm<TransitionNotes>({
    resolver: zodResolver(transitionNotesSchema),
    defaultValues: {
      comment: '',
      messageToResident: '',
      careCertification: EMPTY_CARE_CERTIFICATION_INPUT,
    },
  });
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = methods;
  const targets = findStaffTargets(application.status, session.data?.staffRole ?? null);
  const isAskingCareCertification = asksCareCertification(application, targets);

  /** The API checks the 認定結果 with the same rules: its field errors go to the same fields. */
  const showServerFieldErrors = (error: unknown) => {
    if (!isApiRequestError(error)) {
      return;
    }
    for (const issue of error.fields) {
      const field = issue.path.replace(/^decisionRecord\./, '');
      if (issue.path.startsWith('decisionRecord.') && isCareCertificationField(field)) {
        setError(`careCertification.${field}`, { message: issue.message.ja });
      }
    }
    setSummaryKey((key) => key + 1);
  };

  const moveTo = (to: ApplicationStatus) =>
    handleSubmit(
      async (notes) => {
        setDone(undefined);
        // The API checks these too; asking here saves a round trip and keeps the words the same.
        if (to === 'correction_requested' && !emptyToUndefined(notes.messageToResident)) {
          setError('messageToResident', { message: MESSAGES.messageRequiredForCorrection });
          setSummaryKey((key) => key + 1);
          return;
        }
        if (to === 'awaiting_approval' && !notes.decision) {
          setError('decision', { message: MESSAGES.decisionRequired });
          setSummaryKey((key) => key + 1);
          return;
        }
        let decisionRecord: DecisionRecord | undefined;
        if (to === 'completed' && isAskingCareCertification) {
          const result = toCareCertificationDecision(notes.careCertification);
          if (!result.ok) {
            for (const issue of result.issues) {
              setError(`careCertification.${issue.field}`, { message: issue.message });
            }
            setSummaryKey((key) => key + 1);
            return;
          }
          decisionRecord = result.decision;
        }
        await transition
          .mutateAsync({
            to,
            comment: emptyToUndefined(notes.comment),
            messageToResident: emptyToUndefined(notes.messageToResident),
            decision: to === 'awaiting_approval' ? notes.decision : undefined,
            ...(decisionRecord ? { decisionRecord } : {}),
          })
          .catch((error: unknown) => {
            showServerFieldErrors(error);
            throw error;
          });
        reset();
        setDone(MESSAGES.transitionDone(APPLICATION_STATUS_LABELS[to].ja));
      },
      () => setSummaryKey((key) => key + 1),
    );

  const summaryItems = [
    errors.messageToResident?.message
      ? { targetId: 'transition-message', text: errors.messageToResident.message }
      : null,
    errors.decision?.message
      ? { targetId: 'transition-decision', text: errors.decision.message }
      : null,
    ...CARE_CERTIFICATION_FIELDS.map((field) => {
      const message = errors.careCertification?.[field]?.message;
      return message ? { targetId: CARE_CERTIFICATION_CONTROL_IDS[field], text: message } : null;
    }),
    errors.comment?.message
      ? { targetId: 'transition-comment', text: errors.comment.message }
      : null,
  ].filter((item) => item !== null);

  return (
    <section aria-labelledby="transition-heading">
      <h2 id="transition-heading">{MESSAGES.transitionHeading}</h2>
      {done ? <Notice tone="success" title={done} /> : null}
      {transition.isError ? (
        <Notice tone="error" title={MESSAGES.transitionFailed}>
          {isApiRequestError(transition.error) ? (
            <p>{transition.error.apiError.message.ja}</p>
          ) : null}
        </Notice>
      ) : null}
      {targets.length === 0 ? (
        <p>{MESSAGES.noTransitions}</p>
      ) : (
        <FormProvider {...methods}>
          <form
            noValidate
            onSubmit={(event) => event.preventDefault()}
            aria-labelledby="transition-heading"
          >
            {summaryItems.length > 0 ? (
              <ErrorSummary items={summaryItems} focusKey={summaryKey} />
            ) : null}
            <fieldset className="mdg-fieldset" disabled={isSubmitting}>
              {targets.includes('awaiting_approval') ? (
                <Controller
                  control={control}
                  name="decision"
                  render={({ field }) => (
                    <RadioGroup
                      id="transition-decision"
                      name={field.name}
                      legend={MESSAGES.decisionLabel}
                      hint={MESSAGES.decisionHint}
                      error={errors.decision?.message}
                      isInline
                      options={DECISION_OPTIONS}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      inputRef={field.ref}
                    />
                  )}
                />
              ) : null}
              {isAskingCareCertification ? <CareCertificationFields /> : null}
              <TextArea
                id="transition-comment"
                label={MESSAGES.commentLabel}
                hint={MESSAGES.commentHint}
                error={errors.comment?.message}
                rows={3}
                {...register('comment')}
              />
              <TextArea
                id="transition-message"
                label={MESSAGES.messageLabel}
                hint={MESSAGES.messageHint}
                error={errors.messageToResident?.message}
                rows={3}
                {...register('messageToResident')}
              />
              <ButtonGroup>
                {targets.map((to) => (
                  <Button
                    key={to}
                    variant={
                      to === 'rejected'
                        ? 'warning'
                        : to === 'in_review' || to === 'completed'
                          ? 'primary'
                          : 'secondary'
                    }
                    onClick={() => void moveTo(to)().catch(() => undefined)}
                  >
                    {transitionLabel(application.status, to)}
                  </Button>
                ))}
              </ButtonGroup>
            </fieldset>
          </form>
        </FormProvider>
      )}
    </section>
  );
}
