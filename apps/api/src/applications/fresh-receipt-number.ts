import { generateReceiptNumber } from './receipt-number.js';

/** How many random 受付番号 are tried before a submission gives up. */
const RECEIPT_NUMBER_ATTEMPTS = 5;

function isReceiptNumberCollision(error: unknown): boolean {
  return (
    error instanceof Error &&
    'constraint' in error &&
    (error as { constraint?: string }).constraint === 'applications_receipt_number_unique'
  );
}

/**
 * Runs `insert` with a new random 受付番号 until the database's unique index accepts one, at most
 * {@link RECEIPT_NUMBER_ATTEMPTS} times; any other error (or the last collision) is rethrown.
 */
export async function withFreshReceiptNumber<T>(
  insert: (receiptNumber: string) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await insert(generateReceiptNumber());
    } catch (error) {
      if (!isReceiptNumberCollision(error) || attempt >= RECEIPT_NUMBER_ATTEMPTS) {
        throw error;
      }
    }
  }
}
