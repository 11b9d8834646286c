import type { ProcedureOffering } from '@madoguchi/procedures-contracts';
import {
  isApiRequestError,
  useProcedureOfferings,
  useSetProcedureAvailability,
} from '@madoguchi/web-data-access-api';
import type { TableColumn } from '@madoguchi/web-ui-kit';
import { Notice, Table, VisuallyHidden, useFocusOnChange } from '@madoguchi/web-ui-kit';
import { useState } from 'react';
import { ConfirmDialog } from '../layout/confirm-dialog.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import { pickText } from '@madoguchi/shared-util-i18n';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import { useAdminMessages } from './administration-messages.js';
import './administration.css';

type Outcome =
  | { kind: 'done'; offering: ProcedureOffering }
  | { kind: 'failed'; offering: ProcedureOffering; error: unknown };

/**
 * 受け付ける手続: every standard procedure with a 受付中 / 停止中 switch. Switching on is at once;
 * switching off asks first, since residents lose the procedure until it is switched on again.
 */
export function ProcedureOfferings() {
  const text = useAdminMessages();
  const { locale } = useConsoleLocale();
  const offerings = useProcedureOfferings();
  const setAvailability = useSetProcedureAvailability();
  const [toDisable, setToDisable] = useState<ProcedureOffering | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const apply = (offering: ProcedureOffering, isEnabled: boolean) => {
    setToDisable(null);
    setOutcome(null);
    setAvailability.mutate(
      { procedureId: offering.procedureId, isEnabled },
      {
        onSuccess: (updated) => setOutcome({ kind: 'done', offering: updated }),
        onError: (error) => setOutcome({ kind: 'failed', offering, error }),
      },
    );
  };

  const toggle = (offering: ProcedureOffering) => {
    if (offering.isEnabled) {
      setOutcome(null);
      setToDisable(offering);
      return;
    }
    apply(offering, true);
  };

  const columns: TableColumn<ProcedureOffering>[] = [
    {
      id: 'title',
      header: text.procedureColumns.title,
      isRowHeader: true,
      cell: (row) => pickText(row.title, locale),
    },
    {
      id: 'category',
      header: text.procedureColumns.category,
      cell: (row) => text.categories[row.category] ?? row.category,
    },
    {
      id: 'formVersion',
      header: text.procedureColumns.formVersion,
      cell: (row) =>
        row.formVersion === null ? text.neverOffered : text.formVersion(row.formVersion),
    },
    {
      id: 'availability',
      header: text.procedureColumns.availability,
      cell: (row) => {
        const isThisPending =
          setAvailability.isPending && setAvailability.variables.procedureId === row.procedureId;
        return (
          <button
            type="button"
            role="switch"
            className="mdg-switch"
            aria-checked={row.isEnabled}
            disabled={setAvailability.isPending}
            onClick={() => toggle(row)}
          >
            <span className="mdg-switch__track" aria-hidden="true" />
            <span>
              {isThisPending ? text.switching : row.isEnabled ? text.enabled : text.disabled}
            </span>
            <VisuallyHidden>{text.switchTarget(pickText(row.title, locale))}</VisuallyHidden>
          </button>
        );
      },
    },
  ];

  return (
    <>
      <p>{text.proceduresLead}</p>
      {toDisable ? (
        <ConfirmDialog
          id="confirm-disable"
          title={text.confirmDisableTitle(pickText(toDisable.title, locale))}
          body={text.confirmDisableBody}
          confirmLabel={text.confirmDisable}
          cancelLabel={text.cancel}
          focusKey={toDisable.procedureId}
          onConfirm={() => apply(toDisable, false)}
          onCancel={() => setToDisable(null)}
        />
      ) : null}
      {outcome ? <OutcomeNotice outcome={outcome} /> : null}
      {offerings.isPending ? <LoadingNotice /> : null}
      {offerings.isError ? (
        <LoadFailedNotice error={offerings.error} onRetry={() => void offerings.refetch()} />
      ) : null}
      {offerings.data ? (
        <Table
          caption={text.proceduresCaption(
            offerings.data.filter((offering) => offering.isEnabled).length,
            offerings.data.length,
          )}
          columns={columns}
          rows={offerings.data}
          rowKey={(row) => row.procedureId}
          emptyText={text.noProcedures}
        />
      ) : null}
    </>
  );
}

function OutcomeNotice({ outcome }: { outcome: Outcome }) {
  const text = useAdminMessages();
  const { locale } = useConsoleLocale();
  const ref = useFocusOnChange<HTMLDivElement>(outcome);
  const title = pickText(outcome.offering.title, locale);
  return (
    <div ref={ref} tabIndex={-1}>
      {outcome.kind === 'done' ? (
        <Notice
          tone="success"
          title={outcome.offering.isEnabled ? text.switchedOn(title) : text.switchedOff(title)}
        />
      ) : (
        <Notice tone="error" title={text.switchFailed(title)}>
          {isApiRequestError(outcome.error) ? (
            <p>{pickText(outcome.error.apiError.message, locale)}</p>
          ) : null}
        </Notice>
      )}
    </div>
  );
}
