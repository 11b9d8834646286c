import type {
  CounterAssistance,
  CounterConfirmation,
  CounterConfirmationChannel,
  CounterConfirmationState,
  CounterIdentityCheck,
} from '@madoguchi/procedures-contracts';
import { assertNever } from '@madoguchi/procedures-domain';
import type { LocalizedText } from '@madoguchi/server-database';

import type { CounterConfirmationRow } from './counter.repository.js';

/**
 * The resident id of an application confirmed without signing in: no account has it. It is also
 * the owner of the files staff attached at the counter while the application waits.
 */
export function anonymousCounterResidentId(confirmationId: string): string {
  return `counter:${confirmationId}`;
}

/**
 * The owner of the files a staff member scans at the counter before the answers are stored (no
 * resident id can start with `counter-staff:`): only that staff member can attach or remove them.
 */
export function counterStaffOwnerId(staffId: string): string {
  return `counter-staff:${staffId}`;
}

/** What the counter's list says of one: pending splits in two by the link's expiry. */
export function counterStateOf(
  row: Pick<CounterConfirmationRow, 'status' | 'tokenExpiresAt'>,
  now: Date = new Date(),
): CounterConfirmationState {
  switch (row.status) {
    case 'confirmed':
      return 'confirmed';
    case 'cancelled':
      return 'cancelled';
    case 'pending':
      return row.tokenExpiresAt.getTime() <= now.getTime() ? 'expired' : 'awaiting';
    default:
      return assertNever(row.status);
  }
}

export function toCounterConfirmationDto(
  row: CounterConfirmationRow,
  form: { procedureTitle: LocalizedText; attachmentCount: number },
): CounterConfirmation {
  return {
    id: row.id,
    status: row.status,
    state: counterStateOf(row),
    procedureId: row.procedureId,
    procedureTitle: form.procedureTitle,
    formVersion: row.formVersion,
    applicantName: row.applicantName,
    identityCheck: row.identityCheck,
    filledBy: { staffId: row.filledByStaffId, displayName: row.filledByStaffName },
    createdAt: row.createdAt.toISOString(),
    tokenExpiresAt: row.tokenExpiresAt.toISOString(),
    confirmedVia: row.confirmedVia,
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    applicationId: row.status === 'confirmed' ? row.applicationId : null,
    receiptNumber: row.receiptNumber,
    attachmentCount: form.attachmentCount,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
  };
}

/** The counter columns of an application (all set or none, by the table's check). */
export type CounterColumns = {
  residentId: string;
  filledByStaffId: string | null;
  filledByStaffName: string | null;
  counterIdentityCheck: CounterIdentityCheck | null;
  confirmedVia: CounterConfirmationChannel | null;
  confirmedAt: Date | null;
};

/**
 * Staff's view of how a counter-assisted application came in (undefined for any other): who
 * filled it, the identity check at the counter, where and when the resident confirmed it.
 */
export function toCounterAssistance(application: CounterColumns): CounterAssistance | undefined {
  if (
    application.filledByStaffId === null ||
    application.counterIdentityCheck === null ||
    application.confirmedVia === null ||
    application.confirmedAt === null
  ) {
    return undefined;
  }
  return {
    filledBy: {
      staffId: application.filledByStaffId,
      displayName: application.filledByStaffName ?? application.filledByStaffId,
    },
    identityCheck: application.counterIdentityCheck,
    confirmedVia: application.confirmedVia,
    confirmedAt: application.confirmedAt.toISOString(),
    isLinkedToAccount: !application.residentId.startsWith('counter:'),
  };
}
