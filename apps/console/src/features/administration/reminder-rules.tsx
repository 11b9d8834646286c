import { zodResolver } from '@hookform/resolvers/zod';
import type { ReminderRuleSettings, ReminderRuleView } from '@madoguchi/procedures-contracts';
import { updateReminderRuleSettingsRequestSchema } from '@madoguchi/procedures-contracts';
import {
  isApiRequestError,
  useReminderRuleSettings,
  useUpdateReminderRuleSettings,
} from '@madoguchi/web-data-access-api';
import type { ErrorSummaryItem, TableColumn } from '@madoguchi/web-ui-kit';
import {
  Button,
  CheckboxGroup,
  ErrorSummary,
  Fieldset,
  Notice,
  Table,
  TextInput,
  VisuallyHidden,
  useFocusOnChange,
} from '@madoguchi/web-ui-kit';
import { useMemo, useRef, useState } from 'react';
import type { FieldError, FieldErrors } from 'react-hook-form';
import {
  Controller,
  FormProvider,
  get,
  useFieldArray,
  useForm,
  useFormContext,
} from 'react-hook-form';
import type { z } from 'zod';
import { formatDateTime } from '../../i18n/format.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import { pickText } from '@madoguchi/shared-util-i18n';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import type { AdminMessages } from './administration-messages.js';
import { useAdminMessages } from './administration-messages.js';
import type { ReminderRulesMessages } from './reminder-rules-messages.js';
import { useReminderRulesMessages } from './reminder-rules-messages.js';
import './administration.css';

type EditorValues = z.input<typeof updateReminderRuleSettingsRequestSchema>;
type Override = EditorValues['rules'][string];
type Offset = NonNullable<Override['occurrences']>[number]['offset'];
type SaveOutcome = { kind: 'saved'; version: number };
type SavedOccurrence = Extract<
  ReminderRuleView['trigger'],
  { type: 'relative' }
>['occurrences'][number];

/** The channels an administrator may add; the in-app inbox always receives. */
const OPTIONAL_CHANNELS = ['web_push', 'email'] as const;

function ReminderTiming({ rule }: { rule: ReminderRuleView }) {
  const text = useAdminMessages();
  const { locale, messages } = useConsoleLocale();
  const trigger = rule.trigger;
  const deadline = rule.deadlineDays === null ? null : text.deadline(rule.deadlineDays);
  if (trigger.type === 'annual') {
    return (
      <>
        {text.annual(trigger.month, trigger.day)}
        {messages.separator}
        {pickText(trigger.label, locale)}
        {trigger.ageRange
          ? text.ageRange(trigger.ageRange.minYears, trigger.ageRange.maxYears)
          : ''}
        {deadline ? <p className="mdg-hint">{deadline}</p> : null}
      </>
    );
  }
  return (
    <>
      <p>{text.relativeFrom(text.dateFields[trigger.field] ?? trigger.field)}</p>
      <ul>
        {trigger.occurrences.map((occurrence) => (
          <li key={occurrence.key}>
            {text.occurrence(pickText(occurrence.label, locale), text.offset(occurrence.offset))}
          </li>
        ))}
      </ul>
      <p className="mdg-hint">{text.leadAndDeadline(text.leadDays(trigger.leadDays), deadline)}</p>
    </>
  );
}

function ruleColumns(text: AdminMessages): TableColumn<ReminderRuleView>[] {
  return [
    {
      id: 'rule',
      header: text.ruleColumns.rule,
      isRowHeader: true,
      cell: (row) => text.ruleNames[row.id] ?? row.id,
    },
    {
      id: 'when',
      header: text.ruleColumns.when,
      cell: (row) => <ReminderTiming rule={row} />,
    },
    {
      id: 'audience',
      header: text.ruleColumns.audience,
      cell: (row) => text.audiences[row.audience] ?? row.audience,
    },
    {
      id: 'channels',
      header: text.ruleColumns.channels,
      cell: (row) =>
        row.channels.map((channel) => text.channels[channel] ?? channel).join(text.listSeparator),
    },
  ];
}

