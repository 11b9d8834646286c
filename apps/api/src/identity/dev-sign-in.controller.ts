import { Body, Controller, Get, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DevAccount, DevSignInRequest, SessionActor } from '@madoguchi/procedures-contracts';
import { devSignInRequestSchema } from '@madoguchi/procedures-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';

import type { Env } from '../config/env.js';
import { ENV } from '../infrastructure/tokens.js';
import { DEMO_ACCOUNTS } from './dev-sign-in.tokens.js';
import { identityException } from './identity.exception.js';
import type { CookieResponse } from './session-cookie.js';
import { setSessionCookie } from './session-cookie.js';
import { SessionStore } from './session.store.js';

/**
 * DEVELOPMENT ONLY: signs in as a demo account without a password. Registered only when
 * DEV_SIGN_IN_ENABLED is true; the OpenID Connect login (issue #5) replaces this one module.
 */
@ApiTags('dev-sign-in')
@Controller('dev')
export class DevSignInController {
  constructor(
    private readonly sessions: SessionStore,
    @Inject(DEMO_ACCOUNTS) private readonly accounts: DevAccount[],
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Get('accounts')
  @ApiOperation({ summary: 'Demo accounts (development only)' })
  listAccounts(): DevAccount[] {
    return this.accounts;
  }

  @Post('sign-in')
  @HttpCode(200)
  @ApiOperation({ summary: 'Signs in as a demo account (development only)' })
  async signIn(
    @Body(new ZodBodyPipe(devSignInRequestSchema)) body: DevSignInRequest,
    @Res({ passthrough: true }) response: CookieResponse,
  ): Promise<SessionActor> {
    const account = this.accounts.find((candidate) => candidate.id === body.accountId);
    if (!account) {
      throw identityException('unknown_account');
    }
    const actor: SessionActor = {
      kind: account.kind,
      id: account.id,
      displayName: account.displayName,
      municipalityCode: account.municipalityCode,
      staffRole: account.staffRole,
    };
    const sessionId = await this.sessions.create(actor);
    setSessionCookie(response, this.env, sessionId, this.sessions.ttlFor(actor));
    return actor;
  }
}
