import type {
  CounterAssistance,
  CounterConfirmation,
  CounterConfirmationChannel,
  CounterIdentityCheck,
} from '@madoguchi/procedures-contracts';
import type { LocalizedText } from '@madoguchi/server-database';

import type { CounterConfirmationRow } from './counter.repository.js';

/** The resident id of an application confirmed without signing in: no account has it. */
export function anonymousCounterResidentId(confirmationId: string): string {
  return `counter:${confirmationId}`;
}

export function toCounterConfirmationDto(
  row: CounterConfirmationRow,
  procedureTitle: LocalizedText,
): CounterConfirmation {
  return {
    id: row.id,
    status: row.status,
    procedureId: row.procedureId,
    procedureTitle,
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
