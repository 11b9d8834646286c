import { jest } from '@jest/globals';
import { ApiProvider, createApiClient } from '@madoguchi/web-data-access-api';
import {
  buildApiErrorBody,
  buildResidentActor,
  createMockFetch,
} from '@madoguchi/web-data-access-api/testing';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LocaleProvider } from '../../i18n/locale-context.js';
import { NOTIFICATION_SETTINGS_MESSAGES } from './notification-settings.messages.js';
import { PushDevicePanel } from './push-device-panel.js';

type FakeSubscription = {
  endpoint: string;
  toJSON: () => unknown;
  unsubscribe: jest.Mock<() => Promise<boolean>>;
};

function fakeSubscription(endpoint: string): FakeSubscription {
  return {
    endpoint,
    toJSON: () => ({ endpoint, expirationTime: null, keys: { p256dh: 'BPk', auth: 'c2VjcmV0' } }),
    unsubscribe: jest.fn(() => Promise.resolve(true)),
  };
}

/** A browser with Web Push: permission granted, each subscribe() giving the next endpoint. */
function installPushBrowser(subscriptions: FakeSubscription[]) {
  const subscribe = jest.fn(() => Promise.resolve(subscriptions.shift()));
  const registration = { pushManager: { subscribe, getSubscription: () => Promise.resolve(null) } };
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: {
      getRegistration: () => Promise.resolve(undefined),
      register: () => Promise.resolve(registration),
      ready: Promise.resolve(registration),
    },
  });
  Object.defineProperty(window, 'PushManager', {
    configurable: true,
    value: function PushManager() {},
  });
  Object.defineProperty(window, 'Notification', {
    configurable: true,
    value: { permission: 'default', requestPermission: () => Promise.resolve('granted') },
  });
  return { subscribe };
}

/** Matches the first request only (the mock fetch takes the first route that matches). */
function firstTimeOnly(path: string): RegExp {
  let isUsed = false;
  return {
    test: (candidate: string) => {
      if (isUsed || candidate !== path) {
        return false;
      }
      isUsed = true;
      return true;
    },
  } as unknown as RegExp;
}

describe(PushDevicePanel.name, () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'serviceWorker');
    Reflect.deleteProperty(window, 'PushManager');
    Reflect.deleteProperty(window, 'Notification');
  });

  it('subscribes again for a fresh endpoint when this browser’s endpoint is registered to another resident', async () => {
    // Arrange
    const old = fakeSubscription('https://fcm.googleapis.com/fcm/send/someone-else');
    const fresh = fakeSubscription('https://fcm.googleapis.com/fcm/send/fresh');
    const browser = installPushBrowser([old, fresh]);
    const fetch = createMockFetch([
      { path: '/api/session', body: buildResidentActor() },
      { path: '/api/notifications/push-public-key', body: { publicKey: 'BJMV' } },
      { path: '/api/me/push-subscriptions', body: [] },
      {
        method: 'POST',
        path: firstTimeOnly('/api/me/push-subscriptions'),
        status: 409,
        body: buildApiErrorBody('push_endpoint_registered_elsewhere'),
      },
      {
        method: 'POST',
        path: '/api/me/push-subscriptions',
        status: 201,
        body: {
          id: 's-1',
          endpointOrigin: 'https://fcm.googleapis.com',
          createdAt: '2026-04-01T00:00:00.000Z',
          isActive: true,
        },
      },
    ]);
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
    });
    render(
      <ApiProvider client={createApiClient({ fetch })} queryClient={queryClient}>
        <LocaleProvider initialLocale="ja">
          <PushDevicePanel text={NOTIFICATION_SETTINGS_MESSAGES.ja} />
        </LocaleProvider>
      </ApiProvider>,
    );
    const user = userEvent.setup();

    // Act
    await user.click(await screen.findByRole('button', { name: 'この端末で通知を受け取る' }));

    // Assert
    expect(await screen.findByText('この端末で通知を受け取ります。')).toBeInTheDocument();
    expect(old.unsubscribe).toHaveBeenCalledTimes(1);
    expect(browser.subscribe).toHaveBeenCalledTimes(2);
    await waitFor(() =>
      expect(
        fetch.requests
          .filter((request) => request.method === 'POST')
          .map((request) => (request.body as { endpoint: string }).endpoint),
      ).toEqual([old.endpoint, fresh.endpoint]),
    );
  });
});
