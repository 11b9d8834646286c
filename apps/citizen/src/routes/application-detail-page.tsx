import { useParams } from '../routing/router.js';
import { ApplicationDetail } from '../features/my-applications/application-detail.js';
import { RequireResident } from '../features/session/require-resident.js';

export function ApplicationDetailPage() {
  const { applicationId = '' } = useParams();
  return (
    <RequireResident>
      <ApplicationDetail applicationId={applicationId} />
    </RequireResident>
  );
}
