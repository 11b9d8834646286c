import { useAdminMessages } from '../features/administration/administration-messages.js';
import { AdministrationNav } from '../features/administration/administration-nav.js';
import { ApiKeys } from '../features/administration/api-keys.js';
import { RequireAdmin } from '../features/administration/require-admin.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function AdminApiKeysPage() {
  const text = useAdminMessages();
  useDocumentTitle(text.apiKeysTitle);
  return (
    <>
      <h1>{text.apiKeysTitle}</h1>
      <RequireAdmin>
        <AdministrationNav />
        <ApiKeys />
      </RequireAdmin>
    </>
  );
}
