import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import type { Env } from '../config/env.js';
import { CsrfGuard } from './csrf.guard.js';
import { loadDemoAccounts } from './demo-accounts.js';
import { DevSignInController } from './dev-sign-in.controller.js';
import { DEMO_ACCOUNTS } from './dev-sign-in.tokens.js';
import { SessionController } from './session.controller.js';
import { SessionGuard } from './session.guard.js';
import { SessionStore } from './session.store.js';

/** Who is acting: sessions, guards and (for now) the development-only sign-in. */
@Module({})
export class IdentityModule {
  static register(env: Env): DynamicModule {
    const devSignIn = env.DEV_SIGN_IN_ENABLED;
    return {
      module: IdentityModule,
      controllers: devSignIn ? [SessionController, DevSignInController] : [SessionController],
      providers: [
        SessionStore,
        { provide: APP_GUARD, useClass: CsrfGuard },
        { provide: APP_GUARD, useClass: SessionGuard },
        ...(devSignIn ? [{ provide: DEMO_ACCOUNTS, useValue: loadDemoAccounts(env.SEEDS_DIR) }] : []),
      ],
      exports: [SessionStore],
    };
  }
}
