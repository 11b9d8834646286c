import { pickText } from '@madoguchi/shared-util-i18n';
import { useProcedures } from '@madoguchi/web-data-access-api';
import { Notice, RubyText, buttonClassName } from '@madoguchi/web-ui-kit';
import { Link, useSearchParams } from '../../../routing/router.js';
import { useCatalogMessages } from '../catalog-messages.js';
import { currentProcedureId, procedurePagePath, readBundle } from './bundle-params.js';
import { BundleProgress } from './bundle-progress.js';

/** On the receipt of an application of a bundle: how far the bundle is, and 次の手続へ. */
export function BundleNextStep() {
  const { text, locale } = useCatalogMessages();
  const [searchParams] = useSearchParams();
  const bundle = readBundle(searchParams, searchParams.get('municipality') ?? '');
  const procedures = useProcedures(bundle?.municipalityCode);
  if (!bundle) {
    return null;
  }
  const nextId = currentProcedureId(bundle);
  const next = procedures.data?.find((procedure) => procedure.id === nextId);
  return (
    <section className="mdg-bundle-next mdg-no-print" aria-labelledby="bundle-next-heading">
      <h2 id="bundle-next-heading">
        <RubyText>
          {text.bundleFinishedHeading(bundle.doneApplicationIds.length, bundle.procedureIds.length)}
        </RubyText>
      </h2>
      <BundleProgress bundle={bundle} />
      {nextId === undefined ? (
        <Notice tone="success" title={text.bundleAllDone} />
      ) : (
        <Link className={buttonClassName('primary')} to={procedurePagePath(bundle, nextId)}>
          {text.bundleNext(next ? pickText(next.title, locale) : nextId)}
        </Link>
      )}
    </section>
  );
}
