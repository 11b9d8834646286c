import { generateCounterToken, hashCounterToken, isCounterTokenShape } from './counter-token.js';

describe(generateCounterToken.name, () => {
  it('draws 128 random bits as 22 base64url characters, different each time', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => generateCounterToken()));

    expect(tokens.size).toBe(50);
    for (const token of tokens) {
      expect(isCounterTokenShape(token)).toBe(true);
      expect(Buffer.from(token, 'base64url')).toHaveLength(16);
    }
  });
});

describe(hashCounterToken.name, () => {
  it('keeps a SHA-256 that does not contain the token', () => {
    const token = generateCounterToken();

    const hash = hashCounterToken(token);

    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashCounterToken(token)).toBe(hash);
  });
});

describe(isCounterTokenShape.name, () => {
  it.each(['', 'short', `${'a'.repeat(22)}=`, 'a'.repeat(23), 'ａ'.repeat(22)])(
    'refuses %p',
    (token) => {
      expect(isCounterTokenShape(token)).toBe(false);
    },
  );
});
