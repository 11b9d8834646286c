import { createHash } from 'node:crypto';

import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { counterException } from './counter.exception.js';

/**
 * Requests per minute to the resident's confirmation endpoints, per client address (a municipal
 * office's counters may share one address behind its NAT) and per token (a resident previews,
 * confirms, downloads the 控え: a handful).
 */
export const COUNTER_RATE_LIMITS = { perAddress: 200, perToken: 30 } as const;

function bucketOf(kind: 'address' | 'token', value: string): string {
  return `counter-${kind}:${createHash('sha256').update(value, 'utf8').digest('hex')}`;
}

/**
 * The token is 128 random bits, so the limit is not what keeps it from being guessed: it keeps
 * one client from filling the audit log and the database with lookups. Counted in PostgreSQL
 * like the login's (every replica shares it); over the limit: 429; if counting fails, the request
 * goes on (fail open, logged). Address and token are stored only as hashes.
 */
@Injectable()
export class CounterRateLimitGuard implements CanActivate {
  private readonly logger = new Logger(CounterRateLimitGuard.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ ip?: string; body?: unknown }>();
    const body = request.body;
    const token =
      typeof body === 'object' && body !== null && 'token' in body && typeof body.token === 'string'
        ? body.token
        : null;
    const addressHits = await this.count(bucketOf('address', request.ip ?? 'unknown'));
    if (addressHits !== null && addressHits > COUNTER_RATE_LIMITS.perAddress) {
      throw counterException('counter_rate_limited');
    }
    if (token !== null) {
      const tokenHits = await this.count(bucketOf('token', token));
      if (tokenHits !== null && tokenHits > COUNTER_RATE_LIMITS.perToken) {
        throw counterException('counter_rate_limited');
      }
    }
    return true;
  }

  private async count(bucket: string): Promise<number | null> {
    try {
      const rows = await this.dataSource.query<{ hits: number }[]>(
        `INSERT INTO rate_limit_counters (bucket, window_start, hits)
         VALUES ($1, date_trunc('minute', now()), 1)
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
         RETURNING hits`,
        [bucket],
      );
      const hits = rows[0]?.hits ?? null;
      if (hits === 1) {
        // As the login's: the first hit of a window sweeps windows that can no longer count.
        await this.dataSource.query(
          `DELETE FROM rate_limit_counters WHERE window_start < now() - interval '5 minutes'`,
        );
      }
      return hits;
    } catch (error) {
      this.logger.warn(
        `counter rate limit not counted, request allowed: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
      return null;
    }
  }
}
