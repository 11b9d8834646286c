import { Controller, Get, Inject, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';

import type { Env } from '../config/env.js';
import { ENV } from '../infrastructure/tokens.js';
import { LoginRateLimitGuard } from './login-rate-limit.guard.js';
import { LoginService } from './login.service.js';
import type { OidcSettings } from './oidc-settings.js';
import { OIDC_SETTINGS } from './oidc-settings.js';
import type { CookieResponse } from './session-cookie.js';
import { LOGIN_COOKIE, setLoginCookie, setSessionCookie } from './session-cookie.js';
import { SESSION_COOKIE } from './session.store.js';

type CookieRequest = { originalUrl: string; cookies?: Record<string, string | undefined> };
type RedirectResponse = CookieResponse & {
  setHeader(name: string, value: string): void;
  redirect(status: number, url: string): void;
};

/** OpenID Connect login: the browser is sent to the provider and comes back to the callback. */
@ApiTags('auth')
@Controller('auth')
@UseGuards(LoginRateLimitGuard)
export class AuthController {
  constructor(
    private readonly login: LoginService,
    @Inject(ENV) private readonly env: Env,
    @Inject(OIDC_SETTINGS) private readonly settings: OidcSettings,
  ) {}

  @Get('login')
  @ApiOperation({
    summary: 'Redirects to the identity provider (residents: citizen app, staff: console)',
  })
  @ApiQuery({ name: 'audience', enum: ['resident', 'staff'] })
  @ApiQuery({
    name: 'returnTo',
    required: false,
    description: 'A path of that app to come back to',
  })
  async startLogin(
    @Query() query: Record<string, unknown>,
    @Req() request: CookieRequest,
    @Res() response: RedirectResponse,
  ): Promise<void> {
    const started = await this.login.start(query, request.cookies?.[LOGIN_COOKIE]);
    setLoginCookie(response, this.env, started.browserId, this.settings.loginTtlSeconds);
    response.setHeader('cache-control', 'no-store');
    response.redirect(302, started.redirectUrl);
  }

  @Get('callback')
  @ApiOperation({
    summary: 'The provider’s redirect back: opens a new session and returns to the app',
  })
  async finishLogin(
    @Req() request: CookieRequest,
    @Res() response: RedirectResponse,
  ): Promise<void> {
    const finished = await this.login.finish(
      new URL(request.originalUrl, 'http://callback.invalid').search,
      request.cookies?.[LOGIN_COOKIE],
      request.cookies?.[SESSION_COOKIE],
    );
    if (finished.isSignedIn) {
      setSessionCookie(response, this.env, finished.sessionId, finished.sessionTtlSeconds);
    }
    response.setHeader('cache-control', 'no-store');
    response.redirect(302, finished.redirectUrl);
  }
}
