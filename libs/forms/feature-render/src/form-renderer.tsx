import type { FormDefinition, FormStep } from '@madoguchi/forms-schema';
import { compileForm } from '@madoguchi/forms-schema';
import type { Locale } from '@madoguchi/shared-util-i18n';
import type { ErrorSummaryItem } from '@madoguchi/web-ui-kit';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  RubyText,
  VisuallyHidden,
  focusControl,
} from '@madoguchi/web-ui-kit';
import { useMemo, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { AnswerSummary } from './confirmation/answer-summary.js';
import type { EngineResolverState, FieldIssue, FormAnswers } from './engine-resolver.js';
import { createEngineResolver } from './engine-resolver.js';
import { buildDefaultAnswers, fieldDomId, findStepIndexOfPath } from './field-paths.js';
import { FieldRenderer } from './fields/field-renderer.js';
import { RENDER_MESSAGES } from './render-messages.js';
import type {
  LookupPostalCode,
  RemoveAttachment,
  RendererContextValue,
  UploadAttachment,
  UploadedAttachment,
} from './renderer-context.js';
import { RendererContext, localize } from './renderer-context.js';
import { CORRECTION_MESSAGES } from './correction/correction-messages.js';
import { stepHasOpenPath } from './correction/correction-paths.js';
import { useCorrectionScope, withSentSensitiveAnswers } from './correction/use-correction-scope.js';
import { omitSensitiveAnswers } from './sensitive-answers.js';

/** What the app's submission returned: field issues from the API are shown on their fields. */
export type SubmitOutcome = { ok: true } | { ok: false; issues: readonly FieldIssue[] };

export type FormRendererProps = {
  definition: FormDefinition;
  locale: Locale;
  /** Receives the answers normalised by the engine, after the confirmation page. */
  onSubmit: (answers: FormAnswers) => Promise<SubmitOutcome>;
  defaultAnswers?: FormAnswers;
  /** Uploads a chosen file as soon as it is chosen; without it, attachment fields cannot take files. */
  uploadAttachment?: UploadAttachment;
  /** Deletes an uploaded file the resident removes (one no submitted application uses yet). */
  removeAttachment?: RemoveAttachment;
  /** Files the default answers already name (a resumed draft, a correction), to show their names. */
  knownAttachments?: readonly UploadedAttachment[];
  /** After a file was attached or removed, with all the answers: save the draft there. */
  onAttachmentsChanged?: (answers: FormAnswers) => void;
  /** 郵便番号 → 住所 for address blocks (data shipped with the platform). */
  lookupPostalCode?: LookupPostalCode;
  /** The step to open first (a resumed draft); the first step otherwise. */
  initialStepId?: string;
  /**
   * Called each time a step is completed ("次へ"), with everything typed so far and the step
   * shown next: the place to autosave a draft (一時保存).
   */
  onStepCompleted?: (answers: FormAnswers, nextStepId: string) => void;
  /**
   * Correction mode (補正): the field paths the office flagged. Only those (and what is inside
   * them) take input; every other answer is shown read-only, steps with nothing to fix are
   * skipped, then the confirmation. `defaultAnswers` are then the answers as sent (sensitive ones
   * masked: they are shown, never sent back).
   */
  editablePaths?: readonly string[];
  /** In correction mode: the office's message per flagged path, shown at (and tied to) its field. */
  fieldNotes?: Readonly<Record<string, string>>;
  /**
   * More of the confirmation page, above 送信, for the answers about to be sent (the app's
   * マイナンバーカードで署名 section).
   */
  renderConfirmationExtra?: (answers: FormAnswers) => ReactNode;
};

type View = { kind: 'step'; stepId: string } | { kind: 'confirm'; answers: FormAnswers };

/** Moves focus to the control of a dot path (or the first control inside a compound answer). */
function focusPath(path: string): void {
  const id = fieldDomId(path);
  const target =
    document.getElementById(id) ??
    document.querySelector<HTMLElement>(`:is(input, select, textarea, button)[id^="${id}-"]`);
  if (target) {
    focusControl(target.id);
  }
}

/**
 * A form definition as a multi-step form: one step per page with its progress ("ステップ 2 / 4"),
 * "次へ" validating that step with the form engine, a confirmation page listing every answer
 * (個人番号 masked), then `onSubmit(answers)`. Hidden fields are not rendered; errors from the
 * engine or the API show on their fields and in an error summary that takes focus.
 */
export function FormRenderer({
  definition,
  locale,
  onSubmit,
  defaultAnswers,
  uploadAttachment,
  removeAttachment,
  knownAttachments,
  onAttachmentsChanged,
  initialStepId,
  onStepCompleted,
  lookupPostalCode,
  editablePaths,
  fieldNotes,
  renderConfirmationExtra,
}: FormRendererProps) {
  const messages = RENDER_MESSAGES[locale];
  const compiled = useMemo(() => compileForm(definition), [definition]);
  const isCorrection = editablePaths !== undefined;
  const [resolverState] = useState<EngineResolverState>(() => ({
    stepId: undefined,
    lastIssues: [],
  }));
  const resolver = useMemo(
    () => createEngineResolver(compiled, resolverState),
    [compiled, resolverState],
  );
  const methods = useForm<FormAnswers>({
    resolver,
    defaultValues: {
      ...buildDefaultAnswers(definition.steps.flatMap((step) => step.fields)),
      // The masks of sensitive answers are for display; the API keeps the values they stand for.
      ...(isCorrection && defaultAnswers
        ? omitSensitiveAnswers(definition, defaultAnswers)
        : defaultAnswers),
    },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // The error summary takes focus instead (GOV.UK pattern); its links lead to the fields.
    shouldFocusError: false,
  });
  const answers = useWatch({ control: methods.control }) as FormAnswers;
  const [view, setView] = useState<View>(() => ({
    kind: 'step',
    stepId:
      definition.steps.find((step) => step.id === initialStepId)?.id ??
      // A correction opens at the first step with something to fix.
      (editablePaths
        ? definition.steps.find((step) => stepHasOpenPath(step, editablePaths))?.id
        : undefined) ??
      definition.steps[0]?.id ??
      '',
  }));
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [summaryFocusKey, setSummaryFocusKey] = useState(0);
  const [isSending, setIsSending] = useState(false);
  const [attachmentNames, setAttachmentNames] = useState<ReadonlyMap<string, string>>(
    () => new Map(knownAttachments?.map((file) => [file.id, file.fileName])),
  );
  const headingRef = useRef<HTMLHeadingElement>(null);

  const isVisible = useMemo(() => {
    const cache = new Map<string, boolean>();
    return (path: string): boolean => {
      let visible = cache.get(path);
      if (visible === undefined) {
        visible = compiled.isVisible(path, answers);
        cache.set(path, visible);
      }
      return visible;
    };
  }, [compiled, answers]);

  const shownSteps = definition.steps.filter(
    (step) =>
      step.visibleWhen === undefined ||
      step.fields.some((field) => isVisible(field.id)) ||
      (view.kind === 'step' && view.stepId === step.id),
  );
  // A correction walks only the steps with something to fix; the confirmation shows them all.
  const visibleSteps = editablePaths
    ? shownSteps.filter((step) => stepHasOpenPath(step, editablePaths))
    : shownSteps;
  const correction = useCorrectionScope(
    compiled,
    answers,
    defaultAnswers,
    editablePaths,
    fieldNotes,
  );

  const context: RendererContextValue = {
    compiled,
    definition,
    locale,
    messages,
    answers,
    isVisible,
    issueFor: (path) => issues.find((issue) => issue.path === path),
    isDisabled: isSending,
    uploadAttachment,
    removeAttachment,
    attachmentNames,
    rememberAttachmentName: (id, name) =>
      setAttachmentNames((previous) => new Map(previous).set(id, name)),
    onAttachmentsChanged,
    lookupPostalCode,
    correction,
  };

  /** Shows another step or the confirmation, then moves focus to its heading. */
  const showView = (next: View) => {
    flushSync(() => setView(next));
    headingRef.current?.focus();
  };

  /** Shows issues on their fields and in the summary, on the step of the first one. */
  const showIssues = (list: readonly FieldIssue[]) => {
    const firstStep = definition.steps[findStepIndexOfPath(definition, list[0]?.path ?? '')];
    setIssues(list);
    setSummaryFocusKey((key) => key + 1);
    if (firstStep && !(view.kind === 'step' && view.stepId === firstStep.id)) {
      setView({ kind: 'step', stepId: firstStep.id });
    }
  };

  const goForward = () => {
    const index =
      view.kind === 'step' ? visibleSteps.findIndex((step) => step.id === view.stepId) : -1;
    const nextStep = visibleSteps[index + 1];
    if (nextStep) {
      setIssues([]);
      showView({ kind: 'step', stepId: nextStep.id });
      onStepCompleted?.(methods.getValues(), nextStep.id);
      return;
    }
    // Last step: the whole form once more, exactly as the API will check it.
    const values = methods.getValues();
    const result = compiled.validate(values);
    const toFix = result.ok ? [] : openIssues(result.issues);
    if (toFix.length > 0) {
      showIssues(toFix);
      return;
    }
    setIssues([]);
    // A correction lacks the 個人番号 the API kept (it fills it in); it sends what was typed.
    showView({ kind: 'confirm', answers: result.ok ? result.answers : values });
  };

  const goBack = () => {
    const index =
      view.kind === 'step'
        ? visibleSteps.findIndex((step) => step.id === view.stepId)
        : visibleSteps.length;
    const previousStep = visibleSteps[index - 1];
    if (previousStep) {
      setIssues([]);
      showView({ kind: 'step', stepId: previousStep.id });
    }
  };

  /** In a correction, only the issues the resident can act on: those of flagged fields. */
  const openIssues = (list: readonly FieldIssue[]): readonly FieldIssue[] =>
    correction ? list.filter((issue) => correction.isOpen(issue.path)) : list;

  const submitStep = (event: FormEvent<HTMLFormElement>) => {
    if (correction) {
      event.preventDefault();
      const result = compiled.validate(
        methods.getValues(),
        view.kind === 'step' ? { stepId: view.stepId } : {},
      );
      const toFix = result.ok ? [] : openIssues(result.issues);
      if (toFix.length > 0) {
        showIssues(toFix);
        return;
      }
      goForward();
      return;
    }
    resolverState.stepId = view.kind === 'step' ? view.stepId : undefined;
    void methods.handleSubmit(goForward, () => showIssues(resolverState.lastIssues))(event);
  };

  const submitAll = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (view.kind !== 'confirm' || isSending) {
      return;
    }
    setIsSending(true);
    try {
      const outcome = await onSubmit(view.answers);
      if (!outcome.ok && outcome.issues.length > 0) {
        showIssues(outcome.issues);
      }
    } finally {
      setIsSending(false);
    }
  };

  const selectIssue = (item: ErrorSummaryItem) => {
    const issue = issues.find((candidate) => fieldDomId(candidate.path) === item.targetId);
    const step = issue ? definition.steps[findStepIndexOfPath(definition, issue.path)] : undefined;
    if (step && !(view.kind === 'step' && view.stepId === step.id)) {
      flushSync(() => setView({ kind: 'step', stepId: step.id }));
    }
    focusPath(issue?.path ?? '');
  };

  const summaryItems = issues.map((issue) => ({
    targetId: fieldDomId(issue.path),
    text: localize(issue.message, locale),
  }));
  const currentStep: FormStep | undefined =
    view.kind === 'step' ? definition.steps.find((step) => step.id === view.stepId) : undefined;
  const stepPosition = currentStep ? visibleSteps.indexOf(currentStep) + 1 : 0;

  return (
    <RendererContext value={context}>
      <FormProvider {...methods}>
        <div className="mdg-form-renderer">
          {summaryItems.length > 0 ? (
            <ErrorSummary
              items={summaryItems}
              focusKey={summaryFocusKey}
              onItemSelect={selectIssue}
            />
          ) : null}
          {currentStep ? (
            <form noValidate onSubmit={submitStep} aria-labelledby="form-step-heading">
              <p className="mdg-progress">
                <RubyText>{messages.stepProgress(stepPosition, visibleSteps.length)}</RubyText>
              </p>
              <h2 id="form-step-heading" ref={headingRef} tabIndex={-1}>
                <RubyText>{localize(currentStep.title, locale)}</RubyText>
              </h2>
              {currentStep.description ? (
                <p>
                  <RubyText>{localize(currentStep.description, locale)}</RubyText>
                </p>
              ) : null}
              {isCorrection ? (
                <p className="mdg-hint">
                  <RubyText>{CORRECTION_MESSAGES[locale].stepLead}</RubyText>
                </p>
              ) : null}
              {currentStep.fields.map((field) => (
                <FieldRenderer key={field.id} field={field} path={field.id} scope={undefined} />
              ))}
              <ButtonGroup>
                <Button type="submit">
                  {stepPosition === visibleSteps.length ? messages.toConfirmation : messages.next}
                </Button>
                {stepPosition > 1 ? (
                  <Button variant="secondary" onClick={goBack}>
                    {messages.back}
                  </Button>
                ) : null}
              </ButtonGroup>
            </form>
          ) : null}
          {view.kind === 'confirm' ? (
            <form
              noValidate
              onSubmit={(event) => void submitAll(event)}
              aria-labelledby="form-step-heading"
            >
              <h2 id="form-step-heading" ref={headingRef} tabIndex={-1}>
                <RubyText>{messages.confirmationTitle}</RubyText>
              </h2>
              <p>
                <RubyText>{messages.confirmationLead}</RubyText>
              </p>
              {shownSteps.map((step) => {
                const title = localize(step.title, locale);
                const canChange = visibleSteps.includes(step);
                return (
                  <section
                    key={step.id}
                    className="mdg-confirmation-step"
                    aria-labelledby={`confirm-${step.id}`}
                  >
                    <h3 id={`confirm-${step.id}`}>
                      <RubyText>{title}</RubyText>
                    </h3>
                    <AnswerSummary
                      fields={step.fields}
                      values={
                        correction
                          ? withSentSensitiveAnswers(
                              compiled,
                              view.answers,
                              correction.displayAnswers,
                            )
                          : view.answers
                      }
                      path=""
                      level={4}
                    />
                    {canChange ? (
                      <Button
                        variant="secondary"
                        disabled={isSending}
                        onClick={() => showView({ kind: 'step', stepId: step.id })}
                      >
                        {messages.change}
                        <VisuallyHidden>{`（${title}）`}</VisuallyHidden>
                      </Button>
                    ) : null}
                  </section>
                );
              })}
              {renderConfirmationExtra ? renderConfirmationExtra(view.answers) : null}
              <fieldset className="mdg-fieldset" disabled={isSending}>
                <ButtonGroup>
                  <Button type="submit">{isSending ? messages.submitting : messages.submit}</Button>
                  <Button variant="secondary" onClick={goBack}>
                    {messages.back}
                  </Button>
                </ButtonGroup>
              </fieldset>
            </form>
          ) : null}
        </div>
      </FormProvider>
    </RendererContext>
  );
}
