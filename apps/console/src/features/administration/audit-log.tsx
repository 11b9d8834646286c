import { zodResolver } from '@hookform/resolvers/zod';
import type { AuditActionGroup, AuditLogEntry } from '@madoguchi/procedures-contracts';
import {
  AUDIT_ACTIONS,
  AUDIT_ACTION_GROUPS,
  auditActionGroupOf,
  staffIdSchema,
} from '@madoguchi/procedures-contracts';
import type { AuditLogFilters } from '@madoguchi/web-data-access-api';
import { useAuditLog } from '@madoguchi/web-data-access-api';
import type { ErrorSummaryItem, SelectOptionGroup, TableColumn } from '@madoguchi/web-ui-kit';
import { Button, ButtonGroup, ErrorSummary, Select, Table, TextInput } from '@madoguchi/web-ui-kit';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { formatDateTime } from '../../i18n/format.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import type { AdminMessages } from './administration-messages.js';
import { useAdminMessages } from './administration-messages.js';
import './administration.css';

const blank = z.literal('');
const dateSchema = z.union([blank, z.iso.date()]);

/** The search form: every box may stay empty; the API checks the same rules again. */
const auditFilterFormSchema = z
  .object({
    actorId: z.union([blank, staffIdSchema]),
    receiptNumber: z.string().trim().max(20),
    /** A code of the closed set, or `group:<group>` for all codes of one group. */
    action: z.union([
      blank,
      z.enum(AUDIT_ACTIONS),
      z.enum(AUDIT_ACTION_GROUPS.map((group) => `group:${group}` as const)),
    ]),
    from: dateSchema,
    to: dateSchema,
  })
  .refine((form) => form.from === '' || form.to === '' || form.from <= form.to, {
    path: ['to'],
    message: 'range',
  });
type AuditFilterForm = z.infer<typeof auditFilterFormSchema>;

const EMPTY_FORM: AuditFilterForm = {
  actorId: '',
  receiptNumber: '',
  action: '',
  from: '',
  to: '',
};

const GROUP_PREFIX = 'group:';

function isGroupChoice(value: string): value is `group:${AuditActionGroup}` {
  return value.startsWith(GROUP_PREFIX);
}

function toFilters(form: AuditFilterForm): AuditLogFilters {
  const filters: AuditLogFilters = {};
  for (const [name, value] of Object.entries(form) as [keyof AuditFilterForm, string][]) {
    const trimmed = value.trim();
    if (trimmed === '') {
      continue;
    }
    if (name === 'action' && isGroupChoice(trimmed)) {
      filters.actionGroup = trimmed.slice(GROUP_PREFIX.length) as AuditActionGroup;
    } else {
      filters[name] = trimmed;
    }
  }
  return filters;
}

/** The closed set of actions under their groups, each group first offered as a whole. */
function actionChoices(text: AdminMessages): SelectOptionGroup[] {
  return AUDIT_ACTION_GROUPS.map((group) => ({
    label: text.actionGroups[group],
    options: [
      { value: `${GROUP_PREFIX}${group}`, label: text.allOfGroup(text.actionGroups[group]) },
      ...AUDIT_ACTIONS.filter((action) => auditActionGroupOf(action) === group).map((action) => ({
        value: action,
        label: text.actions[action],
      })),
    ],
  }));
}

/** The application an audit row is about, for a link to its review page. */
function applicationIdOf(entry: AuditLogEntry): string | null {
  if (entry.targetType === 'application') {
    return entry.targetId;
  }
  const fromDetail = entry.detail['applicationId'];
  return typeof fromDetail === 'string' ? fromDetail : null;
}

function describeTarget(entry: AuditLogEntry, text: AdminMessages) {
  const applicationId = applicationIdOf(entry);
  if (entry.receiptNumber && applicationId) {
    return (
      <Link to={`/applications/${encodeURIComponent(applicationId)}`}>
        {text.receiptTarget(entry.receiptNumber)}
      </Link>
    );
  }
  return (
    <>
      {entry.targetType} <code>{entry.targetId}</code>
    </>
  );
}

