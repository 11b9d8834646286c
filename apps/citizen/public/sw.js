/* global self, caches, clients, fetch, Response, URL, atob */
// Madoguchi's service worker: shows Web Push notifications and keeps the subscription current.
// Plain JavaScript served as-is from /sw.js (a service worker needs a stable URL and scope).

const SEEN_CACHE = 'madoguchi-push-seen';
const SEEN_LIMIT = 200;

/**
 * The server sends at least once: a push re-sent after a crash carries the same tag. Remember the
 * tags shown (in a small cache) and show each once; a repeat still replaces, never adds.
 */
async function isFirstTime(tag) {
  const cache = await caches.open(SEEN_CACHE);
  const key = new URL(`/__push-seen/${encodeURIComponent(tag)}`, self.location.origin).toString();
  if (await cache.match(key)) {
    return false;
  }
  await cache.put(key, new Response(''));
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - SEEN_LIMIT))) {
    await cache.delete(old);
  }
  return true;
}

self.addEventListener('push', (event) => {
  if (!event.data) {
    return;
  }
  let message;
  try {
    message = event.data.json();
  } catch {
    return;
  }
  event.waitUntil(
    (async () => {
      const isNew = await isFirstTime(message.tag);
      const existing = await self.registration.getNotifications({ tag: message.tag });
      if (!isNew && existing.length === 0) {
        // Already shown and dismissed: do not bring it back.
        return;
      }
      await self.registration.showNotification(message.title, {
        body: message.body,
        tag: message.tag,
        data: { url: message.url },
      });
    })(),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || '/notifications';
  event.waitUntil(
    (async () => {
      const windows = await clients.matchAll({ type: 'window', includeUncontrolled: true });
      const sameOrigin = windows.find(
        (client) => new URL(client.url).origin === self.location.origin,
      );
      if (sameOrigin) {
        await sameOrigin.focus();
        return sameOrigin.navigate(new URL(url, self.location.origin).pathname);
      }
      return clients.openWindow(url);
    })(),
  );
});

// The push service rotated the subscription: register the new one (the session cookie goes along).
self.addEventListener('pushsubscriptionchange', (event) => {
  event.waitUntil(
    (async () => {
      const keyResponse = await fetch('/api/notifications/push-public-key', {
        credentials: 'include',
      });
      const { publicKey } = await keyResponse.json();
      const padded = publicKey
        .replaceAll('-', '+')
        .replaceAll('_', '/')
        .padEnd(Math.ceil(publicKey.length / 4) * 4, '=');
      const applicationServerKey = Uint8Array.from(atob(padded), (character) =>
        character.charCodeAt(0),
      );
      const subscription = await self.registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey,
      });
      await fetch('/api/me/push-subscriptions', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'x-madoguchi-csrf': '1' },
        body: JSON.stringify(subscription.toJSON()),
      });
    })(),
  );
});
