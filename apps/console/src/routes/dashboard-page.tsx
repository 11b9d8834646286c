import { DashboardOverview } from '../features/dashboard/dashboard.js';
import { DASHBOARD_MESSAGES } from '../features/dashboard/dashboard-messages.js';
import { RequireStaff } from '../features/session/require-staff.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function DashboardPage() {
  useDocumentTitle(DASHBOARD_MESSAGES.title);
  return (
    <>
      <h1>{DASHBOARD_MESSAGES.title}</h1>
      <RequireStaff>
        <DashboardOverview />
      </RequireStaff>
    </>
  );
}
