import '../catalog.css';
import { pickText } from '@madoguchi/shared-util-i18n';
import { useProcedures } from '@madoguchi/web-data-access-api';
import { RubyText } from '@madoguchi/web-ui-kit';
import { useCatalogMessages } from '../catalog-messages.js';
import type { Bundle } from './bundle-params.js';

/** 「2件中1件目」 and the list of the bundle's procedures: submitted, now, next. */
export function BundleProgress({ bundle }: { bundle: Bundle }) {
  const { text, locale } = useCatalogMessages();
  const procedures = useProcedures(bundle.municipalityCode);
  const done = bundle.doneApplicationIds.length;
  const total = bundle.procedureIds.length;
  const titleOf = (procedureId: string): string => {
    const procedure = procedures.data?.find((candidate) => candidate.id === procedureId);
    return procedure ? pickText(procedure.title, locale) : procedureId;
  };
  return (
    <nav className="mdg-bundle-progress mdg-no-print" aria-labelledby="bundle-progress-heading">
      {/* Not a heading: the page's own h1 comes after it. */}
      <p id="bundle-progress-heading" className="mdg-bundle-progress__title">
        <strong>
          <RubyText>{text.bundleHeading}</RubyText>
          {done < total ? `：${text.bundleProgress(done + 1, total)}` : ''}
        </strong>
      </p>
      <ol className="mdg-bundle-progress__list">
        {bundle.procedureIds.map((procedureId, index) => {
          const state =
            index < done ? text.bundleDone : index === done ? text.bundleCurrent : text.bundleLater;
          return (
            <li key={procedureId} aria-current={index === done ? 'step' : undefined}>
              <RubyText>{`${titleOf(procedureId)}（${state}）`}</RubyText>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
