import { useAdminMessages } from '../features/administration/administration-messages.js';
import { AdministrationNav } from '../features/administration/administration-nav.js';
import { ReminderRules } from '../features/administration/reminder-rules.js';
import { RequireAdmin } from '../features/administration/require-admin.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function AdminNotificationRulesPage() {
  const text = useAdminMessages();
  useDocumentTitle(text.rulesTitle);
  return (
    <>
      <h1>{text.rulesTitle}</h1>
      <RequireAdmin>
        <AdministrationNav />
        <ReminderRules />
      </RequireAdmin>
    </>
  );
}
