import type { VerifyReceiptRequest } from '@madoguchi/procedures-contracts';
import { useMutation } from '@tanstack/react-query';

import { useApiClient } from './api-client-context.js';

/** Checks a PDF 控え or 決定通知書 (public: no sign-in). */
export function useVerifySealedPdf() {
  const client = useApiClient();
  return useMutation({ mutationFn: (file: Blob) => client.verifySealedPdf(file) });
}

/** Checks a receipt JSON and its seal by 受付番号 (public: no sign-in). */
export function useVerifySealedReceipt() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: VerifyReceiptRequest) => client.verifySealedReceipt(body),
  });
}
