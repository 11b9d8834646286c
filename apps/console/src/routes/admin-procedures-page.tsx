import { useAdminMessages } from '../features/administration/administration-messages.js';
import { AdministrationNav } from '../features/administration/administration-nav.js';
import { ProcedureOfferings } from '../features/administration/procedure-offerings.js';
import { RequireAdmin } from '../features/administration/require-admin.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function AdminProceduresPage() {
  const text = useAdminMessages();
  useDocumentTitle(text.proceduresTitle);
  return (
    <>
      <h1>{text.proceduresTitle}</h1>
      <RequireAdmin>
        <AdministrationNav />
        <ProcedureOfferings />
      </RequireAdmin>
    </>
  );
}