/** An offset as the schema takes it: the parts that are set. */
function compactOffset(offset: {
  years: number | null;
  months: number | null;
  days: number | null;
}) {
  const compact: Offset = {};
  if (offset.years !== null) {
    compact.years = offset.years;
  }
  if (offset.months !== null) {
    compact.months = offset.months;
  }
  if (offset.days !== null) {
    compact.days = offset.days;
  }
  return compact;
}

/** The form's values: each rule's current parameters (rules switched off are kept as they are). */
function toEditorValues(settings: ReminderRuleSettings): EditorValues {
  const rules: EditorValues['rules'] = { ...settings.parameters };
  for (const rule of settings.rules) {
    const base = settings.parameters[rule.id] ?? {};
    const channels = rule.channels as NonNullable<Override['channels']>;
    rules[rule.id] =
      rule.trigger.type === 'relative'
        ? {
            ...base,
            occurrences: rule.trigger.occurrences.map((occurrence) => ({
              key: occurrence.key,
              label: { ...occurrence.label },
              offset: compactOffset(occurrence.offset),
            })),
            leadDays: rule.trigger.leadDays,
            channels,
          }
        : { ...base, month: rule.trigger.month, day: rule.trigger.day, channels };
  }
  return { version: settings.version, rules };
}

/** Only rules already overridden or changed now are sent: the others stay the standard rules. */
function toRequest(values: EditorValues, settings: ReminderRuleSettings): EditorValues {
  const initial = toEditorValues(settings).rules;
  const rules = Object.fromEntries(
    Object.entries(values.rules).filter(
      ([id, override]) =>
        id in settings.parameters || JSON.stringify(override) !== JSON.stringify(initial[id]),
    ),
  );
  return { version: settings.version, rules };
}

/** A form path as an element id (`rules.infant-health-checkup.leadDays` → `rr-rules-…`). */
const fieldId = (path: string) => `rr-${path.replaceAll('.', '-')}`;

/** A number box's text as the schema takes it: empty is "not set". */
const toNumber = (value: unknown) =>
  value === '' || value === null || value === undefined ? undefined : Number(value);

function errorText(error: FieldError | undefined, text: ReminderRulesMessages): string | undefined {
  if (!error) {
    return undefined;
  }
  const message = error.message ?? '';
  if (error.type === 'server') {
    return message;
  }
  if (message in text.fieldErrors) {
    return text.fieldErrors[message as keyof ReminderRulesMessages['fieldErrors']];
  }
  // zod's issue codes (the resolver's error types) that the schema of these fields can give.
  const byType: Record<string, string> = {
    too_small: text.outOfRange,
    too_big: text.outOfRange,
    invalid_format: text.keyFormat,
    invalid_type: text.wholeNumber,
  };
  return byType[error.type] ?? text.invalid;
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

/** The form's error at a dot path, if any. */
function errorAt(errors: FieldErrors, path: string): FieldError | undefined {
  const found: unknown = get(errors, path);
  return isFieldError(found) ? found : undefined;
}

/** Every field error of the form with its path, for the summary at the top. */
function collectErrors(errors: FieldErrors, path = ''): { path: string; error: FieldError }[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    const childPath = path === '' ? key : `${path}.${key}`;
    if (value === null || typeof value !== 'object') {
      return [];
    }
    if (isFieldError(value)) {
      return [{ path: childPath, error: value }];
    }
    return collectErrors(value as FieldErrors, childPath);
  });
}

function OffsetFields({ path }: { path: string }) {
  const text = useReminderRulesMessages();
  const {
    register,
    formState: { errors },
  } = useFormContext<EditorValues>();
  const part = (name: 'years' | 'months' | 'days', label: string) => {
    const partPath =
      `${path}.offset.${name}` as `rules.${string}.occurrences.${number}.offset.years`;
    return (
      <TextInput
        id={fieldId(partPath)}
        label={label}
        type="number"
        width="short"
        error={errorText(errorAt(errors, partPath), text)}
        {...register(partPath, { setValueAs: toNumber })}
      />
    );
  };
  return (
    <Fieldset
      id={fieldId(`${path}.offset`)}
      legend={text.offsetLegend}
      hint={text.offsetHint}
      error={errorText(errorAt(errors, `${path}.offset`), text)}
      className="mdg-offset-fields"
    >
      {part('years', text.offsetYears)}
      {part('months', text.offsetMonths)}
      {part('days', text.offsetDays)}
    </Fieldset>
  );
}

