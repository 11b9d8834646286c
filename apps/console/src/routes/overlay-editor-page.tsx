import { RequireAdmin } from '../features/administration/require-admin.js';
import { useParams } from 'react-router';
import { OverlayEditor } from '../features/overlay-editor/overlay-editor.js';
import { useOverlayEditorMessages } from '../features/overlay-editor/overlay-editor-messages.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function OverlayEditorPage() {
  const text = useOverlayEditorMessages();
  const { procedureId = '' } = useParams();
  useDocumentTitle(text.listTitle);
  return (
    <>
      <h1>{text.listTitle}</h1>
      <RequireAdmin>
        <OverlayEditor procedureId={procedureId} />
      </RequireAdmin>
    </>
  );
}
