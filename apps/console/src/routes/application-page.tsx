import { useParams } from 'react-router';
import { ApplicationReview } from '../features/application-review/application-review.js';
import { RequireStaff } from '../features/session/require-staff.js';

export function ApplicationPage() {
  const { applicationId = '' } = useParams();
  return (
    <RequireStaff>
      <ApplicationReview applicationId={applicationId} />
    </RequireStaff>
  );
}
