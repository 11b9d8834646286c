import { useParams } from '../routing/router.js';
import { BundleNextStep } from '../features/catalog/bundle/bundle-next-step.js';
import { ApplicationReceipt } from '../features/receipt/application-receipt.js';
import { RequireResident } from '../features/session/require-resident.js';

export function ReceiptPage() {
  const { applicationId = '' } = useParams();
  return (
    <RequireResident>
      <ApplicationReceipt applicationId={applicationId} />
      {/* Inside a まとめて申請 (?bundle=…): the progress and 次の手続へ. */}
      <BundleNextStep />
    </RequireResident>
  );
}
