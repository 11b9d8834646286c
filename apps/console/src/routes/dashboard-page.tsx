import { DashboardOverview } from '../features/dashboard/dashboard.js';
import { useDashboardMessages } from '../features/dashboard/use-dashboard-messages.js';
import { RequireStaff } from '../features/session/require-staff.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function DashboardPage() {
  const messages = useDashboardMessages();
  useDocumentTitle(messages.title);
  return (
    <>
      <h1>{messages.title}</h1>
      <RequireStaff>
        <DashboardOverview />
      </RequireStaff>
    </>
  );
}