function auditColumns(text: AdminMessages): TableColumn<AuditLogEntry>[] {
  return [
    {
      id: 'occurredAt',
      header: text.auditColumns.occurredAt,
      isRowHeader: true,
      cell: (row) => formatDateTime(row.occurredAt),
    },
    {
      id: 'actor',
      header: text.auditColumns.actor,
      cell: (row) => (
        <>
          {row.actorName ?? row.actorId}
          <br />
          <span className="mdg-hint">
            {text.actorKinds[row.actorKind] ?? row.actorKind}
            {row.actorName ? ` ・ ${row.actorId}` : ''}
          </span>
        </>
      ),
    },
    {
      id: 'action',
      header: text.auditColumns.action,
      cell: (row) => (
        <>
          {text.actions[row.action]}
          <br />
          <code className="mdg-hint">{row.action}</code>
        </>
      ),
    },
    { id: 'target', header: text.auditColumns.target, cell: (row) => describeTarget(row, text) },
    {
      id: 'detail',
      header: text.auditColumns.detail,
      cell: (row) =>
        Object.keys(row.detail).length === 0 ? null : (
          <code className="mdg-audit-detail">{JSON.stringify(row.detail)}</code>
        ),
    },
  ];
}

/** 操作記録: the municipality's audit trail, searchable, newest first, page by page. */
export function AuditLog() {
  const text = useAdminMessages();
  const [filters, setFilters] = useState<AuditLogFilters>({});
  const log = useAuditLog(filters);
  const [submitCount, setSubmitCount] = useState(0);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<AuditFilterForm>({
    resolver: zodResolver(auditFilterFormSchema),
    defaultValues: EMPTY_FORM,
  });

  const onSubmit = handleSubmit(
    (form) => setFilters(toFilters(form)),
    () => setSubmitCount((count) => count + 1),
  );

  const fieldErrors = {
    actorId: errors.actorId ? text.actorInvalid : undefined,
    receiptNumber: errors.receiptNumber ? text.receiptInvalid : undefined,
    from: errors.from ? text.dateInvalid : undefined,
    to: errors.to
      ? errors.to.message === 'range'
        ? text.dateRangeInvalid
        : text.dateInvalid
      : undefined,
  };
  const summary: ErrorSummaryItem[] = Object.entries(fieldErrors).flatMap(([name, text]) =>
    text ? [{ targetId: `audit-${name}`, text }] : [],
  );

  const rows = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <p>{text.auditLead}</p>
      <ErrorSummary items={summary} title={text.errorSummaryTitle} focusKey={submitCount} />
      <form
        role="search"
        aria-label={text.auditSearchRegion}
        noValidate
        onSubmit={(event) => void onSubmit(event)}
      >
        <fieldset className="mdg-fieldset">
          <legend className="mdg-legend">{text.auditFiltersLegend}</legend>
          <div className="mdg-admin-filters">
            <TextInput
              id="audit-actorId"
              label={text.actorLabel}
              hint={text.actorHint}
              error={fieldErrors.actorId}
              width="medium"
              autoComplete="off"
              {...register('actorId')}
            />
            <TextInput
              id="audit-receiptNumber"
              label={text.receiptLabel}
              hint={text.receiptHint}
              error={fieldErrors.receiptNumber}
              width="short"
              autoComplete="off"
              {...register('receiptNumber')}
            />
            <Select
              id="audit-action"
              label={text.actionLabel}
              hint={text.actionHint}
              placeholder={text.allActions}
              options={[]}
              groups={actionChoices(text)}
              {...register('action')}
            />
            <TextInput
              id="audit-from"
              label={text.fromLabel}
              hint={text.dateHint}
              error={fieldErrors.from}
              width="short"
              inputMode="numeric"
              autoComplete="off"
              {...register('from')}
            />
            <TextInput
              id="audit-to"
              label={text.toLabel}
              hint={text.dateHint}
              error={fieldErrors.to}
              width="short"
              inputMode="numeric"
              autoComplete="off"
              {...register('to')}
            />
          </div>
          <ButtonGroup>
            <Button type="submit">{text.search}</Button>
            <Button
              variant="secondary"
              onClick={() => {
                reset(EMPTY_FORM);
                setFilters({});
              }}
            >
              {text.clear}
            </Button>
          </ButtonGroup>
        </fieldset>
      </form>
      {log.isPending ? <LoadingNotice /> : null}
      {log.isError ? (
        <LoadFailedNotice error={log.error} onRetry={() => void log.refetch()} />
      ) : null}
      {log.data ? (
        <>
          <Table
            caption={text.auditCaption(rows.length, log.hasNextPage)}
            columns={auditColumns(text)}
            rows={rows}
            rowKey={(row) => row.id}
            emptyText={text.noAuditRows}
          />
          {log.hasNextPage ? (
            <Button
              variant="secondary"
              disabled={log.isFetchingNextPage}
              onClick={() => void log.fetchNextPage()}
            >
              {log.isFetchingNextPage ? text.loadingMore : text.loadMore}
            </Button>
          ) : null}
        </>
      ) : null}
    </>
  );
}
