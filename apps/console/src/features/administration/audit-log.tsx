import { zodResolver } from '@hookform/resolvers/zod';
import type { AuditLogEntry } from '@madoguchi/procedures-contracts';
import { staffIdSchema } from '@madoguchi/procedures-contracts';
import type { AuditLogFilters } from '@madoguchi/web-data-access-api';
import { useAuditLog } from '@madoguchi/web-data-access-api';
import type { ErrorSummaryItem, TableColumn } from '@madoguchi/web-ui-kit';
import { Button, ButtonGroup, ErrorSummary, Table, TextInput } from '@madoguchi/web-ui-kit';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { formatDateTime } from '../../i18n/format.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import { ADMIN_MESSAGES } from './administration-messages.js';
import './administration.css';

const blank = z.literal('');
const dateSchema = z.union([blank, z.iso.date()]);

/** The search form: every box may stay empty; the API checks the same rules again. */
const auditFilterFormSchema = z
  .object({
    actorId: z.union([blank, staffIdSchema]),
    receiptNumber: z.string().trim().max(20),
    action: z.union([
      blank,
      z
        .string()
        .max(64)
        .regex(/^[a-z_.]+$/),
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

function toFilters(form: AuditFilterForm): AuditLogFilters {
  const filters: AuditLogFilters = {};
  for (const [name, value] of Object.entries(form) as [keyof AuditFilterForm, string][]) {
    const trimmed = value.trim();
    if (trimmed !== '') {
      filters[name] = trimmed;
    }
  }
  return filters;
}

/** The application an audit row is about, for a link to its review page. */
function applicationIdOf(entry: AuditLogEntry): string | null {
  if (entry.targetType === 'application') {
    return entry.targetId;
  }
  const fromDetail = entry.detail['applicationId'];
  return typeof fromDetail === 'string' ? fromDetail : null;
}

function describeTarget(entry: AuditLogEntry) {
  const applicationId = applicationIdOf(entry);
  if (entry.receiptNumber && applicationId) {
    return (
      <Link to={`/applications/${encodeURIComponent(applicationId)}`}>
        {ADMIN_MESSAGES.receiptTarget(entry.receiptNumber)}
      </Link>
    );
  }
  return (
    <>
      {entry.targetType} <code>{entry.targetId}</code>
    </>
  );
}

const columns: TableColumn<AuditLogEntry>[] = [
  {
    id: 'occurredAt',
    header: ADMIN_MESSAGES.auditColumns.occurredAt,
    isRowHeader: true,
    cell: (row) => formatDateTime(row.occurredAt),
  },
  {
    id: 'actor',
    header: ADMIN_MESSAGES.auditColumns.actor,
    cell: (row) => (
      <>
        {row.actorName ?? row.actorId}
        <br />
        <span className="mdg-hint">
          {ADMIN_MESSAGES.actorKinds[row.actorKind] ?? row.actorKind}
          {row.actorName ? ` ・ ${row.actorId}` : ''}
        </span>
      </>
    ),
  },
  {
    id: 'action',
    header: ADMIN_MESSAGES.auditColumns.action,
    cell: (row) => (
      <>
        {ADMIN_MESSAGES.actions[row.action] ?? row.action}
        <br />
        <code className="mdg-hint">{row.action}</code>
      </>
    ),
  },
  { id: 'target', header: ADMIN_MESSAGES.auditColumns.target, cell: describeTarget },
  {
    id: 'detail',
    header: ADMIN_MESSAGES.auditColumns.detail,
    cell: (row) =>
      Object.keys(row.detail).length === 0 ? null : (
        <code className="mdg-audit-detail">{JSON.stringify(row.detail)}</code>
      ),
  },
];

/** 操作記録: the municipality's audit trail, searchable, newest first, page by page. */
export function AuditLog() {
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
    actorId: errors.actorId ? ADMIN_MESSAGES.actorInvalid : undefined,
    receiptNumber: errors.receiptNumber ? ADMIN_MESSAGES.receiptInvalid : undefined,
    action: errors.action ? ADMIN_MESSAGES.actionInvalid : undefined,
    from: errors.from ? ADMIN_MESSAGES.dateInvalid : undefined,
    to: errors.to
      ? errors.to.message === 'range'
        ? ADMIN_MESSAGES.dateRangeInvalid
        : ADMIN_MESSAGES.dateInvalid
      : undefined,
  };
  const summary: ErrorSummaryItem[] = Object.entries(fieldErrors).flatMap(([name, text]) =>
    text ? [{ targetId: `audit-${name}`, text }] : [],
  );

  const rows = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <p>{ADMIN_MESSAGES.auditLead}</p>
      <ErrorSummary
        items={summary}
        title={ADMIN_MESSAGES.errorSummaryTitle}
        focusKey={submitCount}
      />
      <form
        role="search"
        aria-label={ADMIN_MESSAGES.auditSearchRegion}
        noValidate
        onSubmit={(event) => void onSubmit(event)}
      >
        <fieldset className="mdg-fieldset">
          <legend className="mdg-legend">{ADMIN_MESSAGES.auditFiltersLegend}</legend>
          <div className="mdg-admin-filters">
            <TextInput
              id="audit-actorId"
              label={ADMIN_MESSAGES.actorLabel}
              hint={ADMIN_MESSAGES.actorHint}
              error={fieldErrors.actorId}
              width="medium"
              autoComplete="off"
              {...register('actorId')}
            />
            <TextInput
              id="audit-receiptNumber"
              label={ADMIN_MESSAGES.receiptLabel}
              hint={ADMIN_MESSAGES.receiptHint}
              error={fieldErrors.receiptNumber}
              width="short"
              autoComplete="off"
              {...register('receiptNumber')}
            />
            <TextInput
              id="audit-action"
              label={ADMIN_MESSAGES.actionLabel}
              hint={ADMIN_MESSAGES.actionHint}
              error={fieldErrors.action}
              width="medium"
              autoComplete="off"
              {...register('action')}
            />
            <TextInput
              id="audit-from"
              label={ADMIN_MESSAGES.fromLabel}
              hint={ADMIN_MESSAGES.dateHint}
              error={fieldErrors.from}
              width="short"
              inputMode="numeric"
              autoComplete="off"
              {...register('from')}
            />
            <TextInput
              id="audit-to"
              label={ADMIN_MESSAGES.toLabel}
              hint={ADMIN_MESSAGES.dateHint}
              error={fieldErrors.to}
              width="short"
              inputMode="numeric"
              autoComplete="off"
              {...register('to')}
            />
          </div>
          <ButtonGroup>
            <Button type="submit">{ADMIN_MESSAGES.search}</Button>
            <Button
              variant="secondary"
              onClick={() => {
                reset(EMPTY_FORM);
                setFilters({});
              }}
            >
              {ADMIN_MESSAGES.clear}
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
            caption={ADMIN_MESSAGES.auditCaption(rows.length, log.hasNextPage)}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.id}
            emptyText={ADMIN_MESSAGES.noAuditRows}
          />
          {log.hasNextPage ? (
            <Button
              variant="secondary"
              disabled={log.isFetchingNextPage}
              onClick={() => void log.fetchNextPage()}
            >
              {log.isFetchingNextPage ? ADMIN_MESSAGES.loadingMore : ADMIN_MESSAGES.loadMore}
            </Button>
          ) : null}
        </>
      ) : null}
    </>
  );
}
