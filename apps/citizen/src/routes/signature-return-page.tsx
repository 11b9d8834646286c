import { SignatureReturn } from '../features/card-signature/signature-return.js';
import { useSearchParams } from '../routing/router.js';

/** Where the demo signer (the デジタル認証アプリ's role) sends the resident back, in its own tab. */
export function SignatureReturnPage() {
  const [searchParams] = useSearchParams();
  return <SignatureReturn signingRequest={searchParams.get('signingRequest')} />;
}
