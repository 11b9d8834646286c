import { RequireAdmin } from '../features/administration/require-admin.js';
import { useParams } from 'react-router';
import { OverlayEditor } from '../features/overlay-editor/overlay-editor.js';
import { OVERLAY_EDITOR_MESSAGES } from '../features/overlay-editor/overlay-editor-messages.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function OverlayEditorPage() {
  const { procedureId = '' } = useParams();
  useDocumentTitle(OVERLAY_EDITOR_MESSAGES.listTitle);
  return (
    <>
      <h1>{OVERLAY_EDITOR_MESSAGES.listTitle}</h1>
      <RequireAdmin>
        <OverlayEditor procedureId={procedureId} />
      </RequireAdmin>
    </>
  );
}
