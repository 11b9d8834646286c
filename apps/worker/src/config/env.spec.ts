import webPush from 'web-push';

import { loadWorkerEnv } from './env.js';

/** Generated per run: a pair written here would be one more published key. */
const VAPID = webPush.generateVAPIDKeys();

/** A production configuration that passes every check; each test spoils one setting. */
function productionSettings(): Record<string, string | undefined> {
  return {
    NODE_ENV: 'production',
    VAPID_PUBLIC_KEY: VAPID.publicKey,
    VAPID_PRIVATE_KEY: VAPID.privateKey,
    SMTP_URL: 'smtps://mail.example.jp:465',
    REDIS_URL: 'rediss://redis.internal:6380/0',
    CITIZEN_APP_URL: 'https://apply.example.jp',
  };
}

describe(loadWorkerEnv.name, () => {
  it('takes the empty VAPID keys of .env.example as the development pair', () => {
    const env = loadWorkerEnv({
      NODE_ENV: 'development',
      VAPID_PUBLIC_KEY: '',
      VAPID_PRIVATE_KEY: '',
    });

    expect(env.VAPID_PUBLIC_KEY).toMatch(/^B/);
    expect(env.VAPID_PRIVATE_KEY.length).toBeGreaterThan(20);
  });

  it('starts production with settings of its own, SMTP over STARTTLS required too', () => {
    expect(loadWorkerEnv(productionSettings()).NODE_ENV).toBe('production');
    expect(
      loadWorkerEnv({
        ...productionSettings(),
        SMTP_URL: 'smtp://mail.example.jp:587?requireTLS=true',
      }).SMTP_URL,
    ).toContain('requireTLS');
  });

  it('takes production when NODE_ENV is not set, so the production checks apply', () => {
    expect(() =>
      loadWorkerEnv({
        ...productionSettings(),
        NODE_ENV: undefined,
        SMTP_URL: 'smtp://mail.example.jp:25',
      }),
    ).toThrow('SMTP_URL');
  });

  it.each([['VAPID_PRIVATE_KEY'], ['VAPID_PUBLIC_KEY']])(
    'refuses the development VAPID pair in production (%s)',
    (name) => {
      expect(() => loadWorkerEnv({ ...productionSettings(), [name]: '' })).toThrow(
        `${name}: production needs its own VAPID keys`,
      );
    },
  );

  it.each([
    ['plain SMTP', 'smtp://mail.example.jp:25'],
    ['opportunistic STARTTLS only', 'smtp://mail.example.jp:587'],
    ['TLS switched off', 'smtps://mail.example.jp:465?ignoreTLS=true'],
  ])('refuses %s', (_label, smtpUrl) => {
    expect(() => loadWorkerEnv({ ...productionSettings(), SMTP_URL: smtpUrl })).toThrow(
      'SMTP_URL: production sends mail only over TLS',
    );
  });

  it('refuses Redis without TLS', () => {
    expect(() =>
      loadWorkerEnv({ ...productionSettings(), REDIS_URL: 'redis://redis.internal:6379/0' }),
    ).toThrow('REDIS_URL: production needs rediss:');
  });

  it('refuses http links to the citizen app', () => {
    expect(() =>
      loadWorkerEnv({ ...productionSettings(), CITIZEN_APP_URL: 'http://apply.example.jp' }),
    ).toThrow('CITIZEN_APP_URL');
  });
});

describe('PUSH_SERVICE_HOSTS left empty (as in .env.example)', () => {
  it('means the default push services', () => {
    expect(loadWorkerEnv({ PUSH_SERVICE_HOSTS: '' }).PUSH_SERVICE_HOSTS).toContain(
      'fcm.googleapis.com',
    );
  });
});
