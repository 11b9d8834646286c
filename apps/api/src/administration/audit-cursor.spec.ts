import { ApiException } from '@madoguchi/server-util-nest';

import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor.js';

describe(decodeAuditCursor.name, () => {
  it('reads back the cursor it made, microseconds kept', () => {
    // Arrange
    const cursor = { occurredAt: '2026-12-07T01:02:03.456789Z', id: '42' };

    // Act
    const decoded = decodeAuditCursor(encodeAuditCursor(cursor));

    // Assert
    expect(decoded).toEqual(cursor);
  });

  it.each([
    ['not base64url JSON', '!!!'],
    ['another shape', Buffer.from('{"x":1}').toString('base64url')],
    [
      'a time without microseconds',
      encodeAuditCursor({ occurredAt: '2026-12-07T01:02:03Z', id: '1' }),
    ],
    [
      'an id that is not a number',
      encodeAuditCursor({ occurredAt: '2026-12-07T01:02:03.000000Z', id: '1; DROP' }),
    ],
    [
      'an impossible day',
      encodeAuditCursor({ occurredAt: '2026-13-40T01:02:03.000000Z', id: '1' }),
    ],
  ])('refuses %s with invalid_cursor', (_name, text) => {
    // Act
    const read = () => decodeAuditCursor(text);

    // Assert
    expect(read).toThrow(ApiException);
    expect(read).toThrow(expect.objectContaining({ code: 'invalid_cursor' }));
  });
});
