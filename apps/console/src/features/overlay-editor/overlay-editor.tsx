import { FormRenderer } from '@madoguchi/forms-feature-render';
import type { FormDefinition } from '@madoguchi/forms-schema';
import type { OverlayEditorState, OverlayIssue } from '@madoguchi/procedures-contracts';
import { validateOverlay } from '@madoguchi/procedures-contracts';
import type { Locale } from '@madoguchi/shared-util-i18n';
import { LOCALES, pickText } from '@madoguchi/shared-util-i18n';
import {
  isApiRequestError,
  useOverlayEditor,
  useSaveOverlayDraft,
} from '@madoguchi/web-data-access-api';
import type { ErrorSummaryItem, SelectOption } from '@madoguchi/web-ui-kit';
import {
  Button,
  ButtonGroup,
  Checkbox,
  ErrorSummary,
  Fieldset,
  Notice,
  RadioGroup,
  Select,
  TextInput,
  VisuallyHidden,
} from '@madoguchi/web-ui-kit';
import { useState } from 'react';
import type { Control, FieldPath, UseFormRegister } from 'react-hook-form';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { formatDateTime } from '../../i18n/format.js';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import type { ConsoleLocale } from '../../i18n/messages.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import { domIdOf } from './dom-id.js';
import { LocalizedTextInputs } from './localized-text-inputs.js';
import type { OverlayEditorMessages } from './overlay-editor-messages.js';
import { useOverlayEditorMessages } from './overlay-editor-messages.js';
import type { OverlayFormValues, PlacedIssue } from './overlay-form-model.js';
import {
  LOCAL_FIELD_TYPES,
  emptyText,
  fieldPathsOf,
  isChoiceType,
  newLocalField,
  placeIssues,
  standardFieldsOf,
  toFormValues,
  toOverlay,
} from './overlay-form-model.js';
import { PublishOverlay } from './publish-overlay.js';
import { RemovableItem } from './removable-item.js';
import { TargetedTextItem } from './targeted-text-item.js';
import './overlay-editor.css';

type ErrorOf = (path: string) => string | undefined;

/**
 * 様式の編集: the overlay of one procedure's form as a form (local fields, help texts, attachment
 * guidance, signature, deadlines, 標準処理期間, contact), checked as it is typed by the form
 * engine the API runs, a preview drawn by the residents' own renderer, and publication.
 */
export function OverlayEditor({ procedureId }: { procedureId: string }) {
  const state = useOverlayEditor(procedureId);
  if (state.isPending) {
    return <LoadingNotice />;
  }
  if (state.isError) {
    return <LoadFailedNotice error={state.error} onRetry={() => void state.refetch()} />;
  }
  // Saving or publishing refreshes `state`; the form keeps its values (reset on save) meanwhile.
  return <OverlayEditorForm key={state.data.procedureId} state={state.data} />;
}

