import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { countThisMinute, rateLimitBucket } from '../../common/per-minute-counter.js';
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
    const hits = await countThisMinute(
      this.dataSource,
      rateLimitBucket('verify-address', request.ip ?? 'unknown'),
      this.logger,
      'verify',
    );
    if (hits !== null && hits > VERIFY_RATE_LIMIT_PER_MINUTE) {
      throw sealVerificationException('verify_rate_limited');
    }
    return true;
  }
}
