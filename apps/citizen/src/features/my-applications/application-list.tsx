import { pickText } from '@madoguchi/shared-util-i18n';
import { useMyApplications } from '@madoguchi/web-data-access-api';
import { Link } from '../../routing/router.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/locale-context.js';
import { Text } from '../../i18n/use-text.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';
import { ApplicationStatusTag } from './application-status-tag.js';

/** The resident's applications, newest first, as cards (phones first). */
export function ApplicationList() {
  const { messages, locale } = useLocale();
  const applications = useMyApplications();
  if (applications.isPending) {
    return <LoadingNotice />;
  }
  if (applications.isError) {
    return (
      <LoadFailedNotice error={applications.error} onRetry={() => void applications.refetch()} />
    );
  }
  if (applications.data.length === 0) {
    return (
      <p>
        <Text>{messages.noApplications}</Text>
      </p>
    );
  }
  const sorted = [...applications.data].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  return (
    <ul className="mdg-card-list">
      {sorted.map((application) => (
        <li key={application.id} className="mdg-card">
          <h2 className="mdg-card__title">
            <Link to={`/applications/${application.id}`}>
              <Text>
                {messages.applicationLink(
                  pickText(application.procedureTitle, locale),
                  application.receiptNumber,
                )}
              </Text>
            </Link>
          </h2>
          <dl className="mdg-card__facts">
            <div>
              <dt>
                <Text>{messages.statusLabel}</Text>
              </dt>
              <dd>
                <ApplicationStatusTag status={application.status} />
              </dd>
            </div>
            <div>
              <dt>
                <Text>{messages.receivedAtLabel}</Text>
              </dt>
              <dd>{formatDateTime(application.submittedAt, locale)}</dd>
            </div>
            <div>
              <dt>
                <Text>{messages.updatedAtLabel}</Text>
              </dt>
              <dd>{formatDateTime(application.updatedAt, locale)}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