function OverlayEditorForm({ state }: { state: OverlayEditorState }) {
  const M = useOverlayEditorMessages();
  const { locale } = useConsoleLocale();
  const save = useSaveOverlayDraft(state.procedureId);
  const form = useForm<OverlayFormValues>({ defaultValues: toFormValues(state.overlay) });
  const values = form.watch();
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const [summaryKey, setSummaryKey] = useState(0);
  const [serverIssues, setServerIssues] = useState<readonly OverlayIssue[]>([]);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [saveFailure, setSaveFailure] = useState<string | null>(null);

  const overlay = toOverlay(values);
  const validation = validateOverlay(state.standard, overlay, state.municipalityCode);
  const issues: PlacedIssue[] = placeIssues(
    validation.ok ? serverIssues : [...validation.issues, ...serverIssues],
    values,
  );
  const errorOf: ErrorOf = (path) => {
    const issue = issues.find((candidate) => candidate.formPath === path);
    return issue ? pickText(issue.message, locale) : undefined;
  };
  const title = pickText(state.title, locale);

  const onSubmit = (submitted: OverlayFormValues) => {
    setHasTriedSave(true);
    setSaveFailure(null);
    setServerIssues([]);
    if (!validation.ok) {
      setSummaryKey((key) => key + 1);
      return;
    }
    save.mutate(toOverlay(submitted), {
      onSuccess: (next) => {
        form.reset(toFormValues(next.overlay));
        setSavedAt(next.draft?.updatedAt ?? new Date().toISOString());
      },
      onError: (error) => {
        if (isApiRequestError(error) && error.fields.length > 0) {
          setServerIssues(
            error.fields.map((field) => ({
              path: field.path,
              code: 'invalid_value',
              message: { ja: field.message.ja, en: field.message.en },
            })),
          );
          setSummaryKey((key) => key + 1);
        }
        setSaveFailure(
          isApiRequestError(error) ? pickText(error.apiError.message, locale) : M.saveFailed,
        );
      },
    });
  };

  const summaryItems: ErrorSummaryItem[] = issues.map((issue) => ({
    targetId: issue.formPath ? domIdOf(issue.formPath) : 'overlay-other-issues',
    text: issue.formPath
      ? pickText(issue.message, locale)
      : `${M.otherIssues}：${pickText(issue.message, locale)}`,
  }));
  const unplaced = issues.filter((issue) => issue.formPath === null);

  return (
    <>
      <p>
        <Link to="/admin/overlay-editor">{M.back}</Link>
      </p>
      <p>{M.editorLead(state.currentVersion)}</p>
      {state.draft && !savedAt ? (
        <Notice tone="info">
          <p>{M.draftFrom(formatDateTime(state.draft.updatedAt), state.draft.updatedBy)}</p>
        </Notice>
      ) : null}
      {savedAt ? (
        <Notice tone="success" role="status">
          <p>{M.draftSavedAt(formatDateTime(savedAt))}</p>
        </Notice>
      ) : null}
      {saveFailure ? (
        <Notice tone="error" role="alert" title={M.saveFailed}>
          <p>{saveFailure}</p>
        </Notice>
      ) : null}
      {hasTriedSave && summaryItems.length > 0 ? (
        <ErrorSummary title={M.errorSummaryTitle} items={summaryItems} focusKey={summaryKey} />
      ) : null}
      <div className="mdg-overlay-editor">
        <form
          className="mdg-overlay-editor__form"
          noValidate
          onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}
          aria-label={M.editorTitle(title)}
        >
          <fieldset disabled={save.isPending} className="mdg-overlay-editor__fieldset">
            <LocalFields
              state={state}
              control={form.control}
              register={form.register}
              values={values}
              errorOf={errorOf}
            />
            <StandardHelp
              state={state}
              control={form.control}
              register={form.register}
              errorOf={errorOf}
            />
            <AttachmentGuidance
              state={state}
              control={form.control}
              register={form.register}
              values={values}
              errorOf={errorOf}
            />
            <Controller
              control={form.control}
              name="signature"
              render={({ field }) => (
                <RadioGroup
                  id={domIdOf('signature')}
                  name={field.name}
                  legend={M.signatureLegend}
                  options={(['standard', 'required', 'notRequired'] as const).map((mode) => ({
                    value: mode,
                    label: M.signatureOptions[mode],
                  }))}
                  hint={signatureHint(values, M)}
                  error={errorOf('signature')}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  isInline
                />
              )}
            />
            <Deadlines
              state={state}
              control={form.control}
              register={form.register}
              values={values}
              errorOf={errorOf}
            />
            <ContactFields register={form.register} values={values} errorOf={errorOf} />
            {unplaced.length > 0 ? (
              <div id="overlay-other-issues" tabIndex={-1}>
                <Notice tone="error" title={M.otherIssues}>
                  <ul>
                    {unplaced.map((issue) => (
                      <li key={`${issue.path}:${issue.message.en}`}>
                        <code>{issue.path}</code> {pickText(issue.message, locale)}
                      </li>
                    ))}
                  </ul>
                </Notice>
              </div>
            ) : null}
            <ButtonGroup>
              <Button type="submit">{save.isPending ? M.saving : M.save}</Button>
            </ButtonGroup>
          </fieldset>
        </form>
        <OverlayPreview definition={validation.ok ? validation.definition : null} />
      </div>
      <PublishOverlay state={state} hasUnsavedChanges={form.formState.isDirty} />
    </>
  );
}

