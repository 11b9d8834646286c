import { useParams } from 'react-router';
import { ApplicationReceipt } from '../features/receipt/application-receipt.js';
import { RequireResident } from '../features/session/require-resident.js';

export function ReceiptPage() {
  const { applicationId = '' } = useParams();
  return (
    <RequireResident>
      <ApplicationReceipt applicationId={applicationId} />
    </RequireResident>
  );
}