function OccurrenceFields({
  ruleId,
  savedOccurrences,
  retiredKeys,
}: {
  ruleId: string;
  savedOccurrences: SavedOccurrence[];
  retiredKeys: string[];
}) {
  const text = useReminderRulesMessages();
  const { locale } = useConsoleLocale();
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<EditorValues>();
  const name = `rules.${ruleId}.occurrences` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  // The occurrences saved before: their keys are fixed (the occurrence-key rule).
  const saved = useRef(new Set(fields.map((field) => field.id)));
  let newCount = 0;
  return (
    <>
      {fields.map((field, index) => {
        const path = `${name}.${index}` as const;
        const isNew = !saved.current.has(field.id);
        newCount += isNew ? 1 : 0;
        const savedLabel = savedOccurrences.find(
          (occurrence) => occurrence.key === field.key,
        )?.label;
        const legend = isNew
          ? text.newOccurrenceLegend(newCount)
          : text.occurrenceLegend(savedLabel ? pickText(savedLabel, locale) : field.key, field.key);
        const fieldError = (suffix: string) =>
          errorText(errorAt(errors, `${path}.${suffix}`), text);
        return (
          <Fieldset key={field.id} id={fieldId(path)} legend={legend} className="mdg-occurrence">
            {isNew ? (
              <TextInput
                id={fieldId(`${path}.key`)}
                label={text.keyLabel}
                hint={text.keyHint}
                width="short"
                autoComplete="off"
                isRequired
                error={fieldError('key')}
                {...register(`${path}.key`)}
              />
            ) : (
              <p>{text.savedKey(field.key)}</p>
            )}
            <TextInput
              id={fieldId(`${path}.label.ja`)}
              label={text.labelJa}
              isRequired
              width="medium"
              error={fieldError('label.ja')}
              {...register(`${path}.label.ja`)}
            />
            <TextInput
              id={fieldId(`${path}.label.en`)}
              label={text.labelEn}
              isRequired
              width="medium"
              error={fieldError('label.en')}
              {...register(`${path}.label.en`)}
            />
            <TextInput
              id={fieldId(`${path}.label.easyJa`)}
              label={text.labelEasyJa}
              isRequired
              width="medium"
              error={fieldError('label.easyJa')}
              {...register(`${path}.label.easyJa`)}
            />
            <OffsetFields path={path} />
            <Button variant="secondary" onClick={() => remove(index)}>
              {text.removeOccurrence}
              <VisuallyHidden>{text.removeTarget(legend)}</VisuallyHidden>
            </Button>
          </Fieldset>
        );
      })}
      {retiredKeys.length > 0 ? (
        <p className="mdg-hint">{text.retiredKeys(retiredKeys.join(', '))}</p>
      ) : null}
      <Button
        variant="secondary"
        onClick={() =>
          append(
            { key: '', label: { ja: '', en: '', easyJa: '' }, offset: {} },
            { shouldFocus: false },
          )
        }
      >
        {text.addOccurrence}
      </Button>
    </>
  );
}

