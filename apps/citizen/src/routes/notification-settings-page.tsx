import { Link } from '../routing/router.js';

import { LIFE_RECORDS_MESSAGES } from '../features/life-records/life-records.messages.js';
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
        <p>
          <Link to="/notifications/life-records">{LIFE_RECORDS_MESSAGES[locale].settingsLink}</Link>
        </p>
        <NotificationSettings />
      </RequireResident>
    </>
  );
}
