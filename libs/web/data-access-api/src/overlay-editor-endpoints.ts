import type {
  DraftDetail,
  OverlayEditorState,
  OverlayPreview,
  OverlayProcedure,
  PublishOverlayRequest,
  PublishedFormVersion,
} from '@madoguchi/procedures-contracts';
import type { ResponseBody, ResponseContractName } from './response-contracts.js';

/** The client's `request` (api-client.ts), as the overlay editor's endpoints call it. */
type SendRequest = <K extends ResponseContractName>(
  path: string,
  options: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; body?: unknown; contract: K },
) => Promise<ResponseBody<K>>;

const EDITOR = '/api/staff/overlay-editor/procedures';

/** The overlay editor of administrators (自治体独自項目, 施行日) and the resident's draft migration. */
export function overlayEditorEndpoints(request: SendRequest) {
  const path = (procedureId: string) => `${EDITOR}/${encodeURIComponent(procedureId)}`;
  return {
    listOverlayProcedures: (): Promise<OverlayProcedure[]> =>
      request(EDITOR, { contract: 'overlayProcedures' }),
    getOverlayEditor: (procedureId: string): Promise<OverlayEditorState> =>
      request(path(procedureId), { contract: 'overlayEditorState' }),
    saveOverlayDraft: (
      procedureId: string,
      overlay: Record<string, unknown>,
    ): Promise<OverlayEditorState> =>
      request(`${path(procedureId)}/draft`, {
        method: 'PUT',
        body: { overlay },
        contract: 'overlayEditorState',
      }),
    previewOverlay: (
      procedureId: string,
      overlay: Record<string, unknown>,
    ): Promise<OverlayPreview> =>
      request(`${path(procedureId)}/preview`, {
        method: 'POST',
        body: { overlay },
        contract: 'overlayPreview',
      }),
    publishOverlay: (
      procedureId: string,
      body: PublishOverlayRequest,
    ): Promise<PublishedFormVersion> =>
      request(`${path(procedureId)}/publish`, {
        method: 'POST',
        body,
        contract: 'publishedFormVersion',
      }),
    /** Moves a draft to the form version in force (the server migrates its answers). */
    migrateMyDraft: (id: string): Promise<DraftDetail> =>
      request(`/api/me/drafts/${encodeURIComponent(id)}/migrate`, {
        method: 'POST',
        contract: 'draftDetail',
      }),
  };
}
