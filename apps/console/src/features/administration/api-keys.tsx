import { zodResolver } from '@hookform/resolvers/zod';
import type { ApiKey, CreatedApiKey } from '@madoguchi/procedures-contracts';
import { API_KEY_SCOPES, createApiKeyRequestSchema } from '@madoguchi/procedures-contracts';
import {
  isApiRequestError,
  useApiKeys,
  useCreateApiKey,
  useRevokeApiKey,
} from '@madoguchi/web-data-access-api';
import type { ErrorSummaryItem, TableColumn } from '@madoguchi/web-ui-kit';
import {
  Button,
  ButtonGroup,
  CheckboxGroup,
  ErrorSummary,
  Notice,
  StatusTag,
  Table,
  TextInput,
  VisuallyHidden,
  useFocusOnChange,
} from '@madoguchi/web-ui-kit';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { formatDateTime } from '../../i18n/format.js';
import { ConfirmDialog } from '../layout/confirm-dialog.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import { pickText } from '@madoguchi/shared-util-i18n';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import type { AdminMessages } from './administration-messages.js';
import { useAdminMessages } from './administration-messages.js';
import './administration.css';

type CreateKeyForm = z.input<typeof createApiKeyRequestSchema>;
type RevokeOutcome =
  { kind: 'done'; key: ApiKey } | { kind: 'failed'; key: ApiKey; error: unknown };

const scopeOptions = (text: AdminMessages) =>
  API_KEY_SCOPES.map((scope) => ({
    value: scope,
    label: text.scopes[scope],
    hint: text.scopeHints[scope],
  }));

/**
 * API キー: the municipality's back-office keys (never the key itself, only its first
 * characters), a form to create one (the key is shown once, with a copy button), and 失効.
 */
export function ApiKeys() {
  const text = useAdminMessages();
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [toRevoke, setToRevoke] = useState<ApiKey | null>(null);
  const [outcome, setOutcome] = useState<RevokeOutcome | null>(null);

  const revokeKey = (key: ApiKey) => {
    setToRevoke(null);
    revoke.mutate(key.id, {
      onSuccess: () => setOutcome({ kind: 'done', key }),
      onError: (error) => setOutcome({ kind: 'failed', key, error }),
    });
  };

  const columns: TableColumn<ApiKey>[] = [
    {
      id: 'name',
      header: text.apiKeyColumns.name,
      isRowHeader: true,
      cell: (row) => row.name,
    },
    {
      id: 'prefix',
      header: text.apiKeyColumns.prefix,
      cell: (row) => <code className="mdg-nowrap">{row.keyPrefix}…</code>,
    },
    {
      id: 'scopes',
      header: text.apiKeyColumns.scopes,
      cell: (row) => row.scopes.map((scope) => text.scopes[scope]).join(text.listSeparator),
    },
    {
      id: 'createdAt',
      header: text.apiKeyColumns.createdAt,
      cell: (row) => formatDateTime(row.createdAt),
    },
    {
      id: 'lastUsedAt',
      header: text.apiKeyColumns.lastUsedAt,
      cell: (row) => (row.lastUsedAt ? formatDateTime(row.lastUsedAt) : text.neverUsed),
    },
    {
      id: 'status',
      header: text.apiKeyColumns.status,
      cell: (row) =>
        row.revokedAt ? (
          <StatusTag tone="neutral" label={text.revokedAt(formatDateTime(row.revokedAt))} />
        ) : (
          <StatusTag tone="success" label={text.active} />
        ),
    },
    {
      id: 'action',
      header: text.apiKeyColumns.action,
      cell: (row) =>
        row.revokedAt ? null : (
          <Button
            variant="secondary"
            className="mdg-nowrap"
            disabled={revoke.isPending}
            onClick={() => {
              setOutcome(null);
              setToRevoke(row);
            }}
          >
            {text.revoke}
            <VisuallyHidden>{text.revokeTarget(row.name, row.keyPrefix)}</VisuallyHidden>
          </Button>
        ),
    },
  ];

  return (
    <>
      <p>{text.apiKeysLead}</p>
      {created ? <CreatedKey created={created} onDismiss={() => setCreated(null)} /> : null}
      {toRevoke ? (
        <ConfirmDialog
          id="confirm-revoke"
          title={text.confirmRevokeTitle(toRevoke.name)}
          body={text.confirmRevokeBody}
          confirmLabel={text.confirmRevoke}
          cancelLabel={text.cancel}
          focusKey={toRevoke.id}
          onConfirm={() => revokeKey(toRevoke)}
          onCancel={() => setToRevoke(null)}
        />
      ) : null}
      {outcome ? <RevokeOutcomeNotice outcome={outcome} /> : null}
      {keys.isPending ? <LoadingNotice /> : null}
      {keys.isError ? (
        <LoadFailedNotice error={keys.error} onRetry={() => void keys.refetch()} />
      ) : null}
      {keys.data ? (
        <Table
          caption={text.apiKeysCaption(keys.data.length)}
          columns={columns}
          rows={keys.data}
          rowKey={(row) => row.id}
          emptyText={text.noApiKeys}
        />
      ) : null}
      <CreateKeyForm
        onCreated={(result) => {
          setOutcome(null);
          setCreated(result);
        }}
      />
    </>
  );
}

