import type { ResidentApplicationDetail, ProcedureDetail } from '@madoguchi/procedures-contracts';
import { pickText } from '@madoguchi/shared-util-i18n';
import { formatCalendarDate } from '../../i18n/format.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useText } from '../../i18n/use-text.js';

/** What happens after the submission, and whom to ask: the same steps as the PDF 控え. */
export function ReceiptNextSteps({
  application,
  procedure,
  municipalityName,
}: {
  application: ResidentApplicationDetail;
  /** Undefined while it loads or when the procedure page cannot be read: the steps still show. */
  procedure: ProcedureDetail | undefined;
  municipalityName: string;
}) {
  const { messages, locale } = useLocale();
  const text = useText();
  const contact = procedure?.contact ?? null;
  const office = contact ? pickText(contact.department, locale) : municipalityName;
  const days = procedure?.standardProcessingDays ?? null;
  return (
    <>
      <h2>{text(messages.nextStepsHeading)}</h2>
      <ol>
        <li>{text(messages.nextStepReview(office))}</li>
        {days === null ? null : (
          <li>
            {text(messages.nextStepProcessingDays(days))}
            {application.dueDate
              ? text(messages.nextStepDueDate(formatCalendarDate(application.dueDate, locale)))
              : null}
          </li>
        )}
        <li>{text(messages.nextStepCorrection)}</li>
        <li>{text(messages.nextStepFollow)}</li>
      </ol>
      {contact ? (
        <>
          <h2>{text(messages.receiptContactHeading)}</h2>
          <address className="mdg-contact">
            {text(`${municipalityName} ${pickText(contact.department, locale)}`)}
            <br />
            {text(messages.receiptContactPhone)}：
            <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
            {contact.email ? (
              <>
                <br />
                {text(messages.receiptContactEmail)}：
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </>
            ) : null}
          </address>
        </>
      ) : null}
    </>
  );
}
