/** Every BullMQ queue of Madoguchi. Nothing else names a queue. */
export const QUEUE_NAMES = {
  notifications: 'notifications',
} as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

/**
 * The only retry policy: five attempts with exponential backoff (1 s, 2 s, 4 s, …).
 * Producers never set retries at the call site.
 */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;
