import { ApplicationList } from '../features/my-applications/application-list.js';
import { DraftList } from '../features/my-applications/draft-list.js';
import { RequireResident } from '../features/session/require-resident.js';
import { useLocale } from '../i18n/locale-context.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function ApplicationsPage() {
  const { messages } = useLocale();
  useDocumentTitle(messages.applicationsTitle);
  return (
    <>
      <h1>{messages.applicationsTitle}</h1>
      <RequireResident>
        <DraftList />
        <ApplicationList />
      </RequireResident>
    </>
  );
}
