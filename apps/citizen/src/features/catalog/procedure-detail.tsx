import './catalog.css';
import type { ProcedureDetail } from '@madoguchi/procedures-contracts';
import { pickText } from '@madoguchi/shared-util-i18n';
import { useProcedureDetail, useSession } from '@madoguchi/web-data-access-api';
import { Notice, RubyText, SummaryList, buttonClassName } from '@madoguchi/web-ui-kit';
import { Link, useSearchParams } from '../../routing/router.js';
import { useDocumentTitle } from '../../i18n/use-document-title.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';
import type { CatalogMessages } from './catalog-messages.js';
import { useCatalogMessages } from './catalog-messages.js';
import { bundleSearch, readBundle } from './bundle/bundle-params.js';
import { BundleProgress } from './bundle/bundle-progress.js';

function identityLevelOf(level: number): 1 | 2 | 3 {
  return level <= 1 ? 1 : level >= 3 ? 3 : 2;
}

function IdentityStatus({ required, text }: { required: number; text: CatalogMessages }) {
  const session = useSession();
  if (session.isPending) {
    return null;
  }
  if (!session.data || session.data.kind !== 'resident') {
    return (
      <p className="mdg-hint">
        <RubyText>{text.identitySignIn}</RubyText>
      </p>
    );
  }
  return session.data.identityLevel >= required ? (
    <p className="mdg-hint">
      <RubyText>{text.identityMet}</RubyText>
    </p>
  ) : (
    <Notice tone="warning" title={text.identityNotMet} />
  );
}

/**
 * The procedure page before the form: what it is, who applies, by when, what to prepare, how long
 * it takes, the identity check, whom to ask; then 申請をはじめる.
 */
export function ProcedureDetailView({
  municipalityCode,
  procedureId,
}: {
  municipalityCode: string;
  procedureId: string;
}) {
  const { text, locale } = useCatalogMessages();
  const [searchParams] = useSearchParams();
  const bundle = readBundle(searchParams, municipalityCode);
  const detail = useProcedureDetail(municipalityCode, procedureId);
  useDocumentTitle(
    detail.data ? pickText(detail.data.procedure.title, locale) : text.searchHeading,
  );
  if (detail.isPending) {
    return <LoadingNotice />;
  }
  if (detail.isError) {
    return <LoadFailedNotice error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const page: ProcedureDetail = detail.data;
  const municipalityName = locale === 'en' ? page.municipality.name.en : page.municipality.name.ja;
  const applyPath = `/municipalities/${municipalityCode}/procedures/${procedureId}/apply${
    bundle ? bundleSearch(bundle) : ''
  }`;
  const contact = page.contact;
  return (
    <article className="mdg-procedure-page">
      {bundle ? <BundleProgress bundle={bundle} /> : null}
      <h1>
        <RubyText>{pickText(page.procedure.title, locale)}</RubyText>
      </h1>
      <p className="mdg-hint">{municipalityName}</p>

      <h2>
        <RubyText>{text.detailWhat}</RubyText>
      </h2>
      <p>
        <RubyText>{pickText(page.procedure.summary, locale)}</RubyText>
      </p>

      <h2>
        <RubyText>{text.detailWho}</RubyText>
      </h2>
      <p>
        <RubyText>{pickText(page.applicant.title, locale)}</RubyText>
        {page.applicant.description ? (
          <>
            <br />
            <RubyText>{pickText(page.applicant.description, locale)}</RubyText>
          </>
        ) : null}
      </p>

      <h2>
        <RubyText>{text.detailDeadline}</RubyText>
      </h2>
      {page.deadlines.length === 0 ? (
        <p>
          <RubyText>{text.detailNoDeadline}</RubyText>
        </p>
      ) : (
        <ul>
          {page.deadlines.map((deadline) => (
            <li key={deadline.days}>
              <strong>{text.detailDays(deadline.days)}</strong>：
              <RubyText>{pickText(deadline.description, locale)}</RubyText>
            </li>
          ))}
        </ul>
      )}

      <h2>
        <RubyText>{text.detailPrepare}</RubyText>
      </h2>
      <ul>
        {page.identityLevel >= 3 || page.signature.isRequired ? (
          <li>
            <RubyText>{text.detailMyNumberCard}</RubyText>
          </li>
        ) : null}
        {page.asksForMyNumber ? (
          <li>
            <RubyText>{text.detailMyNumber}</RubyText>
          </li>
        ) : null}
        {page.signature.isRequired ? (
          <li>
            <RubyText>{text.detailSignature}</RubyText>
          </li>
        ) : null}
      </ul>
      {page.signature.exceptions.length > 0 ? (
        <>
          <p>
            <RubyText>{text.detailSignatureExceptions}</RubyText>
          </p>
          <ul>
            {page.signature.exceptions.map((exception, index) => (
              <li key={index}>
                <RubyText>{pickText(exception.reason, locale)}</RubyText>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>
        <RubyText>{text.detailDocuments}</RubyText>
      </h3>
      {page.documents.length === 0 ? (
        <p>
          <RubyText>{text.detailNoDocuments}</RubyText>
        </p>
      ) : (
        <ul className="mdg-document-list">
          {page.documents.map((document) => (
            <li key={document.id}>
              <strong>
                <RubyText>{pickText(document.label, locale)}</RubyText>
              </strong>
              {'（'}
              <RubyText>
                {document.isRequired
                  ? text.documentRequired
                  : document.isRequiredSometimes
                    ? text.documentSometimes
                    : text.documentOptional}
              </RubyText>
              {'）'}
              <p className="mdg-hint">
                <RubyText>{pickText(document.guidance, locale)}</RubyText>
              </p>
              <p className="mdg-hint">
                {text.documentLimits(
                  document.maxFiles,
                  Math.floor(document.maxBytes / (1024 * 1024)),
                )}
              </p>
            </li>
          ))}
        </ul>
      )}

      <SummaryList
        rows={[
          {
            key: 'processing',
            label: text.detailProcessing,
            value:
              page.standardProcessingDays === null
                ? text.detailProcessingNone
                : text.detailProcessingDays(page.standardProcessingDays),
          },
          {
            key: 'identity',
            label: text.detailIdentity,
            value: text.identityLevels[identityLevelOf(page.identityLevel)],
          },
          { key: 'legal', label: text.detailLegalBasis, value: pickText(page.legalBasis, locale) },
        ]}
      />
      <IdentityStatus required={page.identityLevel} text={text} />

      {contact ? (
        <>
          <h2>
            <RubyText>{text.detailContact}</RubyText>
          </h2>
          <address className="mdg-contact">
            <RubyText>{pickText(contact.department, locale)}</RubyText>
            <br />
            {text.contactPhone}：
            <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
            {contact.email ? (
              <>
                <br />
                {text.contactEmail}：<a href={`mailto:${contact.email}`}>{contact.email}</a>
              </>
            ) : null}
            {contact.hours ? (
              <>
                <br />
                {text.contactHours}：<RubyText>{pickText(contact.hours, locale)}</RubyText>
              </>
            ) : null}
          </address>
        </>
      ) : null}

      <p>
        <Link className={buttonClassName('primary')} to={applyPath}>
          {text.startApplication}
        </Link>
      </p>
    </article>
  );
}
