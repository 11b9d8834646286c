import { randomBytes } from 'node:crypto';

import webPush from 'web-push';

import { loadEnv } from './env.js';

const randomKey = (): string => randomBytes(32).toString('base64');

/** A production configuration that passes every check; each test spoils one setting. */
function productionSettings(): Record<string, string | undefined> {
  return {
    NODE_ENV: 'production',
    OIDC_ISSUER_URL: 'https://id.example.jp',
    OIDC_STAFF_ISSUER_URL: '',
    OIDC_RESIDENT_CLIENT_SECRET: randomBytes(24).toString('base64url'),
    OIDC_STAFF_CLIENT_SECRET: randomBytes(24).toString('base64url'),
    CITIZEN_APP_URL: 'https://apply.example.jp',
    CONSOLE_APP_URL: 'https://console.example.jp',
    COOKIE_SECURE: 'true',
    REDIS_URL: 'rediss://redis.internal:6380/0',
    PERSONAL_DATA_KEYS: `prod-2026:${randomKey()}`,
    PERSONAL_DATA_ACTIVE_KEY_ID: 'prod-2026',
    VAPID_PUBLIC_KEY: webPush.generateVAPIDKeys().publicKey,
    METRICS_TOKEN: '',
    S3_ENDPOINT: '',
    // Spelled out: `npm test` runs with the development .env (MALWARE_SCANNER=none) loaded.
    MALWARE_SCANNER: 'clamd',
    CARD_SIGNATURES: 'enforce',
    SIGNING_SERVICE_URL: 'https://signing.example.jp',
    SIGNING_SERVICE_CLIENT_SECRET: randomBytes(24).toString('base64url'),
    JPKI_TRUST_ANCHORS: '/etc/madoguchi/jpki/ca.pem',
    JPKI_CRL: 'https://crl.example.jp/jpki.crl',
  };
}

