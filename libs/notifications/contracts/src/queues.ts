/** Every BullMQ queue of Madoguchi. Nothing else names a queue. */
export const QUEUE_NAMES = {
  /** Status changes and reminder scans: database-heavy, modest concurrency. */
  notifications: 'notifications',
  /** One job per delivery (push, e-mail): network-bound, high concurrency. */
  deliveries: 'notification-deliveries',
  /** Sealing the audit trail into its hash chain every few seconds: one job at a time. */
  auditChain: 'audit-chain',
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

/**
 * The daily reminder scan: a BullMQ job scheduler (one per deployment, upserted by every worker
 * at start-up, so replicas agree) fires at 06:00 JST, before the first allowed push at 08:00.
 */
export const DAILY_SCAN_SCHEDULE = {
  schedulerId: 'daily-reminder-scan',
  pattern: '0 6 * * *',
  tz: 'Asia/Tokyo',
} as const;

/**
 * The audit chain's sealer: a BullMQ job scheduler repeating every AUDIT_CHAIN_SEAL_INTERVAL_MS
 * (the worker's setting), upserted by every worker at start-up, so replicas share one.
 */
export const AUDIT_CHAIN_SEAL_SCHEDULE = { schedulerId: 'seal-audit-chain' } as const;

/**
 * A delivery that failed for a reason worth retrying (timeout, 5xx, 429) is offered again after
 * the same exponential backoff as a job (1 s, 2 s, 4 s, …), up to the same number of attempts;
 * then it is dead-lettered for staff. Derived from DEFAULT_JOB_OPTIONS: still one policy.
 */
export const MAX_DELIVERY_ATTEMPTS = DEFAULT_JOB_OPTIONS.attempts;

export function deliveryRetryDelayMs(attemptsMade: number): number {
  return DEFAULT_JOB_OPTIONS.backoff.delay * 2 ** Math.max(0, attemptsMade - 1);
}
