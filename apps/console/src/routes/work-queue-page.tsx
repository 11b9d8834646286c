import { RequireStaff } from '../features/session/require-staff.js';
import { WorkQueue } from '../features/work-queue/work-queue.js';
import { MESSAGES } from '../i18n/messages.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function WorkQueuePage() {
  useDocumentTitle(MESSAGES.workQueueTitle);
  return (
    <>
      <h1>{MESSAGES.workQueueTitle}</h1>
      <RequireStaff>
        <WorkQueue />
      </RequireStaff>
    </>
  );
}
