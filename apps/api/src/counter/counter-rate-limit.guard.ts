import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { countThisMinute, rateLimitBucket } from '../common/per-minute-counter.js';
import { counterException } from './counter.exception.js';

/**
 * Requests per minute to the resident's confirmation endpoints, per client address (a municipal
 * office's counters may share one address behind its NAT) and per token (a resident previews,
 * confirms, downloads the 控え: a handful).
 */
export const COUNTER_RATE_LIMITS = { perAddress: 200, perToken: 30 } as const;

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
    const addressHits = await this.count(
      rateLimitBucket('counter-address', request.ip ?? 'unknown'),
    );
    if (addressHits !== null && addressHits > COUNTER_RATE_LIMITS.perAddress) {
      throw counterException('counter_rate_limited');
    }
    if (token !== null) {
      const tokenHits = await this.count(rateLimitBucket('counter-token', token));
      if (tokenHits !== null && tokenHits > COUNTER_RATE_LIMITS.perToken) {
        throw counterException('counter_rate_limited');
      }
    }
    return true;
  }

  private count(bucket: string): Promise<number | null> {
    return countThisMinute(this.dataSource, bucket, this.logger, 'counter');
  }
}
