import type { ProcedureOffering } from '@madoguchi/procedures-contracts';
import {
  isApiRequestError,
  useProcedureOfferings,
  useSetProcedureAvailability,
} from '@madoguchi/web-data-access-api';
import type { TableColumn } from '@madoguchi/web-ui-kit';
import {
  Button,
  ButtonGroup,
  Notice,
  Table,
  VisuallyHidden,
  useFocusOnChange,
} from '@madoguchi/web-ui-kit';
import { useState } from 'react';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import { ADMIN_MESSAGES } from './administration-messages.js';
import './administration.css';

type Outcome =
  | { kind: 'done'; offering: ProcedureOffering }
  | { kind: 'failed'; offering: ProcedureOffering; error: unknown };

/**
 * 受け付ける手続: every standard procedure with a 受付中 / 停止中 switch. Switching on is at once;
 * switching off asks first, since residents lose the procedure until it is switched on again.
 */
export function ProcedureOfferings() {
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
      header: ADMIN_MESSAGES.procedureColumns.title,
      isRowHeader: true,
      cell: (row) => row.title.ja,
    },
    {
      id: 'category',
      header: ADMIN_MESSAGES.procedureColumns.category,
      cell: (row) => ADMIN_MESSAGES.categories[row.category] ?? row.category,
    },
    {
      id: 'formVersion',
      header: ADMIN_MESSAGES.procedureColumns.formVersion,
      cell: (row) =>
        row.formVersion === null
          ? ADMIN_MESSAGES.neverOffered
          : ADMIN_MESSAGES.formVersion(row.formVersion),
    },
    {
      id: 'availability',
      header: ADMIN_MESSAGES.procedureColumns.availability,
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
              {isThisPending
                ? ADMIN_MESSAGES.switching
                : row.isEnabled
                  ? ADMIN_MESSAGES.enabled
                  : ADMIN_MESSAGES.disabled}
            </span>
            <VisuallyHidden>{ADMIN_MESSAGES.switchTarget(row.title.ja)}</VisuallyHidden>
          </button>
        );
      },
    },
  ];

  return (
    <>
      <p>{ADMIN_MESSAGES.proceduresLead}</p>
      {toDisable ? (
        <ConfirmDisable
          offering={toDisable}
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
          caption={ADMIN_MESSAGES.proceduresCaption(
            offerings.data.filter((offering) => offering.isEnabled).length,
            offerings.data.length,
          )}
          columns={columns}
          rows={offerings.data}
          rowKey={(row) => row.procedureId}
          emptyText={ADMIN_MESSAGES.noProcedures}
        />
      ) : null}
    </>
  );
}

/** Asks before a procedure is switched off, in focus (an inline alertdialog). */
function ConfirmDisable({
  offering,
  onConfirm,
  onCancel,
}: {
  offering: ProcedureOffering;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useFocusOnChange<HTMLDivElement>(offering.procedureId);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alertdialog"
      aria-label={ADMIN_MESSAGES.confirmDisableTitle(offering.title.ja)}
      aria-describedby="confirm-disable-body"
    >
      <Notice tone="warning" title={ADMIN_MESSAGES.confirmDisableTitle(offering.title.ja)}>
        <p id="confirm-disable-body">{ADMIN_MESSAGES.confirmDisableBody}</p>
        <ButtonGroup>
          <Button variant="warning" onClick={onConfirm}>
            {ADMIN_MESSAGES.confirmDisable}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {ADMIN_MESSAGES.cancel}
          </Button>
        </ButtonGroup>
      </Notice>
    </div>
  );
}

function OutcomeNotice({ outcome }: { outcome: Outcome }) {
  const ref = useFocusOnChange<HTMLDivElement>(outcome);
  const title = outcome.offering.title.ja;
  return (
    <div ref={ref} tabIndex={-1}>
      {outcome.kind === 'done' ? (
        <Notice
          tone="success"
          title={
            outcome.offering.isEnabled
              ? ADMIN_MESSAGES.switchedOn(title)
              : ADMIN_MESSAGES.switchedOff(title)
          }
        />
      ) : (
        <Notice tone="error" title={ADMIN_MESSAGES.switchFailed(title)}>
          {isApiRequestError(outcome.error) ? <p>{outcome.error.apiError.message.ja}</p> : null}
        </Notice>
      )}
    </div>
  );
}
