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
  DECISIONS,
  TRANSITION_RULES,
  completesApprovalChain,
  nextApprovalStage,
  staffTransitionsFrom,
} from '@madoguchi/procedures-domain';
import {
  isApiRequestError,
  useProcedureForm,
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
import { pickText } from '@madoguchi/shared-util-i18n';
import { useState } from 'react';
import { Controller, FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { formatStatus } from '../../i18n/format.js';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import type { ConsoleLocale } from '../../i18n/messages.js';
import { transitionLabel } from '../../i18n/messages.js';
import {
  CARE_CERTIFICATION_CONTROL_IDS,
  CareCertificationFields,
} from './care-certification-fields.js';
import type { CareCertificationField } from './care-certification-input.js';
import type { PickedFields } from './correction-field-picker.js';
import {
  CorrectionFieldPicker,
  correctionCheckboxId,
  correctionMessageId,
  useCorrectionTargets,
} from './correction-field-picker.js';
import { useReviewMessages } from './review-messages.js';
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
    completesApprovalChain(application.approvalChain, application.approvals)
  );
}

/** The longest message per field the API takes (`fieldToFixSchema`). */
const FIELD_MESSAGE_MAX = 1000;

/** The picked fields as the API takes them: a message only where staff wrote one. */
function toFieldsToFix(picked: PickedFields): { path: string; message?: string }[] {
  return Object.entries(picked).map(([path, message]) =>
    message.trim() === '' ? { path } : { path, message: message.trim() },
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

function decisionOptions(locale: ConsoleLocale) {
  return DECISIONS.map((decision: Decision) => ({
    value: decision,
    label: formatStatus(decision, locale),
  }));
}

/** One button per allowed move ("処理を開始する" …), with a comment and an optional message to the resident. */
export function TransitionForm({ application }: { application: ApplicationDetail }) {
  const { locale, messages } = useConsoleLocale();
  const review = useReviewMessages();
  const session = useSession();
  const transition = useTransitionApplication(application.id);
  const [done, setDone] = useState<string | undefined>(undefined);
  const [summaryKey, setSummaryKey] = useState(0);
  const [picked, setPicked] = useState<PickedFields>({});
  const [pickerError, setPickerError] = useState<string | undefined>(undefined);
  const [pickedErrors, setPickedErrors] = useState<Record<string, string>>({});
  // The 補正依頼 picker lists the fields of the application's exact form version.
  const form = useProcedureForm(
    application.municipalityCode,
    application.procedureId,
    application.formVersion,
  );
  const correctionSteps = useCorrectionTargets(form.data?.definition, application.answers);
  const firstTargetPath = correctionSteps[0]?.targets[0]?.path ?? '';
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
  const canRequestCorrection = targets.includes('correction_requested');
  const isApproving = application.status === 'awaiting_approval';
  const stage = nextApprovalStage(application.approvalChain, application.approvals);
  const isFinalApproval = completesApprovalChain(application.approvalChain, application.approvals);
  const buttonLabel = (to: ApplicationStatus): string =>
    isApproving && stage && to === application.pendingDecision
      ? review.transition.withStage(
          transitionLabel(application.status, to, locale),
          review.transition.approveAs(pickText(stage.title, locale)),
        )
      : transitionLabel(application.status, to, locale);

  /** The API checks the 認定結果 with the same rules: its field errors go to the same fields. */
  const showServerFieldErrors = (error: unknown) => {
    if (!isApiRequestError(error)) {
      return;
    }
    const refusedFields: Record<string, string> = {};
    for (const issue of error.fields) {
      if (picked[issue.path] !== undefined) {
        refusedFields[issue.path] = pickText(issue.message, locale);
        continue;
      }
      const field = issue.path.replace(/^decisionRecord\./, '');
      if (issue.path.startsWith('decisionRecord.') && isCareCertificationField(field)) {
        setError(`careCertification.${field}`, { message: pickText(issue.message, locale) });
      }
    }
    setPickedErrors(refusedFields);
    setSummaryKey((key) => key + 1);
  };

  const moveTo = (to: ApplicationStatus) =>
    handleSubmit(
      async (notes) => {
        setDone(undefined);
        setPickerError(undefined);
        setPickedErrors({});
        // The API checks these too; asking here saves a round trip and keeps the words the same.
        if (to === 'correction_requested') {
          const tooLong = Object.fromEntries(
            Object.entries(picked)
              .filter(([, message]) => message.trim().length > FIELD_MESSAGE_MAX)
              .map(([path]) => [path, review.correction.fieldMessageTooLong]),
          );
          const isNothingPicked = Object.keys(picked).length === 0;
          const isMessageMissing = !emptyToUndefined(notes.messageToResident);
          if (isNothingPicked || isMessageMissing || Object.keys(tooLong).length > 0) {
            setPickerError(isNothingPicked ? review.correction.fieldsRequired : undefined);
            setPickedErrors(tooLong);
            if (isMessageMissing) {
              setError('messageToResident', { message: messages.messageRequiredForCorrection });
            }
            setSummaryKey((key) => key + 1);
            return;
          }
        }
        if (to === 'awaiting_approval' && !notes.decision) {
          setError('decision', { message: messages.decisionRequired });
          setSummaryKey((key) => key + 1);
          return;
        }
        let decisionRecord: DecisionRecord | undefined;
        if (to === 'completed' && isAskingCareCertification) {
          const result = toCareCertificationDecision(notes.careCertification, locale);
          if (!result.ok) {
            for (const issue of result.issues) {
              setError(`careCertification.${issue.field}`, { message: issue.message });
            }
            setSummaryKey((key) => key + 1);
            return;
          }
          decisionRecord = result.decision;
        }
        const updated = await transition
          .mutateAsync({
            to,
            comment: emptyToUndefined(notes.comment),
            messageToResident: emptyToUndefined(notes.messageToResident),
            decision: to === 'awaiting_approval' ? notes.decision : undefined,
            ...(to === 'correction_requested' ? { fieldsToFix: toFieldsToFix(picked) } : {}),
            ...(decisionRecord ? { decisionRecord } : {}),
          })
          .catch((error: unknown) => {
            showServerFieldErrors(error);
            throw error;
          });
        reset();
        setPicked({});
        // An approval short of the chain's last leaves the application 承認待ち for the next stage.
        setDone(messages.transitionDone(formatStatus(updated.status, locale)));
      },
      () => setSummaryKey((key) => key + 1),
    );

  const summaryItems = [
    pickerError
      ? {
          targetId: correctionCheckboxId(firstTargetPath),
          text: pickerError,
        }
      : null,
    ...Object.entries(pickedErrors).map(([path, text]) => ({
      targetId: picked[path] === undefined ? correctionCheckboxId(path) : correctionMessageId(path),
      text,
    })),
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
      <h2 id="transition-heading">{messages.transitionHeading}</h2>
      {done ? <Notice tone="success" title={done} /> : null}
      {transition.isError ? (
        <Notice tone="error" title={messages.transitionFailed}>
          {isApiRequestError(transition.error) ? (
            <p>{pickText(transition.error.apiError.message, locale)}</p>
          ) : null}
          {isApiRequestError(transition.error) &&
          transition.error.apiError.code === 'approver_must_differ' ? (
            <p>{review.transition.approverMustDiffer}</p>
          ) : null}
        </Notice>
      ) : null}
      {targets.length === 0 ? (
        <p>{messages.noTransitions}</p>
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
              {isApproving && stage ? (
                <Notice
                  tone="info"
                  title={review.transition.stageNote(pickText(stage.title, locale))}
                >
                  {isFinalApproval ? <p>{review.transition.finalStageNote}</p> : null}
                </Notice>
              ) : null}
              {canRequestCorrection && form.isPending ? (
                <p className="mdg-hint">{review.correction.formLoading}</p>
              ) : null}
              {canRequestCorrection && form.isError ? (
                <Notice tone="error" title={review.correction.formFailed} />
              ) : null}
              {canRequestCorrection && form.isSuccess ? (
                <CorrectionFieldPicker
                  steps={correctionSteps}
                  picked={picked}
                  error={pickerError}
                  fieldErrors={pickedErrors}
                  onToggle={(path, isPicked) => {
                    const { [path]: _removed, ...rest } = picked;
                    setPicked(isPicked ? { ...picked, [path]: picked[path] ?? '' } : rest);
                  }}
                  onMessageChange={(path, message) => setPicked({ ...picked, [path]: message })}
                />
              ) : null}
              {targets.includes('awaiting_approval') ? (
                <Controller
                  control={control}
                  name="decision"
                  render={({ field }) => (
                    <RadioGroup
                      id="transition-decision"
                      name={field.name}
                      legend={messages.decisionLabel}
                      hint={messages.decisionHint}
                      error={errors.decision?.message}
                      isInline
                      options={decisionOptions(locale)}
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
                label={messages.commentLabel}
                hint={messages.commentHint}
                error={errors.comment?.message}
                rows={3}
                {...register('comment')}
              />
              <TextArea
                id="transition-message"
                label={
                  canRequestCorrection
                    ? review.correction.overallMessageLabel
                    : messages.messageLabel
                }
                hint={messages.messageHint}
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
                    {buttonLabel(to)}
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
