import { useProcedureForm } from '@madoguchi/web-data-access-api';
import { Suspense, lazy } from 'react';
import { useParams, useSearchParams } from '../routing/router.js';
import { ApplicationForm } from '../features/application-form/application-form.js';
import { readBundle } from '../features/catalog/bundle/bundle-params.js';
import { LoadingNotice } from '@madoguchi/web-feature-status';
import { RequireResident } from '../features/session/require-resident.js';

// Only a form opened as part of a まとめて申請 (?bundle=) needs the bundle's progress, shared
// answers and the catalog's texts: their own chunk, not every form's first load.
const BundleApply = lazy(async () => ({
  default: (await import('../features/catalog/bundle/bundle-apply.js')).BundleApply,
}));

export function ApplyPage() {
  const { municipalityCode = '', procedureId = '' } = useParams();
  const [searchParams] = useSearchParams();
  // ?draft=<id> resumes a saved draft (一時保存), on this device or another.
  const draftId = searchParams.get('draft') ?? undefined;
  // ?bundle=a,b&done=<ids>: one procedure of a まとめて申請.
  const bundle = readBundle(searchParams, municipalityCode);
  const key = `${municipalityCode}/${procedureId}/${draftId ?? ''}/${searchParams.get('done') ?? ''}`;
  // The latest form is fetched while the session is checked (RequireResident), not after it: one
  // round trip less before the form shows. A draft opens in its own version, so not then.
  useProcedureForm(municipalityCode, procedureId, undefined, { isEnabled: draftId === undefined });
  return (
    <RequireResident>
      {bundle ? (
        <Suspense fallback={<LoadingNotice />}>
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
        </Suspense>
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
