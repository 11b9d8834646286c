import { pickText } from '@madoguchi/shared-util-i18n';
import { useMarkNotificationRead, useMyNotifications } from '@madoguchi/web-data-access-api';
import { Button, StatusTag } from '@madoguchi/web-ui-kit';
import { Link } from '../../routing/router.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/locale-context.js';
import { Text } from '../../i18n/use-text.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';
import { NOTIFICATION_POLL_MS } from './use-unread-count.js';

/** The in-app inbox (お知らせ): newest first, unread ones tagged 未読 in words, not only colour. */
export function NotificationInbox() {
  const { messages, locale } = useLocale();
  const notifications = useMyNotifications({ refetchInterval: NOTIFICATION_POLL_MS });
  const markRead = useMarkNotificationRead();
  if (notifications.isPending) {
    return <LoadingNotice />;
  }
  if (notifications.isError) {
    return (
      <LoadFailedNotice error={notifications.error} onRetry={() => void notifications.refetch()} />
    );
  }
  if (notifications.data.length === 0) {
    return (
      <p>
        <Text>{messages.noNotifications}</Text>
      </p>
    );
  }
  const sorted = [...notifications.data].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <ul className="mdg-card-list">
      {sorted.map((notification) => {
        const isUnread = notification.readAt === null;
        return (
          <li key={notification.id} className={isUnread ? 'mdg-card mdg-card--unread' : 'mdg-card'}>
            <h2 className="mdg-card__title">
              {isUnread ? (
                <StatusTag label={messages.unread} tone="info" className="mdg-card__tag" />
              ) : null}
              <Text>{notification.title}</Text>
            </h2>
            <p className="mdg-hint">{formatDateTime(notification.createdAt, locale)}</p>
            <p className="mdg-message">
              <Text>{notification.body}</Text>
            </p>
            <div className="mdg-card__actions">
              {notification.applicationId ? (
                <Link
                  to={`/applications/${notification.applicationId}`}
                  onClick={() => (isUnread ? markRead.mutate(notification.id) : undefined)}
                >
                  <Text>{messages.viewApplication}</Text>
                </Link>
              ) : null}
              {isUnread ? (
                <Button
                  variant="secondary"
                  disabled={markRead.isPending}
                  onClick={() => markRead.mutate(notification.id)}
                >
                  {messages.markRead}
                  <span className="mdg-visually-hidden">{`（${pickText(notification.title, locale)}）`}</span>
                </Button>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