function signatureHint(values: OverlayFormValues, M: OverlayEditorMessages): string | undefined {
  const variants = values.rest['signatureVariants'];
  return Array.isArray(variants) && variants.length > 0
    ? M.signatureVariantsKept(variants.length)
    : undefined;
}

type SectionProps = {
  state: OverlayEditorState;
  control: Control<OverlayFormValues>;
  register: UseFormRegister<OverlayFormValues>;
  errorOf: ErrorOf;
};

function stepOptions(
  state: OverlayEditorState,
  values: OverlayFormValues,
  locale: ConsoleLocale,
): SelectOption[] {
  const added = (Array.isArray(values.rest['addSteps']) ? values.rest['addSteps'] : []).flatMap(
    (entry: unknown) => {
      const step = (entry as { step?: { id?: unknown; title?: { ja?: string; en?: string } } })
        .step;
      return typeof step?.id === 'string'
        ? [{ value: step.id, label: step.title?.[locale] || step.title?.ja || step.id }]
        : [];
    },
  );
  return [
    ...state.standard.steps.map((step) => ({
      value: step.id,
      label: pickText(step.title, locale),
    })),
    ...added,
  ];
}

function LocalFields({
  state,
  control,
  register,
  values,
  errorOf,
}: SectionProps & {
  values: OverlayFormValues;
}) {
  const M = useOverlayEditorMessages();
  const { locale } = useConsoleLocale();
  const fields = useFieldArray({ control, name: 'fields' });
  const steps = stepOptions(state, values, locale);
  return (
    <Fieldset id={domIdOf('fields')} legend={M.fieldsLegend} hint={M.fieldsLead} isSection>
      {fields.fields.length === 0 ? <p>{M.noFields}</p> : null}
      {fields.fields.map((item, index) => {
        const field = values.fields[index];
        if (!field) {
          return null;
        }
        const path = `fields.${index}`;
        const isLocked = !(LOCAL_FIELD_TYPES as readonly string[]).includes(field.type);
        const anchors = standardFieldsOf(state.standard, field.stepId).map((standardField) => ({
          value: standardField.id,
          label: M.afterField(pickText(standardField.label, locale)),
        }));
        return (
          <section
            key={item.id}
            className="mdg-overlay-editor__item"
            aria-labelledby={`${domIdOf(path)}-heading`}
          >
            <h3 id={`${domIdOf(path)}-heading`}>{M.fieldHeading(index, field.label.ja)}</h3>
            <TextInput
              id={domIdOf(`${path}.id`)}
              label={M.fieldId}
              hint={M.fieldIdHint}
              isRequired
              width="medium"
              error={errorOf(`${path}.id`)}
              {...register(`fields.${index}.id`)}
            />
            {isLocked ? (
              <p className="mdg-hint">
                {M.fieldTypes[field.type] ?? field.type}：{M.lockedField}
              </p>
            ) : (
              <Select
                id={domIdOf(`${path}.type`)}
                label={M.fieldType}
                options={LOCAL_FIELD_TYPES.map((type) => ({
                  value: type,
                  label: M.fieldTypes[type] ?? type,
                }))}
                error={errorOf(`${path}.type`)}
                {...register(`fields.${index}.type`)}
              />
            )}
            <Select
              id={domIdOf(`${path}.stepId`)}
              label={M.step}
              options={steps}
              error={errorOf(`${path}.stepId`)}
              {...register(`fields.${index}.stepId`)}
            />
            <Select
              id={domIdOf(`${path}.after`)}
              label={M.after}
              options={anchors}
              placeholder={M.atEnd}
              error={errorOf(`${path}.after`)}
              {...register(`fields.${index}.after`)}
            />
            <LocalizedTextInputs
              name={`${path}.label`}
              labels={{ ja: M.labelJa, en: M.labelEn, easyJa: M.labelEasyJa }}
              register={register}
              errorOf={errorOf}
              isRequired
            />
            <LocalizedTextInputs
              name={`${path}.help`}
              labels={{ ja: M.helpJa, en: M.helpEn, easyJa: M.helpEasyJa }}
              register={register}
              errorOf={errorOf}
            />
            <Checkbox
              id={domIdOf(`${path}.required`)}
              label={M.required}
              error={errorOf(`${path}.required`)}
              {...register(`fields.${index}.required`)}
            />
            {isChoiceType(field.type) ? (
              <FieldOptions index={index} control={control} register={register} errorOf={errorOf} />
            ) : null}
            <ButtonGroup>
              <Button
                variant="secondary"
                disabled={index === 0}
                onClick={() => fields.move(index, index - 1)}
              >
                {M.moveUp}
                <VisuallyHidden>{M.fieldTarget(index)}</VisuallyHidden>
              </Button>
              <Button
                variant="secondary"
                disabled={index === fields.fields.length - 1}
                onClick={() => fields.move(index, index + 1)}
              >
                {M.moveDown}
                <VisuallyHidden>{M.fieldTarget(index)}</VisuallyHidden>
              </Button>
              <Button variant="secondary" onClick={() => fields.remove(index)}>
                {M.removeField}
                <VisuallyHidden>{M.fieldTarget(index)}</VisuallyHidden>
              </Button>
            </ButtonGroup>
          </section>
        );
      })}
      <Button
        variant="secondary"
        onClick={() =>
          fields.append(newLocalField(state.standard.steps[0]?.id ?? '', fields.fields.length))
        }
      >
        {M.addField}
      </Button>
    </Fieldset>
  );
}

