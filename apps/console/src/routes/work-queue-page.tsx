import { RequireStaff } from '../features/session/require-staff.js';
import { WorkQueue } from '../features/work-queue/work-queue.js';
import { useMessages } from '../i18n/locale-context.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function WorkQueuePage() {
  const messages = useMessages();
  useDocumentTitle(messages.workQueueTitle);
  return (
    <>
      <h1>{messages.workQueueTitle}</h1>
      <RequireStaff>
        <WorkQueue />
      </RequireStaff>
    </>
  );
}
