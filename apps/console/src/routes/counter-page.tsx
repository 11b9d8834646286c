import type { IssuedCounterConfirmation } from '@madoguchi/procedures-contracts';
import { useSession } from '@madoguchi/web-data-access-api';
import { useNavigate } from 'react-router';
import { CounterFill } from '../features/counter/counter-fill.js';
import { CounterList } from '../features/counter/counter-list.js';
import { useCounterMessages } from '../features/counter/counter-messages.js';
import type { CounterLink } from '../features/counter/counter-status.js';
import { RequireStaff } from '../features/session/require-staff.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

/** The state the status page is opened with: the one-time link, never put in its URL. */
export type CounterStatusLocationState = { link: CounterLink };

export function CounterPage() {
  const messages = useCounterMessages();
  useDocumentTitle(messages.fillTitle);
  const session = useSession();
  const navigate = useNavigate();
  const municipalityCode = session.data?.kind === 'staff' ? session.data.municipalityCode : null;
  const showStatus = (issued: IssuedCounterConfirmation) =>
    void navigate(`/counter/${issued.id}`, {
      state: {
        link: {
          confirmUrl: issued.confirmUrl,
          counterScreenUrl: issued.counterScreenUrl,
          tokenExpiresAt: issued.tokenExpiresAt,
        },
      } satisfies CounterStatusLocationState,
    });
  return (
    <>
      <h1>{messages.fillTitle}</h1>
      <RequireStaff>
        <p>{messages.fillLead}</p>
        {municipalityCode ? (
          <>
            <CounterFill municipalityCode={municipalityCode} onFilled={showStatus} />
            <CounterList onLinkIssued={showStatus} />
          </>
        ) : null}
      </RequireStaff>
    </>
  );
}
