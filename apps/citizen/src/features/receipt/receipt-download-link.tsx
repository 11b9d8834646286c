import { useApiClient } from '@madoguchi/web-data-access-api';
import { buttonClassName } from '@madoguchi/web-ui-kit';
import { useLocale } from '../../i18n/locale-context.js';
import { useText } from '../../i18n/use-text.js';

/**
 * The link that downloads the PDF 控え made by the API: a plain same-origin link, so the browser
 * sends the session cookie and saves the file as `<受付番号>.pdf`.
 */
export function ReceiptDownloadLink({
  applicationId,
  receiptNumber,
  variant = 'primary',
}: {
  applicationId: string;
  receiptNumber: string;
  variant?: 'primary' | 'secondary';
}) {
  const client = useApiClient();
  const { messages } = useLocale();
  const text = useText();
  return (
    <a
      className={buttonClassName(variant)}
      href={client.receiptPdfUrl(applicationId)}
      download={`${receiptNumber}.pdf`}
      type="application/pdf"
    >
      {text(messages.downloadReceiptPdf)}
    </a>
  );
}
