import { MAX_DELIVERY_ATTEMPTS, deliveryRetryDelayMs } from './queues.js';

describe(deliveryRetryDelayMs.name, () => {
  it('backs off exponentially like a job: 1 s, 2 s, 4 s, 8 s', () => {
    expect([1, 2, 3, 4].map(deliveryRetryDelayMs)).toEqual([1000, 2000, 4000, 8000]);
    expect(MAX_DELIVERY_ATTEMPTS).toBe(5);
  });
});
