import { classifyDeliveryResult } from './send-deliveries.handler.js';

const NOW = new Date('2026-05-10T00:00:00Z');

describe(classifyDeliveryResult.name, () => {
  it('records a sent message', () => {
    expect(classifyDeliveryResult({ outcome: 'sent' }, 1, NOW)).toEqual({
      status: 'sent',
      lastError: null,
      retryAt: null,
    });
  });

  it('retries a temporary failure after the exponential backoff', () => {
    expect(
      classifyDeliveryResult(
        { outcome: 'temporary_failure', reason: 'push service answered 503' },
        3,
        NOW,
      ),
    ).toEqual({
      status: 'temporary_failure',
      lastError: 'push service answered 503',
      retryAt: new Date('2026-05-10T00:00:04Z'),
    });
  });

  it('dead-letters a temporary failure on the last attempt, and a permanent failure at once', () => {
    expect(
      classifyDeliveryResult({ outcome: 'temporary_failure', reason: 'smtp unreachable' }, 5, NOW)
        .status,
    ).toBe('permanent_failure');
    expect(
      classifyDeliveryResult(
        { outcome: 'permanent_failure', reason: 'push_410_subscription_gone' },
        1,
        NOW,
      ),
    ).toEqual({
      status: 'permanent_failure',
      lastError: 'push_410_subscription_gone',
      retryAt: null,
    });
  });
});
