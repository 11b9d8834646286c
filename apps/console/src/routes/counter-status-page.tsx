import { useLocation, useParams } from 'react-router';
import { COUNTER_MESSAGES } from '../features/counter/counter-messages.js';
import { CounterStatus } from '../features/counter/counter-status.js';
import { RequireStaff } from '../features/session/require-staff.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';
import type { CounterStatusLocationState } from './counter-page.js';

export function CounterStatusPage() {
  useDocumentTitle(COUNTER_MESSAGES.statusTitle);
  const { confirmationId = '' } = useParams();
  const state = useLocation().state as Partial<CounterStatusLocationState> | null;
  return (
    <>
      <h1>{COUNTER_MESSAGES.fillTitle}</h1>
      <RequireStaff>
        <CounterStatus
          key={confirmationId}
          confirmationId={confirmationId}
          initialLink={state?.link ?? null}
        />
      </RequireStaff>
    </>
  );
}
