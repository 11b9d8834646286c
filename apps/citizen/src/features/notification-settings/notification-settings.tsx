import { useNotificationContact, useNotificationPreferences } from '@madoguchi/web-data-access-api';
import { useLocale } from '../../i18n/locale-context.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';
import { NotificationContactForm } from './notification-contact-form.js';
import { NotificationPreferencesForm } from './notification-preferences-form.js';
import { NOTIFICATION_SETTINGS_MESSAGES } from './notification-settings.messages.js';
import { PushDevicePanel } from './push-device-panel.js';
import { WatchersPanel } from './watchers-panel.js';
import { Text } from '../../i18n/use-text.js';

/** 通知の設定: this device's pushes, e-mail, channels per category, quiet hours, 見守り. */
export function NotificationSettings() {
  const { locale } = useLocale();
  const text = NOTIFICATION_SETTINGS_MESSAGES[locale];
  const preferences = useNotificationPreferences();
  const contact = useNotificationContact();
  if (preferences.isPending || contact.isPending) {
    return <LoadingNotice />;
  }
  if (preferences.isError || contact.isError) {
    return (
      <LoadFailedNotice
        error={preferences.error ?? contact.error}
        onRetry={() => void Promise.all([preferences.refetch(), contact.refetch()])}
      />
    );
  }
  return (
    <>
      <p>
        <Text>{text.lead}</Text>
      </p>
      <section aria-labelledby="push-heading">
        <h2 id="push-heading">
          <Text>{text.pushHeading}</Text>
        </h2>
        <PushDevicePanel text={text} />
      </section>
      <section aria-labelledby="email-heading">
        <h2 id="email-heading">
          <Text>{text.emailHeading}</Text>
        </h2>
        <NotificationContactForm contact={contact.data} text={text} />
      </section>
      <section aria-labelledby="preferences-heading">
        <h2 id="preferences-heading">
          <Text>{text.categoriesHeading}</Text>
        </h2>
        <NotificationPreferencesForm preferences={preferences.data} text={text} />
      </section>
      <section aria-labelledby="watch-heading">
        <h2 id="watch-heading">
          <Text>{text.watchHeading}</Text>
        </h2>
        <WatchersPanel text={text} />
      </section>
    </>
  );
}