function RuleFields({ rule, retiredKeys }: { rule: ReminderRuleView; retiredKeys: string[] }) {
  const admin = useAdminMessages();
  const text = useReminderRulesMessages();
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<EditorValues>();
  const path = `rules.${rule.id}` as const;
  const error = (suffix: string) => errorText(errorAt(errors, `${path}.${suffix}`), text);
  const headingId = fieldId(`${path}.heading`);
  // Closed until opened (eight rules' fields would fill many screens); a rule with an error stays
  // open, so that the error summary's links reach their fields.
  const hasErrors = get(errors, path) !== undefined;
  const [isOpen, setOpen] = useState(false);
  return (
    <details
      className="mdg-rule-editor"
      open={isOpen || hasErrors}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        <span id={headingId} className="mdg-rule-editor__name">
          {admin.ruleNames[rule.id] ?? rule.id}
        </span>
      </summary>
      <section aria-labelledby={headingId}>
        {rule.trigger.type === 'relative' ? (
          <>
            <p>{text.relativeFrom(admin.dateFields[rule.trigger.field] ?? rule.trigger.field)}</p>
            <OccurrenceFields
              ruleId={rule.id}
              savedOccurrences={rule.trigger.occurrences}
              retiredKeys={retiredKeys}
            />
            <TextInput
              id={fieldId(`${path}.leadDays`)}
              label={text.leadDaysLabel}
              hint={text.leadDaysHint}
              suffix={text.leadDaysSuffix}
              type="number"
              width="short"
              error={error('leadDays')}
              {...register(`${path}.leadDays`, { setValueAs: toNumber })}
            />
          </>
        ) : (
          <>
            <TextInput
              id={fieldId(`${path}.month`)}
              label={text.monthLabel}
              type="number"
              width="short"
              error={error('month')}
              {...register(`${path}.month`, { setValueAs: toNumber })}
            />
            <TextInput
              id={fieldId(`${path}.day`)}
              label={text.dayLabel}
              type="number"
              width="short"
              error={error('day')}
              {...register(`${path}.day`, { setValueAs: toNumber })}
            />
          </>
        )}
        <Controller
          control={control}
          name={`${path}.channels`}
          render={({ field }) => (
            <CheckboxGroup
              id={fieldId(`${path}.channels`)}
              name={field.name}
              legend={text.channelsLegend}
              hint={text.channelsHint}
              options={OPTIONAL_CHANNELS.map((channel) => ({
                value: channel,
                label: admin.channels[channel] ?? channel,
              }))}
              error={error('channels')}
              value={(field.value ?? []).filter((channel) => channel !== 'in_app')}
              onChange={(selected) =>
                field.onChange([
                  'in_app',
                  ...OPTIONAL_CHANNELS.filter((channel) => selected.includes(channel)),
                ])
              }
              onBlur={field.onBlur}
              inputRef={field.ref}
            />
          )}
        />
      </section>
    </details>
  );
}

/**
 * The editor of the municipality's parameters: every rule's occurrences, lead days, month and
 * day, channels, validated as typed by the schema the API runs, with the occurrence-key rule
 * (saved keys fixed, retired keys refused); saved with the version it was opened at.
 */
