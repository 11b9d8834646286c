import type { PushSubscriptionRequest } from '@madoguchi/notifications-contracts';
import { pushSubscriptionRequestSchema } from '@madoguchi/notifications-contracts';
import {
  isApiRequestError,
  usePushPublicKey,
  useSavePushSubscription,
} from '@madoguchi/web-data-access-api';
import { useEffect, useState } from 'react';

export type PushState = 'unsupported' | 'denied' | 'off' | 'on' | 'checking';

/** The service worker that shows pushes (apps/citizen/public/sw.js). */
const SERVICE_WORKER_URL = '/sw.js';

function isPushSupported(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    'serviceWorker' in navigator &&
    typeof window !== 'undefined' &&
    'PushManager' in window &&
    'Notification' in window
  );
}

function base64UrlToBytes(base64Url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64Url
    .replaceAll('-', '+')
    .replaceAll('_', '/')
    .padEnd(Math.ceil(base64Url.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index += 1) {
    bytes[index] = binary.charCodeAt(index);
  }
  return bytes;
}

function toRequest(subscription: PushSubscription): PushSubscriptionRequest {
  return pushSubscriptionRequestSchema.parse(subscription.toJSON());
}

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration(SERVICE_WORKER_URL);
  return registration ? registration.pushManager.getSubscription() : null;
}

/**
 * This browser's Web Push subscription: asks permission, subscribes with the VAPID key from the
 * API through the service worker, and registers or forgets the subscription with the API.
 */
export function usePushSubscription() {
  const publicKey = usePushPublicKey();
  const save = useSavePushSubscription();
  const [state, setState] = useState<PushState>(() =>
    isPushSupported() ? 'checking' : 'unsupported',
  );

  // The browser is the only source of truth for "is this device subscribed": read it once.
  useEffect(() => {
    if (!isPushSupported()) {
      return;
    }
    let isCurrent = true;
    void currentSubscription()
      .then((subscription) => {
        if (isCurrent) {
          setState(Notification.permission === 'denied' ? 'denied' : subscription ? 'on' : 'off');
        }
      })
      .catch(() => (isCurrent ? setState('off') : undefined));
    return () => {
      isCurrent = false;
    };
  }, []);

  async function enable(): Promise<void> {
    if (!publicKey.data) {
      return;
    }
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') {
      setState(permission === 'denied' ? 'denied' : 'off');
      return;
    }
    const registration = await navigator.serviceWorker.register(SERVICE_WORKER_URL);
    await navigator.serviceWorker.ready;
    const options = {
      userVisibleOnly: true,
      applicationServerKey: base64UrlToBytes(publicKey.data.publicKey),
    };
    const subscription = await registration.pushManager.subscribe(options);
    try {
      await save.mutateAsync({ subscribe: toRequest(subscription) });
    } catch (error) {
      if (!(
        isApiRequestError(error) && error.apiError.code === 'push_endpoint_registered_elsewhere'
      )) {
        throw error;
      }
      // This browser's endpoint belongs to another resident (a shared device) and is never moved:
      // a fresh subscription gets a new endpoint, which is this resident's own.
      await subscription.unsubscribe();
      const fresh = await registration.pushManager.subscribe(options);
      await save.mutateAsync({ subscribe: toRequest(fresh) });
    }
    setState('on');
  }

  async function disable(): Promise<void> {
    const subscription = await currentSubscription();
    if (subscription) {
      await save.mutateAsync({ unsubscribe: subscription.endpoint }).catch(() => undefined);
      await subscription.unsubscribe();
    }
    setState('off');
  }

  return { state, isBusy: save.isPending || publicKey.isPending, enable, disable };
}
