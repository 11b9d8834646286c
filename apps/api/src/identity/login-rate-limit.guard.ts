import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { countThisMinute, rateLimitBucket } from '../common/per-minute-counter.js';
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
    const hits = await countThisMinute(
      this.dataSource,
      rateLimitBucket('login', request.ip ?? 'unknown'),
      this.logger,
      'login',
    );
    if (hits !== null && hits > this.settings.rateLimitPerMinute) {
      throw identityException('login_rate_limited');
    }
    return true;
  }
}
