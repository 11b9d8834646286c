import { RECEIPT_NUMBER_PATTERN, generateReceiptNumber } from './receipt-number.js';

describe(generateReceiptNumber.name, () => {
  it('produces numbers without confusable characters', () => {
    const numbers = Array.from({ length: 500 }, () => generateReceiptNumber());

    for (const receiptNumber of numbers) {
      expect(receiptNumber).toMatch(RECEIPT_NUMBER_PATTERN);
      expect(receiptNumber).not.toMatch(/[0O1IL2Z5S8BUV]/);
    }
  });

  it('rarely repeats itself', () => {
    const numbers = new Set(Array.from({ length: 1000 }, () => generateReceiptNumber()));

    expect(numbers.size).toBeGreaterThan(995);
  });
});
