import { pickText } from '@madoguchi/shared-util-i18n';
import type { OverlayEditorState } from '@madoguchi/procedures-contracts';
import { isApiRequestError, usePublishOverlay } from '@madoguchi/web-data-access-api';
import type { TableColumn } from '@madoguchi/web-ui-kit';
import { Button, Notice, RadioGroup, Table, TextInput } from '@madoguchi/web-ui-kit';
import { useState } from 'react';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import { useOverlayEditorMessages } from './overlay-editor-messages.js';

type Version = OverlayEditorState['versions'][number];
type When = 'now' | 'on';

/**
 * 公開: the saved draft becomes the next form version, in force from today or from a 施行日 the
 * administrator picks (the API refuses a day before today, or before a version already scheduled).
 */
export function PublishOverlay({
  state,
  hasUnsavedChanges,
}: {
  state: OverlayEditorState;
  hasUnsavedChanges: boolean;
}) {
  const M = useOverlayEditorMessages();
  const { locale } = useConsoleLocale();
  const publish = usePublishOverlay(state.procedureId);
  const [when, setWhen] = useState<When>('now');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [published, setPublished] = useState<Version | null>(null);
  const canPublish = state.draft !== null && !hasUnsavedChanges;

  const onPublish = () => {
    setError(null);
    publish.mutate(when === 'now' ? {} : { effectiveFrom }, {
      onSuccess: (version) => setPublished(version),
      onError: (failure) => {
        const issue = isApiRequestError(failure)
          ? failure.fields.find((candidate) => candidate.path === 'effectiveFrom')
          : undefined;
        const field = issue ? pickText(issue.message, locale) : undefined;
        setError({
          message: isApiRequestError(failure)
            ? pickText(failure.apiError.message, locale)
            : M.publishFailed,
          field,
        });
      },
    });
  };

  const columns: TableColumn<Version>[] = [
    {
      id: 'version',
      header: M.versionColumns.version,
      isRowHeader: true,
      cell: (row) => M.version(row.version),
    },
    {
      id: 'effectiveFrom',
      header: M.versionColumns.effectiveFrom,
      cell: (row) => formatDate(row.effectiveFrom),
    },
    {
      id: 'publishedAt',
      header: M.versionColumns.publishedAt,
      cell: (row) => formatDateTime(row.publishedAt),
    },
    { id: 'base', header: M.versionColumns.base, cell: (row) => M.baseVersion(row.baseVersion) },
  ];

  return (
    <section aria-labelledby="overlay-publish-heading" className="mdg-overlay-editor__publish">
      <h2 id="overlay-publish-heading">{M.publishLegend}</h2>
      <p>{M.publishLead}</p>
      {published ? (
        <Notice tone="success" role="status">
          <p>{M.published(published.version, formatDate(published.effectiveFrom))}</p>
        </Notice>
      ) : null}
      {error ? (
        <Notice tone="error" role="alert" title={M.publishFailed}>
          <p>{error.message}</p>
        </Notice>
      ) : null}
      {canPublish ? null : <p className="mdg-hint">{M.publishNeedsSave}</p>}
      <fieldset
        disabled={!canPublish || publish.isPending}
        className="mdg-overlay-editor__fieldset"
      >
        <RadioGroup
          id="overlay-publish-when"
          name="publishWhen"
          legend={M.publishWhen}
          options={[
            { value: 'now', label: M.publishNow(formatDate(state.today)) },
            { value: 'on', label: M.publishOn },
          ]}
          value={when}
          onChange={(value) => setWhen(value as When)}
        />
        {when === 'on' ? (
          <TextInput
            id="overlay-effective-from"
            type="date"
            label={M.effectiveFrom}
            hint={M.effectiveFromHint(formatDate(state.today))}
            min={state.today}
            width="medium"
            isRequired
            error={error?.field}
            value={effectiveFrom}
            onChange={(event) => setEffectiveFrom(event.currentTarget.value)}
          />
        ) : null}
        <Button onClick={onPublish} disabled={when === 'on' && effectiveFrom === ''}>
          {publish.isPending ? M.publishing : M.publish}
        </Button>
      </fieldset>
      <Table
        caption={M.versionsCaption}
        columns={columns}
        rows={state.versions}
        rowKey={(row) => String(row.version)}
        emptyText={M.noneScheduled}
      />
    </section>
  );
}
