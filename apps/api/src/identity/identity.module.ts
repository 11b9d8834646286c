import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import type { Env } from '../config/env.js';
import { PushSubscriptionRepository } from '../notifications/push-subscription.repository.js';
import { AuthController } from './auth.controller.js';
import { CsrfGuard } from './csrf.guard.js';
import { ProcedureIdentityLevels } from './identity-level.js';
import { LoginRateLimitGuard } from './login-rate-limit.guard.js';
import { LoginTransactionRepository } from './login-transaction.repository.js';
import { LoginService } from './login.service.js';
import { OidcClientService } from './oidc-client.service.js';
import { OIDC_SETTINGS, oidcSettingsFrom } from './oidc-settings.js';
import { ProcedureIdentityLevelInterceptor } from './procedure-identity-level.interceptor.js';
import { SessionController } from './session.controller.js';
import { SessionGuard } from './session.guard.js';
import { SessionStore } from './session.store.js';

/**
 * Who is acting: OpenID Connect login (any provider by configuration; the demo one in
 * development), sessions, guards, and the identity assurance check (`assertIdentityLevel`).
 */
@Module({})
export class IdentityModule {
  static register(env: Env): DynamicModule {
    return {
      module: IdentityModule,
      // Global: every feature module's routes use the procedure identity-level check.
      global: true,
      controllers: [SessionController, AuthController],
      providers: [
        { provide: OIDC_SETTINGS, useValue: oidcSettingsFrom(env) },
        SessionStore,
        OidcClientService,
        LoginTransactionRepository,
        LoginService,
        LoginRateLimitGuard,
        ProcedureIdentityLevels,
        ProcedureIdentityLevelInterceptor,
        // Stateless (rows in PostgreSQL): sign-out ends the push subscriptions of the session.
        PushSubscriptionRepository,
        { provide: APP_GUARD, useClass: CsrfGuard },
        { provide: APP_GUARD, useClass: SessionGuard },
      ],
      exports: [SessionStore, ProcedureIdentityLevels, ProcedureIdentityLevelInterceptor],
    };
  }
}