function FieldOptions({
  index,
  control,
  register,
  errorOf,
}: Omit<SectionProps, 'state'> & { index: number }) {
  const M = useOverlayEditorMessages();
  const options = useFieldArray({ control, name: `fields.${index}.options` });
  const path = `fields.${index}.options`;
  return (
    <Fieldset id={domIdOf(path)} legend={M.optionsLegend} error={errorOf(path)}>
      {options.fields.map((item, optionIndex) => (
        <RemovableItem
          key={item.id}
          index={optionIndex}
          removeLabel={M.removeOption}
          onRemove={() => options.remove(optionIndex)}
          isOption
        >
          <TextInput
            id={domIdOf(`${path}.${optionIndex}.value`)}
            label={M.optionValue}
            width="medium"
            isRequired
            {...register(`fields.${index}.options.${optionIndex}.value`)}
          />
          <LocalizedTextInputs
            name={`${path}.${optionIndex}.label`}
            labels={{ ja: M.labelJa, en: M.labelEn, easyJa: M.labelEasyJa }}
            register={register}
            errorOf={errorOf}
            isRequired
          />
        </RemovableItem>
      ))}
      <Button
        variant="secondary"
        onClick={() =>
          options.append({ value: `option${options.fields.length + 1}`, label: emptyText() })
        }
      >
        {M.addOption}
      </Button>
    </Fieldset>
  );
}

