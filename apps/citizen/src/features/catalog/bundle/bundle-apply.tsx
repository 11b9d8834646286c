import { Notice, RubyText } from '@madoguchi/web-ui-kit';
import type { ReactNode } from 'react';
import { LoadingNotice } from '@madoguchi/web-feature-status';
import { useCatalogMessages } from '../catalog-messages.js';
import type { Bundle } from './bundle-params.js';
import { bundleSearch } from './bundle-params.js';
import { BundleProgress } from './bundle-progress.js';
import { useBundlePrefill } from './use-bundle-prefill.js';

export type BundleFormSlot = {
  /** Answers shared with the procedures already submitted in the bundle. */
  prefillAnswers: Record<string, unknown> | undefined;
  /** The receipt of this application, still inside the bundle (it offers 次の手続へ). */
  receiptPath: (applicationId: string) => string;
};

/** A form inside a bundle: its progress, what was filled in from before, then the form. */
export function BundleApply({
  bundle,
  procedureId,
  renderForm,
}: {
  bundle: Bundle;
  procedureId: string;
  renderForm: (slot: BundleFormSlot) => ReactNode;
}) {
  const { text, locale } = useCatalogMessages();
  const prefill = useBundlePrefill(bundle, procedureId);
  const receiptPath = (applicationId: string) =>
    `/applications/${encodeURIComponent(applicationId)}/receipt${bundleSearch(
      { ...bundle, doneApplicationIds: [...bundle.doneApplicationIds, applicationId] },
      { withMunicipality: true },
    )}`;
  return (
    <>
      <BundleProgress bundle={bundle} />
      {prefill.kind === 'loading' ? <LoadingNotice /> : null}
      {prefill.kind === 'ready' && prefill.labels.length > 0 ? (
        <Notice tone="info" title={text.bundlePrefilled}>
          <p>
            <RubyText>
              {text.bundlePrefilledFields(
                prefill.labels
                  .map((label) => (locale === 'en' ? `“${label}”` : `「${label}」`))
                  .join(locale === 'en' ? ', ' : '、'),
              )}
            </RubyText>
          </p>
        </Notice>
      ) : null}
      {prefill.kind === 'ready'
        ? renderForm({ prefillAnswers: prefill.answers, receiptPath })
        : null}
    </>
  );
}
