import { loadWorkerEnv } from './env.js';

describe(loadWorkerEnv.name, () => {
  it('takes the empty VAPID keys of .env.example as the development pair', () => {
    const env = loadWorkerEnv({ VAPID_PUBLIC_KEY: '', VAPID_PRIVATE_KEY: '' });

    expect(env.VAPID_PUBLIC_KEY).toMatch(/^B/);
    expect(env.VAPID_PRIVATE_KEY.length).toBeGreaterThan(20);
  });

  it('refuses the development VAPID pair in production', () => {
    expect(() => loadWorkerEnv({ NODE_ENV: 'production', VAPID_PRIVATE_KEY: '' })).toThrow(
      'VAPID_PRIVATE_KEY',
    );
  });
});

describe('push endpoint settings', () => {
  it('defaults to the major browsers’ push services and no loopback', () => {
    const env = loadWorkerEnv({
      PUSH_SERVICE_HOSTS: undefined,
      PUSH_ALLOW_LOOPBACK_ENDPOINTS: undefined,
    });

    expect(env.PUSH_SERVICE_HOSTS).toEqual([
      'fcm.googleapis.com',
      'updates.push.services.mozilla.com',
      '*.push.services.mozilla.com',
      '*.push.apple.com',
      '*.notify.windows.com',
    ]);
    expect(env.PUSH_ALLOW_LOOPBACK_ENDPOINTS).toBe(false);
  });

  it('refuses loopback push endpoints outside tests, so production can never reach a private address', () => {
    expect(() =>
      loadWorkerEnv({
        NODE_ENV: 'production',
        VAPID_PRIVATE_KEY: 'x'.repeat(43),
        PUSH_ALLOW_LOOPBACK_ENDPOINTS: 'true',
      }),
    ).toThrow('PUSH_ALLOW_LOOPBACK_ENDPOINTS');
    expect(() =>
      loadWorkerEnv({ NODE_ENV: 'development', PUSH_ALLOW_LOOPBACK_ENDPOINTS: 'true' }),
    ).toThrow('PUSH_ALLOW_LOOPBACK_ENDPOINTS');
    expect(
      loadWorkerEnv({ NODE_ENV: 'test', PUSH_ALLOW_LOOPBACK_ENDPOINTS: 'true' })
        .PUSH_ALLOW_LOOPBACK_ENDPOINTS,
    ).toBe(true);
  });

  it('refuses an IP address or a bare wildcard as a push service host', () => {
    expect(() =>
      loadWorkerEnv({ PUSH_SERVICE_HOSTS: 'fcm.googleapis.com,169.254.169.254' }),
    ).toThrow('PUSH_SERVICE_HOSTS');
    expect(() => loadWorkerEnv({ PUSH_SERVICE_HOSTS: '*' })).toThrow('PUSH_SERVICE_HOSTS');
    expect(
      loadWorkerEnv({ PUSH_SERVICE_HOSTS: ' Push.Example.JP , *.push.example.jp ' })
        .PUSH_SERVICE_HOSTS,
    ).toEqual(['push.example.jp', '*.push.example.jp']);
  });
});
