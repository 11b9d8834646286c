import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';

import type { RequestWithActor } from '../identity/authenticated.decorator.js';
import { identityException } from '../identity/identity.exception.js';
import { SESSION_COOKIE, SessionStore } from '../identity/session.store.js';

/**
 * Lets in a signed-in resident *or* staff member (the download is the one route both use);
 * `@Authenticated` takes a single kind. The service then decides who may read what.
 * TODO(#5): replace with `@Authenticated('resident', 'staff')` once the identity module offers it.
 */
@Injectable()
export class SignedInGuard implements CanActivate {
  constructor(private readonly moduleRef: ModuleRef) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    // The identity module registers SessionStore; it is looked up app-wide rather than imported,
    // because IdentityModule is a dynamic module built from the environment in AppModule.
    const sessions = this.moduleRef.get(SessionStore, { strict: false });
    const sessionId = request.cookies?.[SESSION_COOKIE];
    const actor = sessionId ? await sessions.find(sessionId) : null;
    if (!actor) {
      throw identityException('unauthenticated');
    }
    request.actor = actor;
    return true;
  }
}
