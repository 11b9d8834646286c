import type { SealVerification, VerifyReceiptRequest } from '@madoguchi/procedures-contracts';
import type { ResponseBody, ResponseContractName } from './response-contracts.js';

/** The client's `request` (api-client.ts), as the verify endpoints call it. */
type SendRequest = <K extends ResponseContractName>(
  path: string,
  options: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; body?: unknown; contract: K },
) => Promise<ResponseBody<K>>;

/** Posts a file as the raw body of its type and reads the JSON answer by its contract. */
export type SendFile = <K extends ResponseContractName>(
  path: string,
  file: Blob,
  contentType: string,
  contract: K,
) => Promise<ResponseBody<K>>;

/**
 * Sealed 控え and 決定通知書 (issue #13): the links that download them, and the public checks of
 * who sealed a file, when, and whether it changed.
 */
export function sealVerificationEndpoints(
  request: SendRequest,
  sendFile: SendFile,
  baseUrl: string,
) {
  return {
    /** The sealed receipt JSON (`<受付番号>.json`) and its CAdES-T seal (`.p7s`). */
    receiptJsonUrl: (id: string): string =>
      `${baseUrl}/api/me/applications/${encodeURIComponent(id)}/receipt.json`,
    receiptSealUrl: (id: string): string =>
      `${baseUrl}/api/me/applications/${encodeURIComponent(id)}/receipt.p7s`,
    /** The resident's sealed 決定通知書, once the application is decided. */
    decisionNoticePdfUrl: (id: string): string =>
      `${baseUrl}/api/me/applications/${encodeURIComponent(id)}/decision-notice.pdf`,
    /** Staff: the sealed 控え of an application of the municipality, as the resident has it. */
    staffReceiptPdfUrl: (id: string): string =>
      `${baseUrl}/api/staff/applications/${encodeURIComponent(id)}/receipt.pdf`,
    /** Staff: the same 決定通知書, as the resident receives it. */
    staffDecisionNoticePdfUrl: (id: string): string =>
      `${baseUrl}/api/staff/applications/${encodeURIComponent(id)}/decision-notice.pdf`,
    verifySealedPdf: (file: Blob): Promise<SealVerification> =>
      sendFile('/api/verify/pdf', file, 'application/pdf', 'sealVerification'),
    verifySealedReceipt: (body: VerifyReceiptRequest): Promise<SealVerification> =>
      request('/api/verify/receipt', { method: 'POST', body, contract: 'sealVerification' }),
  };
}
