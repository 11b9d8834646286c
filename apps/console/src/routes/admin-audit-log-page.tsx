import { useAdminMessages } from '../features/administration/administration-messages.js';
import { AdministrationNav } from '../features/administration/administration-nav.js';
import { AuditLog } from '../features/administration/audit-log.js';
import { RequireAdmin } from '../features/administration/require-admin.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function AdminAuditLogPage() {
  const text = useAdminMessages();
  useDocumentTitle(text.auditTitle);
  return (
    <>
      <h1>{text.auditTitle}</h1>
      <RequireAdmin>
        <AdministrationNav />
        <AuditLog />
      </RequireAdmin>
    </>
  );
}