function StandardHelp({ state, control, register, errorOf }: SectionProps) {
  const M = useOverlayEditorMessages();
  const { locale } = useConsoleLocale();
  const entries = useFieldArray({ control, name: 'help' });
  const targets = fieldPathsOf(state.standard).map(({ path, field }) => ({
    value: path,
    label: `${pickText(field.label, locale)}（${path}）`,
  }));
  return (
    <Fieldset id={domIdOf('help')} legend={M.helpLegend} hint={M.helpLead} isSection>
      {entries.fields.map((item, index) => (
        <TargetedTextItem
          key={item.id}
          path={`help.${index}`}
          index={index}
          targetKey="path"
          targetLabel={M.helpField}
          targets={targets}
          removeLabel={M.removeHelp}
          onRemove={() => entries.remove(index)}
          register={register}
          errorOf={errorOf}
        />
      ))}
      <Button
        variant="secondary"
        onClick={() => entries.append({ path: targets[0]?.value ?? '', text: emptyText() })}
      >
        {M.addHelp}
      </Button>
    </Fieldset>
  );
}

function AttachmentGuidance({
  state,
  control,
  register,
  values,
  errorOf,
}: SectionProps & { values: OverlayFormValues }) {
  const M = useOverlayEditorMessages();
  const { locale } = useConsoleLocale();
  const entries = useFieldArray({ control, name: 'attachmentGuidance' });
  const added = Array.isArray(values.rest['addAttachments']) ? values.rest['addAttachments'] : [];
  const slots = [
    ...state.standard.attachments.map((slot) => ({
      value: slot.id,
      label: pickText(slot.label, locale),
    })),
    ...added.flatMap((slot: unknown) => {
      const record = slot as { id?: unknown; label?: { ja?: string } };
      return typeof record.id === 'string'
        ? [{ value: record.id, label: record.label?.ja ?? record.id }]
        : [];
    }),
  ];
  return (
    <Fieldset
      id={domIdOf('attachmentGuidance')}
      legend={M.guidanceLegend}
      hint={M.guidanceLead}
      isSection
    >
      {entries.fields.map((item, index) => (
        <TargetedTextItem
          key={item.id}
          path={`attachmentGuidance.${index}`}
          index={index}
          targetKey="slotId"
          targetLabel={M.guidanceSlot}
          targets={slots}
          removeLabel={M.removeGuidance}
          onRemove={() => entries.remove(index)}
          register={register}
          errorOf={errorOf}
        />
      ))}
      {slots.length > 0 ? (
        <Button
          variant="secondary"
          onClick={() => entries.append({ slotId: slots[0]?.value ?? '', text: emptyText() })}
        >
          {M.addGuidance}
        </Button>
      ) : null}
    </Fieldset>
  );
}

function Deadlines({
  state,
  control,
  register,
  values,
  errorOf,
}: SectionProps & { values: OverlayFormValues }) {
  const M = useOverlayEditorMessages();
  const { locale } = useConsoleLocale();
  const entries = useFieldArray({ control, name: 'deadlines' });
  const dateFields = [
    ...fieldPathsOf(state.standard)
      .filter(({ field }) => field.type === 'date')
      .map(({ path, field }) => ({
        value: path,
        label: `${pickText(field.label, locale)}（${path}）`,
      })),
    ...values.fields
      .filter((field) => field.type === 'date')
      .map((field) => ({ value: field.id, label: `${field.label.ja}（${field.id}）` })),
  ];
  return (
    <Fieldset id={domIdOf('deadlines')} legend={M.processingLegend} isSection>
      <TextInput
        id={domIdOf('standardProcessingDays')}
        label={M.standardProcessingDays}
        hint={M.standardProcessingDaysHint}
        inputMode="numeric"
        width="short"
        error={errorOf('standardProcessingDays')}
        {...register('standardProcessingDays')}
      />
      {entries.fields.map((item, index) => (
        <RemovableItem
          key={item.id}
          index={index}
          removeLabel={M.removeDeadline}
          onRemove={() => entries.remove(index)}
        >
          <Select
            id={domIdOf(`deadlines.${index}.fromField`)}
            label={M.deadlineFromField}
            options={dateFields}
            placeholder={M.chooseField}
            error={errorOf(`deadlines.${index}.fromField`)}
            {...register(`deadlines.${index}.fromField`)}
          />
          <TextInput
            id={domIdOf(`deadlines.${index}.days`)}
            label={M.deadlineDays}
            inputMode="numeric"
            width="short"
            error={errorOf(`deadlines.${index}.days`)}
            {...register(`deadlines.${index}.days`)}
          />
          <LocalizedTextInputs
            name={`deadlines.${index}.description`}
            labels={{ ja: M.deadlineJa, en: M.deadlineEn, easyJa: M.deadlineEasyJa }}
            register={register}
            errorOf={errorOf}
            isRequired
          />
        </RemovableItem>
      ))}
      <Button
        variant="secondary"
        onClick={() =>
          entries.append({
            fromField: dateFields[0]?.value ?? '',
            days: '14',
            description: emptyText(),
          })
        }
      >
        {M.addDeadline}
      </Button>
    </Fieldset>
  );
}

