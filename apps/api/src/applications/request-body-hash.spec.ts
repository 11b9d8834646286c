import { hashRequestBody } from './request-body-hash.js';

describe(hashRequestBody.name, () => {
  it.each([
    [
      'the same body with its keys in another order',
      { a: 1, b: { c: [1, 2], d: 'x' } },
      { b: { d: 'x', c: [1, 2] }, a: 1 },
      true,
    ],
    ['a changed answer', { answers: { name: '山田' } }, { answers: { name: '山田 花子' } }, false],
    ['a number sent as a string', { answers: { n: 1 } }, { answers: { n: '1' } }, false],
    ['an array in another order', { ids: [1, 2] }, { ids: [2, 1] }, false],
  ])('compares %s', (_case, first, second, isSame) => {
    // Act
    const same = hashRequestBody(first) === hashRequestBody(second);

    // Assert
    expect(same).toBe(isSame);
  });

  it('gives a hex SHA-256', () => {
    expect(hashRequestBody({})).toMatch(/^[0-9a-f]{64}$/);
  });
});
