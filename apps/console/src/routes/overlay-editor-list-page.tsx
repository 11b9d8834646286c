import { AdministrationNav } from '../features/administration/administration-nav.js';
import { RequireAdmin } from '../features/administration/require-admin.js';
import { OVERLAY_EDITOR_MESSAGES } from '../features/overlay-editor/overlay-editor-messages.js';
import { OverlayProcedureList } from '../features/overlay-editor/overlay-procedure-list.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function OverlayEditorListPage() {
  useDocumentTitle(OVERLAY_EDITOR_MESSAGES.listTitle);
  return (
    <>
      <h1>{OVERLAY_EDITOR_MESSAGES.listTitle}</h1>
      <RequireAdmin>
        <AdministrationNav />
        <OverlayProcedureList />
      </RequireAdmin>
    </>
  );
}
