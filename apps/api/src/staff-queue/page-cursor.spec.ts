import { ApiException } from '@madoguchi/server-util-nest';

import { decodePageCursor, encodePageCursor } from './page-cursor.js';

describe(decodePageCursor.name, () => {
  const cursor = {
    sort: 'submitted',
    key: '2026-11-25T03:13:25.123456Z',
    id: '5b0f3f5e-1c1a-4d8e-9f43-2f0e4b1c7a10',
  };

  it('reads back a cursor it made', () => {
    // Act
    const decoded = decodePageCursor(encodePageCursor(cursor), 'submitted');

    // Assert
    expect(decoded).toEqual(cursor);
  });

  it.each([
    ['garbage', 'not-base64-json'],
    ['another sort', encodePageCursor({ ...cursor, sort: 'due' })],
    [
      'a forged key',
      Buffer.from(JSON.stringify(['submitted', "'; DROP TABLE x; --", cursor.id])).toString(
        'base64url',
      ),
    ],
    ['a missing id', Buffer.from(JSON.stringify(['submitted', cursor.key])).toString('base64url')],
  ])('refuses %s with invalid_cursor', (_name, text) => {
    // Act
    const read = () => decodePageCursor(text, 'submitted');

    // Assert
    expect(read).toThrow(ApiException);
    expect(read).toThrow('invalid_cursor');
  });
});
