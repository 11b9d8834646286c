import { AdministrationNav } from '../features/administration/administration-nav.js';
import { RequireAdmin } from '../features/administration/require-admin.js';
import { useOverlayEditorMessages } from '../features/overlay-editor/overlay-editor-messages.js';
import { OverlayProcedureList } from '../features/overlay-editor/overlay-procedure-list.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function OverlayEditorListPage() {
  const text = useOverlayEditorMessages();
  useDocumentTitle(text.listTitle);
  return (
    <>
      <h1>{text.listTitle}</h1>
      <RequireAdmin>
        <AdministrationNav />
        <OverlayProcedureList />
      </RequireAdmin>
    </>
  );
}
