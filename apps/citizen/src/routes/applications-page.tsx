import { ApplicationList } from '../features/my-applications/application-list.js';
import { DraftList } from '../features/my-applications/draft-list.js';
import { RequireResident } from '../features/session/require-resident.js';
import { useLocale } from '../i18n/locale-context.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';
import { Text } from '../i18n/use-text.js';

export function ApplicationsPage() {
  const { messages } = useLocale();
  useDocumentTitle(messages.applicationsTitle);
  return (
    <>
      <h1>
        <Text>{messages.applicationsTitle}</Text>
      </h1>
      <RequireResident>
        <DraftList />
        <ApplicationList />
      </RequireResident>
    </>
  );
}