describe(loadEnv.name, () => {
  it('starts production with settings of its own', () => {
    const env = loadEnv(productionSettings());

    expect(env.NODE_ENV).toBe('production');
  });

  it('refuses production that accepts unsigned submissions, or enforces signatures with no JPKI trust', () => {
    expect(() => loadEnv({ ...productionSettings(), CARD_SIGNATURES: 'optional' })).toThrow(
      /CARD_SIGNATURES: production refuses an unsigned submission/,
    );
    expect(() => loadEnv({ ...productionSettings(), JPKI_CRL: '' })).toThrow(
      /JPKI_TRUST_ANCHORS: CARD_SIGNATURES=enforce verifies signatures/,
    );
    expect(() =>
      loadEnv({
        ...productionSettings(),
        SIGNING_SERVICE_CLIENT_SECRET: 'madoguchi-signing-dev-secret',
      }),
    ).toThrow(/SIGNING_SERVICE_CLIENT_SECRET/);
  });

  it('refuses an active personal-data key that is not among the keys, and takes one that is', () => {
    const keys = `old:${randomKey()},new:${randomKey()}`;

    expect(() =>
      loadEnv({
        ...productionSettings(),
        PERSONAL_DATA_KEYS: keys,
        PERSONAL_DATA_ACTIVE_KEY_ID: 'newer',
      }),
    ).toThrow(/PERSONAL_DATA_ACTIVE_KEY_ID: must be the id of one of PERSONAL_DATA_KEYS/);
    expect(
      loadEnv({
        ...productionSettings(),
        PERSONAL_DATA_KEYS: keys,
        PERSONAL_DATA_ACTIVE_KEY_ID: 'new',
      }).PERSONAL_DATA_ACTIVE_KEY_ID,
    ).toBe('new');
  });

  it('takes production when NODE_ENV is not set, so the production checks apply', () => {
    expect(() =>
      loadEnv({ ...productionSettings(), NODE_ENV: undefined, COOKIE_SECURE: 'false' }),
    ).toThrow('COOKIE_SECURE');
    expect(loadEnv({ ...productionSettings(), NODE_ENV: undefined }).NODE_ENV).toBe('production');
  });

  it.each([
    ['the development key of the defaults', 'dev:ZGV2ZWxvcG1lbnQtb25seS1rZXktMzItYnl0ZXMhISE='],
    [
      'the development key beside a real one',
      `prod:${randomKey()},dev:ZGV2ZWxvcG1lbnQtb25seS1rZXktMzItYnl0ZXMhISE=`,
    ],
    [
      'a key of one repeated byte (as in the unit tests)',
      `prod:${Buffer.alloc(32, 7).toString('base64')}`,
    ],
    [
      'a key typed as text',
      `prod:${Buffer.from('my-municipality-secret-key-2026!').toString('base64')}`,
    ],
  ])('refuses PERSONAL_DATA_KEYS holding %s', (_label, keys) => {
    expect(() =>
      loadEnv({
        ...productionSettings(),
        PERSONAL_DATA_KEYS: keys,
        PERSONAL_DATA_ACTIVE_KEY_ID: 'prod',
      }),
    ).toThrow(/PERSONAL_DATA_KEYS: production needs its own random keys/);
  });

  it.each([
    ['OIDC_RESIDENT_CLIENT_SECRET', 'madoguchi-citizen-dev-secret'],
    ['OIDC_RESIDENT_CLIENT_SECRET', 'madoguchi-console-dev-secret'],
    ['OIDC_STAFF_CLIENT_SECRET', 'madoguchi-console-dev-secret'],
    ['OIDC_STAFF_CLIENT_SECRET', 'short-one'],
    ['OIDC_STAFF_CLIENT_SECRET', 'changeme-changeme-changeme-changeme'],
    ['OIDC_RESIDENT_CLIENT_SECRET', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
  ])('refuses %s=%s', (name, secret) => {
    expect(() => loadEnv({ ...productionSettings(), [name]: secret })).toThrow(
      `${name}: production needs the secret`,
    );
  });

  it('refuses the published development VAPID public key', () => {
    expect(() => loadEnv({ ...productionSettings(), VAPID_PUBLIC_KEY: '' })).toThrow(
      'VAPID_PUBLIC_KEY',
    );
  });

  it('refuses a weak metrics token', () => {
    expect(() =>
      loadEnv({ ...productionSettings(), METRICS_TOKEN: 'metrics-token-for-testing-only-000000' }),
    ).toThrow('METRICS_TOKEN');
  });

  it('refuses insecure cookies', () => {
    expect(() => loadEnv({ ...productionSettings(), COOKIE_SECURE: 'false' })).toThrow(
      'COOKIE_SECURE: production sends the session cookie only over HTTPS',
    );
  });

  it.each([
    ['OIDC_ISSUER_URL', 'http://id.example.jp'],
    ['OIDC_STAFF_ISSUER_URL', 'http://directory.city.example.lg.jp'],
    ['CITIZEN_APP_URL', 'http://apply.example.jp'],
    ['CONSOLE_APP_URL', 'http://console.example.jp'],
    ['S3_ENDPOINT', 'http://minio.internal:9000'],
  ])('refuses the http URL %s=%s', (name, url) => {
    expect(() => loadEnv({ ...productionSettings(), [name]: url })).toThrow(
      `${name}: production needs https:`,
    );
  });

  it('refuses Redis without TLS', () => {
    expect(() =>
      loadEnv({ ...productionSettings(), REDIS_URL: 'redis://redis.internal:6379/0' }),
    ).toThrow('REDIS_URL: production needs rediss:');
  });

  it.each([
    ['TRUSTED_PROXIES', '10.0.0.0/33'],
    ['TRUSTED_PROXIES', 'proxy.internal'],
    ['METRICS_ALLOWED_NETWORKS', 'linklocal'],
    ['METRICS_ALLOWED_NETWORKS', '10.0.0.0/8/8'],
  ])('refuses %s=%s at boot, naming the setting', (name, value) => {
    expect(() => loadEnv({ NODE_ENV: 'development', [name]: value })).toThrow(
      `${name}: not an address`,
    );
  });

  it('takes addresses, CIDR ranges and keywords for the networks', () => {
    const env = loadEnv({
      NODE_ENV: 'development',
      TRUSTED_PROXIES: 'loopback, 10.0.0.0/8,fd00::/8',
      METRICS_ALLOWED_NETWORKS: '192.0.2.7',
    });

    expect(env.TRUSTED_PROXIES).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
    expect(env.METRICS_ALLOWED_NETWORKS).toEqual(['192.0.2.7']);
  });

  it('keeps every development default outside production', () => {
    const env = loadEnv({
      NODE_ENV: 'development',
      COOKIE_SECURE: 'false',
      OIDC_RESIDENT_CLIENT_SECRET: undefined,
    });

    expect(env.OIDC_RESIDENT_CLIENT_SECRET).toBe('madoguchi-citizen-dev-secret');
    expect(env.REDIS_URL.startsWith('redis://')).toBe(true);
  });
});
