import { Link } from 'react-router';

import { NotificationInbox } from '../features/notifications/notification-inbox.js';
import { RequireResident } from '../features/session/require-resident.js';
import { useLocale } from '../i18n/locale-context.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function NotificationsPage() {
  const { messages } = useLocale();
  useDocumentTitle(messages.notificationsTitle);
  return (
    <>
      <h1>{messages.notificationsTitle}</h1>
      <RequireResident>
        <p>
          <Link to="/notifications/settings">{messages.notificationSettingsLink}</Link>
        </p>
        <NotificationInbox />
      </RequireResident>
    </>
  );
}
