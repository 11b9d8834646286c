import { useLocation, useParams } from 'react-router';
import { useCounterMessages } from '../features/counter/counter-messages.js';
import { CounterStatus } from '../features/counter/counter-status.js';
import { RequireStaff } from '../features/session/require-staff.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';
import type { CounterStatusLocationState } from './counter-page.js';

export function CounterStatusPage() {
  const messages = useCounterMessages();
  useDocumentTitle(messages.statusTitle);
  const { confirmationId = '' } = useParams();
  const state = useLocation().state as Partial<CounterStatusLocationState> | null;
  return (
    <>
      <h1>{messages.fillTitle}</h1>
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
