import { ApiException } from '@madoguchi/server-util-nest';

import { normalizeReceiptNumber } from './administration.service.js';

describe(normalizeReceiptNumber.name, () => {
  it.each([
    ['K7QF-3XMA', 'K7QF-3XMA'],
    ['k7qf3xma', 'K7QF-3XMA'],
    ['ｋ７ｑｆ－３ｘｍａ', 'K7QF-3XMA'],
    [' K7QF ー 3XMA ', 'K7QF-3XMA'],
  ])('reads %s as %s', (typed, stored) => {
    // Act
    const receiptNumber = normalizeReceiptNumber(typed);

    // Assert
    expect(receiptNumber).toBe(stored);
  });

  it.each([['K7QF'], ['K7QF-3XMA9'], ['K0QF-3XMA'], ['申請番号']])(
    'refuses %s with invalid_receipt_number',
    (typed) => {
      // Act
      const read = () => normalizeReceiptNumber(typed);

      // Assert
      expect(read).toThrow(ApiException);
      expect(read).toThrow(expect.objectContaining({ code: 'invalid_receipt_number' }));
    },
  );
});
