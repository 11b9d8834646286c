import { NotificationSettings } from '../features/notification-settings/notification-settings.js';
import { NOTIFICATION_SETTINGS_MESSAGES } from '../features/notification-settings/notification-settings.messages.js';
import { RequireResident } from '../features/session/require-resident.js';
import { useLocale } from '../i18n/locale-context.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function NotificationSettingsPage() {
  const { locale } = useLocale();
  const title = NOTIFICATION_SETTINGS_MESSAGES[locale].title;
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <RequireResident>
        <NotificationSettings />
      </RequireResident>
    </>
  );
}
