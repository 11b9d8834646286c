import {
  DEFAULT_PUSH_SERVICE_HOSTS,
  checkPushEndpoint,
  isPushServiceHostPattern,
} from './push-endpoint.js';
import { pushSubscriptionRequestSchema } from './api.js';

const DEFAULTS = { serviceHosts: DEFAULT_PUSH_SERVICE_HOSTS, isLoopbackAllowed: false };
const TESTS = { serviceHosts: DEFAULT_PUSH_SERVICE_HOSTS, isLoopbackAllowed: true };

describe(checkPushEndpoint.name, () => {
  it.each([
    'https://fcm.googleapis.com/fcm/send/dGVzdA:APA91b',
    'https://updates.push.services.mozilla.com/wpush/v2/gAAAAA',
    'https://eu-west.push.services.mozilla.com/wpush/v2/gAAAAA',
    'https://web.push.apple.com/QGuQyavXutnMH',
    'https://wns2-par02p.notify.windows.com/w/?token=BQYAAA',
    'https://FCM.GoogleAPIs.com/fcm/send/upper',
  ])('accepts the browser push service endpoint %s', (endpoint) => {
    expect(checkPushEndpoint(endpoint, DEFAULTS)).toBeNull();
  });

  it.each([
    ['http to a push service', 'http://fcm.googleapis.com/fcm/send/a'],
    ['loopback over http', 'http://127.0.0.1:8080/push/a'],
    ['a file URL', 'file:///etc/passwd'],
    ['no URL at all', 'fcm.googleapis.com/fcm/send/a'],
  ])('refuses %s as not https', (_name, endpoint) => {
    expect(checkPushEndpoint(endpoint, DEFAULTS)).toBe('push_endpoint_not_https');
  });

  it.each([
    ['a host outside the list', 'https://push.example.net/send/abc'],
    ['loopback over https', 'https://127.0.0.1/push/a'],
    ['the metadata service', 'https://169.254.169.254/latest/meta-data/'],
    ['IPv6 loopback', 'https://[::1]/push/a'],
    ['IPv4-mapped loopback', 'https://[::ffff:127.0.0.1]/push/a'],
    ['localhost', 'https://localhost/push/a'],
    ['the bare apex of a wildcard', 'https://push.apple.com/a'],
    ['a look-alike suffix', 'https://evilpush.apple.com.attacker.example/a'],
    ['a look-alike prefix', 'https://fcm.googleapis.com.attacker.example/a'],
    ['a trailing-dot name', 'https://fcm.googleapis.com./fcm/send/a'],
    ['another port', 'https://fcm.googleapis.com:8443/fcm/send/a'],
    ['credentials', 'https://user:pw@fcm.googleapis.com/fcm/send/a'],
  ])('refuses %s', (_name, endpoint) => {
    expect(checkPushEndpoint(endpoint, DEFAULTS)).toBe('push_endpoint_host_not_allowed');
  });

  it('lets a loopback receiver through only when the policy allows it (tests), and nothing private', () => {
    expect(checkPushEndpoint('http://127.0.0.1:43123/push/a', TESTS)).toBeNull();
    expect(checkPushEndpoint('http://[::1]:43123/push/a', TESTS)).toBeNull();
    expect(checkPushEndpoint('http://10.0.0.1:43123/push/a', TESTS)).toBe(
      'push_endpoint_not_https',
    );
    expect(checkPushEndpoint('http://localhost:43123/push/a', TESTS)).toBe(
      'push_endpoint_not_https',
    );
    expect(checkPushEndpoint('https://169.254.169.254/', TESTS)).toBe(
      'push_endpoint_host_not_allowed',
    );
  });

  it('follows a configured list instead of the defaults', () => {
    const policy = { serviceHosts: ['push.example.jp'], isLoopbackAllowed: false };
    expect(checkPushEndpoint('https://push.example.jp/a', policy)).toBeNull();
    expect(checkPushEndpoint('https://fcm.googleapis.com/fcm/send/a', policy)).toBe(
      'push_endpoint_host_not_allowed',
    );
  });
});

describe(isPushServiceHostPattern.name, () => {
  it('takes host names and *.suffix patterns, never an IP address or a bare wildcard', () => {
    expect(DEFAULT_PUSH_SERVICE_HOSTS.every(isPushServiceHostPattern)).toBe(true);
    expect(
      [
        '127.0.0.1',
        '*',
        '*.com',
        'localhost',
        '10.0.0.1',
        '*.0.0.1',
        '[::1]',
        'a..b',
        '-a.example',
      ].some(isPushServiceHostPattern),
    ).toBe(false);
  });
});

describe('pushSubscriptionRequestSchema', () => {
  it('takes http(s) URLs only (the host is checked against the configured services by the API)', () => {
    const keys = { p256dh: 'BPk', auth: 'c2VjcmV0' };
    expect(
      pushSubscriptionRequestSchema.safeParse({
        endpoint: 'https://fcm.googleapis.com/fcm/send/a',
        keys,
      }).success,
    ).toBe(true);
    expect(
      pushSubscriptionRequestSchema.safeParse({
        endpoint: 'gopher://127.0.0.1:6379/_FLUSHALL',
        keys,
      }).success,
    ).toBe(false);
    expect(
      pushSubscriptionRequestSchema.safeParse({ endpoint: 'file:///etc/passwd', keys }).success,
    ).toBe(false);
  });
});
