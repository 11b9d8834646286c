import { generateApiKey, hashApiKey, readBearerKey } from './api-key-secret.js';

describe(generateApiKey.name, () => {
  it('makes a fresh key each time, keeping only a prefix and the SHA-256', () => {
    // Act
    const first = generateApiKey();
    const second = generateApiKey();

    // Assert
    expect(first.key).toMatch(/^mdg_bo_[A-Za-z0-9_-]{43}$/);
    expect(first.key).not.toBe(second.key);
    expect(first.keyPrefix).toBe(first.key.slice(0, 13));
    expect(first.keyHash).toBe(hashApiKey(first.key));
    expect(first.keyHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe(readBearerKey.name, () => {
  const { key } = generateApiKey();

  it.each([
    [`Bearer ${key}`, key],
    [`bearer ${key}`, key],
    [undefined, null],
    ['', null],
    [`Basic ${key}`, null],
    ['Bearer mdg_bo_short', null],
    [`Bearer ${key} extra`, null],
  ])('reads %j as %j', (header, expected) => {
    // Act
    const read = readBearerKey(header);

    // Assert
    expect(read).toBe(expected);
  });
});
