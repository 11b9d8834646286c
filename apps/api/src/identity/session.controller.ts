import { Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SessionActor, SignOutResponse } from '@madoguchi/procedures-contracts';

import type { Env } from '../config/env.js';
import { ENV } from '../infrastructure/tokens.js';
import { PushSubscriptionRepository } from '../notifications/push-subscription.repository.js';
import type { RequestWithActor } from './authenticated.decorator.js';
import { identityException } from './identity.exception.js';
import { OidcClientService } from './oidc-client.service.js';
import type { CookieResponse } from './session-cookie.js';
import { clearSessionCookie } from './session-cookie.js';
import { SESSION_COOKIE, SessionStore, hashSessionId } from './session.store.js';

@ApiTags('session')
@Controller('session')
export class SessionController {
  constructor(
    private readonly sessions: SessionStore,
    private readonly oidcClient: OidcClientService,
    private readonly pushSubscriptions: PushSubscriptionRepository,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The signed-in resident or staff member' })
  async current(@Req() request: RequestWithActor): Promise<SessionActor> {
    const sessionId = request.cookies?.[SESSION_COOKIE];
    const actor = sessionId ? await this.sessions.find(sessionId) : null;
    if (!actor) {
      throw identityException('unauthenticated');
    }
    return actor;
  }

  @Post('sign-out')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ends the session; answers the provider’s end-session URL to end that one too',
  })
  async signOut(
    @Req() request: RequestWithActor,
    @Res({ passthrough: true }) response: CookieResponse,
  ): Promise<SignOutResponse> {
    const sessionId = request.cookies?.[SESSION_COOKIE];
    const actor = sessionId ? await this.sessions.find(sessionId) : null;
    if (sessionId) {
      // The pushes of this session end with it (a shared device gets no more of this resident's).
      await this.pushSubscriptions.deleteForSession(hashSessionId(sessionId));
      await this.sessions.destroy(sessionId);
    }
    clearSessionCookie(response, this.env);
    return { endSessionUrl: actor ? await this.oidcClient.endSessionUrl(actor.kind) : null };
  }
}
