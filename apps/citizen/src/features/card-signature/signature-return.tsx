import { Button, Notice } from '@madoguchi/web-ui-kit';
import { useEffect } from 'react';

import { useLocale } from '../../i18n/locale-context.js';
import { useDocumentTitle } from '../../i18n/use-document-title.js';
import { Text } from '../../i18n/use-text.js';
import { CARD_SIGNATURE_MESSAGES } from './card-signature.messages.js';
import { announceSigningFinished } from './signing-channel.js';

/** The signer's return URL: tells the form's tab which signing finished, then asks to close this one. */
export function SignatureReturn({ signingRequest }: { signingRequest: string | null }) {
  const { locale } = useLocale();
  const messages = CARD_SIGNATURE_MESSAGES[locale];
  useDocumentTitle(messages.returnTitle);
  useAnnounceOnce(signingRequest);
  return (
    <>
      <h1>
        <Text>{messages.returnTitle}</Text>
      </h1>
      {signingRequest ? (
        <>
          <p>
            <Text>{messages.returnLead}</Text>
          </p>
          <Button onClick={() => window.close()}>{messages.closeTab}</Button>
        </>
      ) : (
        <Notice tone="warning" title={messages.returnMissing} />
      )}
    </>
  );
}

function useAnnounceOnce(signingRequest: string | null): void {
  useEffect(() => {
    if (signingRequest && typeof BroadcastChannel !== 'undefined') {
      announceSigningFinished(signingRequest);
    }
  }, [signingRequest]);
}
