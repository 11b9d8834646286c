import { DeadLetterList } from '../features/dead-letters/dead-letter-list.js';
import { RequireStaff } from '../features/session/require-staff.js';
import { MESSAGES } from '../i18n/messages.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function DeadLettersPage() {
  useDocumentTitle(MESSAGES.deadLettersTitle);
  return (
    <>
      <h1>{MESSAGES.deadLettersTitle}</h1>
      <RequireStaff>
        <DeadLetterList />
      </RequireStaff>
    </>
  );
}
