import { createHash } from 'node:crypto';

import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { sealVerificationException } from './seal-verification.exception.js';

/** Checks per minute and client address: a person checks a file or two, not hundreds. */
export const VERIFY_RATE_LIMIT_PER_MINUTE = 30;

/**
 * The verify page is public and each check costs a signature verification and a CRL read, so it
 * is counted per client address in PostgreSQL like the counter's links (every replica shares the
 * count); over the limit: 429; if counting fails the check goes on (fail open, logged). The
 * address is stored only as a hash.
 */
@Injectable()
export class VerifyRateLimitGuard implements CanActivate {
  private readonly logger = new Logger(VerifyRateLimitGuard.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ ip?: string }>();
    const bucket = `verify-address:${createHash('sha256')
      .update(request.ip ?? 'unknown', 'utf8')
      .digest('hex')}`;
    const hits = await this.count(bucket);
    if (hits !== null && hits > VERIFY_RATE_LIMIT_PER_MINUTE) {
      throw sealVerificationException('verify_rate_limited');
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
      return rows[0]?.hits ?? null;
    } catch (error) {
      this.logger.warn(
        `verify rate limit not counted, request allowed: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
      return null;
    }
  }
}
