import { createECDH, randomBytes } from 'node:crypto';

import { decrypt } from 'http_ece';

import { MAX_PUSH_PAYLOAD_BYTES, encryptPushPayload } from './web-push-encryption.js';

function browserSubscription() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const authSecret = randomBytes(16);
  return {
    ecdh,
    authSecret,
    keys: {
      p256dh: ecdh.getPublicKey().toString('base64url'),
      auth: authSecret.toString('base64url'),
    },
  };
}

describe(encryptPushPayload.name, () => {
  it('encrypts what a browser decrypts (http_ece, aes128gcm), with a new key and salt per message', () => {
    const browser = browserSubscription();
    const payload = Buffer.from(
      JSON.stringify({ title: '1歳6か月児健診のお知らせ', body: 'ご案内' }),
    );

    const first = encryptPushPayload(payload, browser.keys);
    const second = encryptPushPayload(payload, browser.keys);

    expect(
      decrypt(first, {
        version: 'aes128gcm',
        privateKey: browser.ecdh,
        authSecret: browser.authSecret,
      }).equals(payload),
    ).toBe(true);
    expect(
      decrypt(second, {
        version: 'aes128gcm',
        privateKey: browser.ecdh,
        authSecret: browser.authSecret,
      }).equals(payload),
    ).toBe(true);
    // salt (16 bytes) and the server's public key (after rs and idlen) differ every time
    expect(first.subarray(0, 16).equals(second.subarray(0, 16))).toBe(false);
    expect(first.subarray(21, 86).equals(second.subarray(21, 86))).toBe(false);
    expect(first.readUInt32BE(16)).toBe(4096);
  });

  it('is refused by another subscription', () => {
    const browser = browserSubscription();
    const other = browserSubscription();
    const encrypted = encryptPushPayload(Buffer.from('x'), browser.keys);

    expect(() =>
      decrypt(encrypted, {
        version: 'aes128gcm',
        privateKey: other.ecdh,
        authSecret: other.authSecret,
      }),
    ).toThrow();
  });

  it('refuses a payload that does not fit one record, and malformed keys', () => {
    const browser = browserSubscription();

    expect(() =>
      encryptPushPayload(Buffer.alloc(MAX_PUSH_PAYLOAD_BYTES + 1), browser.keys),
    ).toThrow(RangeError);
    expect(() =>
      encryptPushPayload(Buffer.from('x'), { p256dh: 'AAAA', auth: browser.keys.auth }),
    ).toThrow(RangeError);
  });
});
