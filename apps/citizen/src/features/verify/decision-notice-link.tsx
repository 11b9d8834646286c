import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import { useApiClient } from '@madoguchi/web-data-access-api';
import { buttonClassName } from '@madoguchi/web-ui-kit';

import { useLocale } from '../../i18n/locale-context.js';
import { Text } from '../../i18n/use-text.js';
import { Link } from '../../routing/router.js';
import { VERIFY_MESSAGES } from './verify.messages.js';

/**
 * Once an application is decided (処理完了 / 却下): the link that downloads its sealed
 * 決定通知書, and where anyone can check it. Nothing before the decision.
 */
export function DecisionNoticeLink({
  applicationId,
  receiptNumber,
  status,
}: {
  applicationId: string;
  receiptNumber: string;
  status: ApplicationStatus;
}) {
  const client = useApiClient();
  const { locale } = useLocale();
  const text = VERIFY_MESSAGES[locale];
  if (status !== 'completed' && status !== 'rejected') {
    return null;
  }
  return (
    <p>
      <a
        className={buttonClassName('secondary')}
        href={client.decisionNoticePdfUrl(applicationId)}
        download={`${receiptNumber}-notice.pdf`}
        type="application/pdf"
      >
        <Text>{text.downloadNotice}</Text>
      </a>{' '}
      <Link to="/verify">
        <Text>{text.verifyLink}</Text>
      </Link>
    </p>
  );
}
