import { AnswersView } from '@madoguchi/forms-feature-render';
import { compileForm } from '@madoguchi/forms-schema';
import type { ResidentApplicationDetail, Municipality } from '@madoguchi/procedures-contracts';
import type { Locale } from '@madoguchi/shared-util-i18n';
import {
  useAttachmentFiles,
  useMunicipalities,
  useMyApplication,
  useProcedureDetail,
  useProcedureForm,
} from '@madoguchi/web-data-access-api';
import { ButtonGroup, SummaryList, buttonClassName, useFocusOnChange } from '@madoguchi/web-ui-kit';
import { useMemo } from 'react';
import { Link } from '../../routing/router.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useDocumentTitle } from '../../i18n/use-document-title.js';
import { useText } from '../../i18n/use-text.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';
import { ReceiptDownloadLink } from './receipt-download-link.js';
import { ReceiptNextSteps } from './receipt-next-steps.js';

function municipalityName(municipality: Municipality, locale: Locale): string {
  return locale === 'en'
    ? `${municipality.name.en}, ${municipality.prefecture.en}`
    : `${municipality.prefecture.ja}${municipality.name.ja}`;
}

/** The answers as sent, under the labels of their form version: the rows of the PDF 控え. */
function ReceiptAnswers({ application }: { application: ResidentApplicationDetail }) {
  const { locale } = useLocale();
  const form = useProcedureForm(
    application.municipalityCode,
    application.procedureId,
    application.formVersion,
  );
  const definition = form.data?.definition;
  const attachmentIds = useMemo(
    () =>
      definition
        ? compileForm(definition)
            .attachmentsIn(application.answers)
            .flatMap((reference) => reference.ids)
        : [],
    [definition, application.answers],
  );
  const files = useAttachmentFiles(attachmentIds);
  const attachmentNames = useMemo(
    () => new Map(files.files.map((file) => [file.id, file.fileName])),
    [files.files],
  );
  if (form.isPending) {
    return <LoadingNotice />;
  }
  if (form.isError) {
    return <LoadFailedNotice error={form.error} onRetry={() => void form.refetch()} />;
  }
  return (
    <AnswersView
      definition={form.data.definition}
      answers={application.answers}
      locale={locale}
      headingLevel={3}
      attachmentNames={attachmentNames}
    />
  );
}

/** The page after a submission: its 受付番号 large, what was sent, what happens next, the PDF 控え. */
function ReceiptContent({ application }: { application: ResidentApplicationDetail }) {
  const { messages, locale } = useLocale();
  const text = useText();
  const municipalities = useMunicipalities();
  const procedure = useProcedureDetail(application.municipalityCode, application.procedureId);
  const municipality =
    procedure.data?.municipality ??
    municipalities.data?.find((candidate) => candidate.code === application.municipalityCode);
  const office = municipality
    ? municipalityName(municipality, locale)
    : application.municipalityCode;
  return (
    <>
      <p>{text(messages.receiptNumberNote)}</p>
      <p>
        <ReceiptDownloadLink
          applicationId={application.id}
          receiptNumber={application.receiptNumber}
        />
      </p>
      <p className="mdg-hint">{text(messages.receiptPdfNote)}</p>
      <SummaryList
        rows={[
          {
            key: 'procedure',
            label: text(messages.procedureLabel),
            value: text(application.procedureTitle),
          },
          {
            key: 'municipality',
            label: text(messages.receiptOfficeLabel),
            value: text(office),
          },
          {
            key: 'receipt',
            label: text(messages.receiptNumberLabel),
            value: application.receiptNumber,
          },
          {
            key: 'time',
            label: text(messages.receivedAtLabel),
            value: formatDateTime(application.submittedAt, locale),
          },
        ]}
      />
      <ReceiptNextSteps
        application={application}
        procedure={procedure.data}
        municipalityName={office}
      />
      <h2>{text(messages.answersHeading)}</h2>
      <ReceiptAnswers application={application} />
      <ButtonGroup>
        <Link className={buttonClassName('secondary')} to="/applications">
          {text(messages.toApplications)}
        </Link>
      </ButtonGroup>
    </>
  );
}

/** The receipt after a submission (受付完了): announced by focusing its heading. */
export function ApplicationReceipt({ applicationId }: { applicationId: string }) {
  const { messages } = useLocale();
  const text = useText();
  const application = useMyApplication(applicationId);
  useDocumentTitle(messages.receiptTitle);
  // After the submit the page changes under the resident: announce the result by focusing it.
  const headingRef = useFocusOnChange<HTMLHeadingElement>(application.isSuccess);
  if (application.isPending) {
    return <LoadingNotice />;
  }
  if (application.isError) {
    return (
      <LoadFailedNotice error={application.error} onRetry={() => void application.refetch()} />
    );
  }
  const detail = application.data;
  return (
    <div className="mdg-receipt">
      <div className="mdg-panel">
        <h1 className="mdg-panel__title" ref={headingRef} tabIndex={-1}>
          {text(messages.receiptTitle)}
        </h1>
        <p className="mdg-panel__body">
          {text(messages.receiptNumberLabel)}
          <br />
          <strong className="mdg-figure">{detail.receiptNumber}</strong>
        </p>
      </div>
      <ReceiptContent application={detail} />
    </div>
  );
}
