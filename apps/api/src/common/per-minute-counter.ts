import { createHash } from 'node:crypto';

import type { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/** A rate-limit bucket: its kind and the SHA-256 of the value (an address or a token is never stored). */
export function rateLimitBucket(kind: string, value: string): string {
  return `${kind}:${createHash('sha256').update(value, 'utf8').digest('hex')}`;
}

/**
 * Counts one more request in `bucket` for the current minute and returns the minute's count, in
 * PostgreSQL so every replica shares it (and Redis being away changes nothing). The first hit of
 * a window sweeps windows that can no longer count. If counting fails the caller lets the request
 * go on (null: fail open, logged as `what`): a slower attacker is better than nobody served.
 */
export async function countThisMinute(
  dataSource: DataSource,
  bucket: string,
  logger: Logger,
  what: string,
): Promise<number | null> {
  try {
    const rows = await dataSource.query<{ hits: number }[]>(
      `INSERT INTO rate_limit_counters (bucket, window_start, hits)
       VALUES ($1, date_trunc('minute', now()), 1)
       ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
       RETURNING hits`,
      [bucket],
    );
    const hits = rows[0]?.hits ?? null;
    if (hits === 1) {
      await dataSource.query(
        `DELETE FROM rate_limit_counters WHERE window_start < now() - interval '5 minutes'`,
      );
    }
    return hits;
  } catch (error) {
    logger.warn(
      `${what} rate limit not counted, request allowed: ${error instanceof Error ? error.message : 'unknown error'}`,
    );
    return null;
  }
}
