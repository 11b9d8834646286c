import { useParams, useSearchParams } from 'react-router';
import { ApplicationForm } from '../features/application-form/application-form.js';
import { RequireResident } from '../features/session/require-resident.js';

export function ApplyPage() {
  const { municipalityCode = '', procedureId = '' } = useParams();
  const [searchParams] = useSearchParams();
  // ?draft=<id> resumes a saved draft (一時保存), on this device or another.
  const draftId = searchParams.get('draft') ?? undefined;
  return (
    <RequireResident>
      <ApplicationForm
        key={`${municipalityCode}/${procedureId}/${draftId ?? ''}`}
        municipalityCode={municipalityCode}
        procedureId={procedureId}
        draftId={draftId}
      />
    </RequireResident>
  );
}
