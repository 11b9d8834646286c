import iconv from 'iconv-lite';

import { ShiftJisEncoder } from './shift-jis.js';

describe(ShiftJisEncoder.name, () => {
  it('encodes Japanese text that decodes back the same', () => {
    // Arrange
    const encoder = new ShiftJisEncoder();

    // Act
    const bytes = encoder.encode('受付番号,小田原 花子,オダワラ ハナコ,①,髙橋\r\n');

    // Assert
    expect(iconv.decode(bytes, 'Shift_JIS')).toBe(
      '受付番号,小田原 花子,オダワラ ハナコ,①,髙橋\r\n',
    );
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0x8e, 0xf3])); // 受
    expect(encoder.replaced).toBe(0);
  });

  it('replaces characters outside Shift_JIS with 〓 and counts them', () => {
    // Arrange
    const encoder = new ShiftJisEncoder();

    // Act
    const bytes = encoder.encode('𠮷野家 😀 ok');

    // Assert
    expect(iconv.decode(bytes, 'Shift_JIS')).toBe('〓野家 〓 ok');
    expect(encoder.replaced).toBe(2);
  });

  it('keeps the wave dash as the Windows full-width tilde', () => {
    // Arrange
    const encoder = new ShiftJisEncoder();

    // Act
    const bytes = encoder.encode('4月1日〜5月1日');

    // Assert
    expect(iconv.decode(bytes, 'Shift_JIS')).toBe('4月1日～5月1日');
    expect(encoder.replaced).toBe(0);
  });
});
