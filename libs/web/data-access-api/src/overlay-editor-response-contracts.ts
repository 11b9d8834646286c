import {
  overlayEditorStateSchema,
  overlayPreviewSchema,
  overlayProcedureSchema,
  publishedFormVersionSchema,
} from '@madoguchi/procedures-contracts';
import { z } from 'zod';

/** The response contracts of the overlay editor (spread into RESPONSE_CONTRACTS). */
export const OVERLAY_EDITOR_RESPONSE_CONTRACTS = {
  overlayProcedures: z.array(overlayProcedureSchema),
  overlayEditorState: overlayEditorStateSchema,
  overlayPreview: overlayPreviewSchema,
  publishedFormVersion: publishedFormVersionSchema,
} as const;