function CreateKeyForm({ onCreated }: { onCreated: (created: CreatedApiKey) => void }) {
  const text = useAdminMessages();
  const { locale } = useConsoleLocale();
  const create = useCreateApiKey();
  const [submitCount, setSubmitCount] = useState(0);
  const {
    register,
    control,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateKeyForm>({
    resolver: zodResolver(createApiKeyRequestSchema),
    defaultValues: { name: '', scopes: ['applications:read', 'applications:acknowledge'] },
  });

  const onSubmit = handleSubmit(
    async (values) => {
      const result = await create.mutateAsync(createApiKeyRequestSchema.parse(values));
      reset();
      onCreated(result);
    },
    () => setSubmitCount((count) => count + 1),
  );

  const nameError = errors.name ? text.nameRequired : undefined;
  const scopesError = errors.scopes ? text.scopesRequired : undefined;
  const summary: ErrorSummaryItem[] = [
    ...(nameError ? [{ targetId: 'api-key-name', text: nameError }] : []),
    ...(scopesError ? [{ targetId: 'api-key-scopes', text: scopesError }] : []),
  ];

  return (
    <section aria-labelledby="create-key-heading">
      <h2 id="create-key-heading">{text.createHeading}</h2>
      <ErrorSummary items={summary} title={text.errorSummaryTitle} focusKey={submitCount} />
      {create.isError ? (
        <Notice tone="error" title={text.createFailed}>
          {isApiRequestError(create.error) ? (
            <p>{pickText(create.error.apiError.message, locale)}</p>
          ) : null}
        </Notice>
      ) : null}
      <form
        noValidate
        aria-labelledby="create-key-heading"
        onSubmit={(event) => void onSubmit(event).catch(() => undefined)}
      >
        <fieldset className="mdg-fieldset" disabled={isSubmitting}>
          <TextInput
            id="api-key-name"
            label={text.nameLabel}
            hint={text.nameHint}
            error={nameError}
            isRequired
            width="medium"
            autoComplete="off"
            {...register('name')}
          />
          <Controller
            control={control}
            name="scopes"
            render={({ field }) => (
              <CheckboxGroup
                id="api-key-scopes"
                name={field.name}
                legend={text.scopesLegend}
                options={scopeOptions(text)}
                error={scopesError}
                isRequired
                value={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
              />
            )}
          />
          <Button type="submit">{isSubmitting ? text.creating : text.createButton}</Button>
        </fieldset>
      </form>
    </section>
  );
}

/** The new key, once: in focus, with the warning that it is never shown again and a copy button. */
function CreatedKey({ created, onDismiss }: { created: CreatedApiKey; onDismiss: () => void }) {
  const text = useAdminMessages();
  const ref = useFocusOnChange<HTMLDivElement>(created.apiKey.id);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };
  return (
    <div ref={ref} tabIndex={-1}>
      <Notice tone="warning" role="alert" title={text.createdTitle(created.apiKey.name)}>
        <p>{text.createdWarning}</p>
        <p id="created-key-label">{text.createdKeyLabel}</p>
        <code className="mdg-secret" aria-labelledby="created-key-label">
          {created.key}
        </code>
        <ButtonGroup>
          <Button variant="primary" onClick={() => void copy()}>
            {text.copy}
          </Button>
          <Button variant="secondary" onClick={onDismiss}>
            {text.dismissCreated}
          </Button>
        </ButtonGroup>
        <p role="status">
          {copyState === 'copied' ? text.copied : copyState === 'failed' ? text.copyFailed : ''}
        </p>
      </Notice>
    </div>
  );
}

function RevokeOutcomeNotice({ outcome }: { outcome: RevokeOutcome }) {
  const text = useAdminMessages();
  const { locale } = useConsoleLocale();
  const ref = useFocusOnChange<HTMLDivElement>(outcome);
  return (
    <div ref={ref} tabIndex={-1}>
      {outcome.kind === 'done' ? (
        <Notice tone="success" title={text.revoked(outcome.key.name)} />
      ) : (
        <Notice tone="error" title={text.revokeFailed(outcome.key.name)}>
          {isApiRequestError(outcome.error) ? (
            <p>{pickText(outcome.error.apiError.message, locale)}</p>
          ) : null}
        </Notice>
      )}
    </div>
  );
}
