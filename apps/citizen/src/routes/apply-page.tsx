import { useParams, useSearchParams } from 'react-router';
import { ApplicationForm } from '../features/application-form/application-form.js';
import { BundleApply } from '../features/catalog/bundle/bundle-apply.js';
import { readBundle } from '../features/catalog/bundle/bundle-params.js';
import { RequireResident } from '../features/session/require-resident.js';

export function ApplyPage() {
  const { municipalityCode = '', procedureId = '' } = useParams();
  const [searchParams] = useSearchParams();
  // ?draft=<id> resumes a saved draft (一時保存), on this device or another.
  const draftId = searchParams.get('draft') ?? undefined;
  // ?bundle=a,b&done=<ids>: one procedure of a まとめて申請.
  const bundle = readBundle(searchParams, municipalityCode);
  const key = `${municipalityCode}/${procedureId}/${draftId ?? ''}/${searchParams.get('done') ?? ''}`;
  return (
    <RequireResident>
      {bundle ? (
        <BundleApply
          key={key}
          bundle={bundle}
          procedureId={procedureId}
          renderForm={({ prefillAnswers, receiptPath }) => (
            <ApplicationForm
              municipalityCode={municipalityCode}
              procedureId={procedureId}
              draftId={draftId}
              prefillAnswers={prefillAnswers}
              receiptPath={receiptPath}
            />
          )}
        />
      ) : (
        <ApplicationForm
          key={key}
          municipalityCode={municipalityCode}
          procedureId={procedureId}
          draftId={draftId}
        />
      )}
    </RequireResident>
  );
}
