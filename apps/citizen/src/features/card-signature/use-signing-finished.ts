import { useEffect, useRef } from 'react';

import type { SigningFinished } from './signing-channel.js';
import { SIGNING_CHANNEL } from './signing-channel.js';

/** Calls `onFinished` with the id of each signing the signer's tab reports back. */
export function useSigningFinished(onFinished: (signingRequest: string) => void): void {
  const latest = useRef(onFinished);
  latest.current = onFinished;
  useEffect(() => {
    // A browser (or test environment) without BroadcastChannel cannot hear the other tab.
    if (typeof BroadcastChannel === 'undefined') {
      return undefined;
    }
    const channel = new BroadcastChannel(SIGNING_CHANNEL);
    channel.onmessage = (event: MessageEvent<Partial<SigningFinished>>) => {
      if (typeof event.data.signingRequest === 'string') {
        latest.current(event.data.signingRequest);
      }
    };
    return () => channel.close();
  }, []);
}