function ContactFields({
  register,
  values,
  errorOf,
}: {
  register: UseFormRegister<OverlayFormValues>;
  values: OverlayFormValues;
  errorOf: ErrorOf;
}) {
  const M = useOverlayEditorMessages();
  return (
    <Fieldset id={domIdOf('contact')} legend={M.contactLegend} isSection>
      <Checkbox id={domIdOf('hasContact')} label={M.hasContact} {...register('hasContact')} />
      {values.hasContact ? (
        <>
          <LocalizedTextInputs
            name="contact.department"
            labels={{
              ja: M.contactDepartmentJa,
              en: M.contactDepartmentEn,
              easyJa: M.contactDepartmentEasyJa,
            }}
            register={register}
            errorOf={errorOf}
            isRequired
          />
          <TextInput
            id={domIdOf('contact.phone')}
            label={M.contactPhone}
            type="tel"
            width="medium"
            isRequired
            error={errorOf('contact.phone')}
            {...register('contact.phone' satisfies FieldPath<OverlayFormValues>)}
          />
          <TextInput
            id={domIdOf('contact.email')}
            label={M.contactEmail}
            type="email"
            error={errorOf('contact.email')}
            {...register('contact.email')}
          />
          <LocalizedTextInputs
            name="contact.hours"
            labels={{ ja: M.contactHoursJa, en: M.contactHoursEn, easyJa: M.contactHoursEasyJa }}
            register={register}
            errorOf={errorOf}
          />
        </>
      ) : null}
    </Fieldset>
  );
}

function toLocale(value: string): Locale {
  return LOCALES.find((locale) => locale === value) ?? 'ja';
}

/** The effective form as residents get it, drawn by their own renderer (nothing is sent). */
function OverlayPreview({ definition }: { definition: FormDefinition | null }) {
  const M = useOverlayEditorMessages();
  const [isSubmitted, setIsSubmitted] = useState(false);
  const [locale, setLocale] = useState<Locale>('ja');
  return (
    <section className="mdg-overlay-editor__preview" aria-labelledby="overlay-preview-heading">
      <h2 id="overlay-preview-heading">{M.previewHeading}</h2>
      <p className="mdg-hint">{M.previewLead}</p>
      <Select
        id="overlay-preview-locale"
        label={M.previewLanguage}
        options={LOCALES.map((value) => ({ value, label: M.previewLanguages[value] }))}
        value={locale}
        onChange={(event) => setLocale(toLocale(event.currentTarget.value))}
      />
      {definition ? (
        <>
          {isSubmitted ? (
            <Notice tone="info" role="status">
              <p>{M.previewSubmitted}</p>
            </Notice>
          ) : null}
          <FormRenderer
            // A new definition is a new form: the renderer starts again from its first step.
            key={`${locale}:${JSON.stringify(definition)}`}
            definition={definition}
            locale={locale}
            onSubmit={() => {
              setIsSubmitted(true);
              return Promise.resolve({ ok: true });
            }}
          />
        </>
      ) : (
        <Notice tone="warning">
          <p>{M.previewInvalid}</p>
        </Notice>
      )}
    </section>
  );
}
