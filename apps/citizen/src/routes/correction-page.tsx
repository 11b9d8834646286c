import { useParams } from '../routing/router.js';
import { ApplicationCorrection } from '../features/application-correction/application-correction.js';
import { RequireResident } from '../features/session/require-resident.js';

export function CorrectionPage() {
  const { applicationId = '' } = useParams();
  return (
    <RequireResident>
      <ApplicationCorrection applicationId={applicationId} />
    </RequireResident>
  );
}