function ReminderRuleEditor({
  settings,
  onSaved,
  onConflict,
}: {
  settings: ReminderRuleSettings;
  onSaved: (settings: ReminderRuleSettings) => void;
  onConflict: () => void;
}) {
  const text = useReminderRulesMessages();
  const { locale } = useConsoleLocale();
  const update = useUpdateReminderRuleSettings();
  const [submitCount, setSubmitCount] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const schema = useMemo(
    () =>
      updateReminderRuleSettingsRequestSchema.superRefine((value, context) => {
        for (const [ruleId, override] of Object.entries(value.rules)) {
          (override.occurrences ?? []).forEach((occurrence, index) => {
            if (settings.retiredKeys[ruleId]?.includes(occurrence.key)) {
              context.addIssue({
                code: 'custom',
                path: ['rules', ruleId, 'occurrences', index, 'key'],
                message: 'occurrence_key_retired',
              });
            }
          });
        }
      }),
    [settings.retiredKeys],
  );
  const form = useForm<EditorValues>({
    resolver: zodResolver(schema),
    defaultValues: toEditorValues(settings),
  });
  const {
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = form;

  const onSubmit = handleSubmit(
    async (values) => {
      setFailure(null);
      try {
        onSaved(await update.mutateAsync(schema.parse(toRequest(values, settings))));
      } catch (error) {
        if (isApiRequestError(error) && error.status === 409) {
          onConflict();
          return;
        }
        if (isApiRequestError(error) && error.fields.length > 0) {
          for (const field of error.fields) {
            setError(field.path as `rules.${string}`, {
              type: 'server',
              message: pickText({ ...field.message, easyJa: field.message.ja }, locale),
            });
          }
          setSubmitCount((count) => count + 1);
          return;
        }
        setFailure(error);
      }
    },
    () => setSubmitCount((count) => count + 1),
  );

  const summary: ErrorSummaryItem[] = collectErrors(errors).flatMap(({ path, error }) => {
    const message = errorText(error, text);
    // An offset's own error (none of its parts set) takes the reader to its first box.
    const target = path.endsWith('.offset') ? `${path}.years` : path;
    return message ? [{ targetId: fieldId(target), text: message }] : [];
  });

  return (
    <section aria-labelledby="rule-editor-heading">
      <h2 id="rule-editor-heading">{text.editorHeading}</h2>
      <p>{text.editorLead}</p>
      <p className="mdg-hint">
        {text.versionInfo(
          settings.version,
          settings.updatedAt ? formatDateTime(settings.updatedAt) : null,
          // The seed command's import (SEED_ACTOR of the API) is no staff member.
          settings.updatedBy === 'system:seed' ? text.seedImport : settings.updatedBy,
        )}
      </p>
      <Notice tone="info">
        <p>{text.keyRule}</p>
      </Notice>
      <ErrorSummary items={summary} title={text.errorSummaryTitle} focusKey={submitCount} />
      {failure ? (
        <Notice tone="error" title={text.saveFailed}>
          {isApiRequestError(failure) ? <p>{pickText(failure.apiError.message, locale)}</p> : null}
        </Notice>
      ) : null}
      <FormProvider {...form}>
        <form
          noValidate
          aria-labelledby="rule-editor-heading"
          onSubmit={(event) => void onSubmit(event).catch(() => undefined)}
        >
          <fieldset className="mdg-fieldset" disabled={isSubmitting}>
            {settings.rules.map((rule) => (
              <RuleFields
                key={rule.id}
                rule={rule}
                retiredKeys={settings.retiredKeys[rule.id] ?? []}
              />
            ))}
            <Button type="submit">{isSubmitting ? text.saving : text.save}</Button>
          </fieldset>
        </form>
      </FormProvider>
    </section>
  );
}

function SaveOutcomeNotice({
  outcome,
  onReload,
}: {
  outcome: SaveOutcome | 'conflict';
  onReload: () => void;
}) {
  const text = useReminderRulesMessages();
  const ref = useFocusOnChange<HTMLDivElement>(outcome);
  return (
    <div ref={ref} tabIndex={-1}>
      {outcome === 'conflict' ? (
        <Notice tone="warning" role="alert" title={text.conflictTitle}>
          <p>{text.conflictBody}</p>
          <Button variant="secondary" onClick={onReload}>
            {text.reload}
          </Button>
        </Notice>
      ) : (
        <Notice tone="success" title={text.saved(outcome.version)} />
      )}
    </div>
  );
}

/**
 * 通知のルール: the reminders the municipality sends, with its own ages and days, and the
 * editor of its parameters (administrators only, as the whole 管理 area). A save is a new
 * version, audited; another administrator's save in between is a conflict to reload.
 */
export function ReminderRules() {
  const text = useAdminMessages();
  const settings = useReminderRuleSettings();
  const [outcome, setOutcome] = useState<SaveOutcome | 'conflict' | null>(null);
  return (
    <>
      <p>{text.rulesLead}</p>
      {settings.isPending ? <LoadingNotice /> : null}
      {settings.isError ? (
        <LoadFailedNotice error={settings.error} onRetry={() => void settings.refetch()} />
      ) : null}
      {outcome ? (
        <SaveOutcomeNotice
          outcome={outcome}
          onReload={() => {
            setOutcome(null);
            void settings.refetch();
          }}
        />
      ) : null}
      {settings.data ? (
        <>
          <Table
            caption={text.rulesCaption(settings.data.rules.length)}
            columns={ruleColumns(text)}
            rows={settings.data.rules}
            rowKey={(row) => row.id}
            emptyText={text.noRules}
          />
          <ReminderRuleEditor
            key={`${settings.data.version}:${settings.dataUpdatedAt}`}
            settings={settings.data}
            onSaved={(saved) => setOutcome({ kind: 'saved', version: saved.version })}
            onConflict={() => setOutcome('conflict')}
          />
        </>
      ) : null}
    </>
  );
}
