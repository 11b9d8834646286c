import type { ApplicationDetail } from '@madoguchi/procedures-contracts';
import { useApiClient } from '@madoguchi/web-data-access-api';
import { buttonClassName } from '@madoguchi/web-ui-kit';

import { useConsoleLocale } from '../../i18n/locale-context.js';
import type { ConsoleLocale } from '../../i18n/messages.js';

const DECISION_NOTICE_MESSAGES: Record<
  ConsoleLocale,
  { heading: string; link: string; note: string }
> = {
  ja: {
    heading: '決定通知書',
    link: '決定通知書（PDF）を開く',
    note: '申請者が受け取るものと同じ、電子印（eシール）とタイムスタンプ付きの通知書です。',
  },
  en: {
    heading: 'Decision notice',
    link: 'Open the decision notice (PDF)',
    note: 'The same sealed and time-stamped notice the applicant receives.',
  },
};

/** Once decided (処理完了 / 却下): the sealed 決定通知書 as the resident receives it. */
export function DecisionNoticeLink({ application }: { application: ApplicationDetail }) {
  const client = useApiClient();
  const text = DECISION_NOTICE_MESSAGES[useConsoleLocale().locale];
  if (application.status !== 'completed' && application.status !== 'rejected') {
    return null;
  }
  return (
    <section aria-labelledby="decision-notice-heading">
      <h2 id="decision-notice-heading">{text.heading}</h2>
      <p>{text.note}</p>
      <p>
        <a
          className={buttonClassName('secondary')}
          href={client.staffDecisionNoticePdfUrl(application.id)}
          download={`${application.receiptNumber}-notice.pdf`}
          type="application/pdf"
        >
          {text.link}
        </a>
      </p>
    </section>
  );
}
