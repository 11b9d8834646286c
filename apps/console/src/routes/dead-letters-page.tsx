import { DeadLetterList } from '../features/dead-letters/dead-letter-list.js';
import { RequireStaff } from '../features/session/require-staff.js';
import { useMessages } from '../i18n/locale-context.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function DeadLettersPage() {
  const messages = useMessages();
  useDocumentTitle(messages.deadLettersTitle);
  return (
    <>
      <h1>{messages.deadLettersTitle}</h1>
      <RequireStaff>
        <DeadLetterList />
      </RequireStaff>
    </>
  );
}
