import { Link } from '../routing/router.js';

import { NotificationInbox } from '../features/notifications/notification-inbox.js';
import { RequireResident } from '../features/session/require-resident.js';
import { useLocale } from '../i18n/locale-context.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';
import { Text } from '../i18n/use-text.js';

export function NotificationsPage() {
  const { messages } = useLocale();
  useDocumentTitle(messages.notificationsTitle);
  return (
    <>
      <h1>
        <Text>{messages.notificationsTitle}</Text>
      </h1>
      <RequireResident>
        <p>
          <Link to="/notifications/settings">
            <Text>{messages.notificationSettingsLink}</Text>
          </Link>
        </p>
        <NotificationInbox />
      </RequireResident>
    </>
  );
}
