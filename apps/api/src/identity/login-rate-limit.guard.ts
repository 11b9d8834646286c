import { createHash } from 'node:crypto';

import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { identityException } from './identity.exception.js';
import type { OidcSettings } from './oidc-settings.js';
import { OIDC_SETTINGS } from './oidc-settings.js';

/**
 * Login and callback requests per client address and minute, counted in PostgreSQL so every
 * replica shares the count (and Redis being away changes nothing). Over the limit: 429. If the
 * count itself fails, the login goes on (fail open, logged): a slower brute force is better
 * than nobody able to sign in. The address is stored only as a hash.
 */
@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  private readonly logger = new Logger(LoginRateLimitGuard.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(OIDC_SETTINGS) private readonly settings: OidcSettings,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ ip?: string }>();
    const hits = await this.count(
      `login:${createHash('sha256')
        .update(request.ip ?? 'unknown')
        .digest('hex')}`,
    );
    if (hits !== null && hits > this.settings.rateLimitPerMinute) {
      throw identityException('login_rate_limited');
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
        // The first hit of a window sweeps windows that can no longer count.
        await this.dataSource.query(
          `DELETE FROM rate_limit_counters WHERE window_start < now() - interval '5 minutes'`,
        );
      }
      return hits;
    } catch (error) {
      this.logger.warn(
        `login rate limit not counted, request allowed: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
      return null;
    }
  }
}
