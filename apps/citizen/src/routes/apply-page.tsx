import { useParams } from 'react-router';
import { ApplicationForm } from '../features/application-form/application-form.js';
import { RequireResident } from '../features/session/require-resident.js';

export function ApplyPage() {
  const { municipalityCode = '', procedureId = '' } = useParams();
  return (
    <RequireResident>
      <ApplicationForm
        key={`${municipalityCode}/${procedureId}`}
        municipalityCode={municipalityCode}
        procedureId={procedureId}
      />
    </RequireResident>
  );
}
