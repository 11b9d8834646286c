import { pickText } from '@madoguchi/shared-util-i18n';
import { useMyApplication } from '@madoguchi/web-data-access-api';
import {
  Button,
  ButtonGroup,
  SummaryList,
  buttonClassName,
  useFocusOnChange,
} from '@madoguchi/web-ui-kit';
import { Link } from 'react-router';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useDocumentTitle } from '../../i18n/use-document-title.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';

/** The receipt after a submission: the 受付番号 large, the procedure and the time; printable as a 控え. */
export function ApplicationReceipt({ applicationId }: { applicationId: string }) {
  const { messages, locale } = useLocale();
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
          {messages.receiptTitle}
        </h1>
        <p className="mdg-panel__body">
          {messages.receiptNumberLabel}
          <br />
          <strong className="mdg-figure">{detail.receiptNumber}</strong>
        </p>
      </div>
      <p>{messages.receiptNumberNote}</p>
      <SummaryList
        rows={[
          {
            key: 'procedure',
            label: messages.procedureLabel,
            value: pickText(detail.procedureTitle, locale),
          },
          { key: 'receipt', label: messages.receiptNumberLabel, value: detail.receiptNumber },
          {
            key: 'time',
            label: messages.receivedAtLabel,
            value: formatDateTime(detail.submittedAt, locale),
          },
          {
            key: 'municipality',
            label: messages.municipalityCodeLabel,
            value: detail.municipalityCode,
          },
        ]}
      />
      <p>{messages.receiptLead}</p>
      <ButtonGroup className="mdg-no-print">
        <Button onClick={() => window.print()}>{messages.printReceipt}</Button>
        <Link className={buttonClassName('secondary')} to="/applications">
          {messages.toApplications}
        </Link>
      </ButtonGroup>
    </div>
  );
}
