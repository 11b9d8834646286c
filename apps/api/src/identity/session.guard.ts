import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import type { Actor } from './actor.js';
import { isStaffActor } from './actor.js';
import type { RequestWithActor } from './authenticated.decorator.js';
import { REQUIRED_ACTOR_KIND } from './authenticated.decorator.js';
import { identityException } from './identity.exception.js';
import { SESSION_COOKIE, SessionStore } from './session.store.js';

/** Resolves the session cookie for routes marked @Authenticated and checks the actor kind. */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const allowedKinds = this.reflector.getAllAndOverride<Actor['kind'][] | undefined>(
      REQUIRED_ACTOR_KIND,
      [context.getHandler(), context.getClass()],
    );
    if (allowedKinds === undefined) {
      return true;
    }
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const sessionId = request.cookies?.[SESSION_COOKIE];
    const actor = sessionId ? await this.sessions.find(sessionId) : null;
    if (!actor) {
      throw identityException('unauthenticated');
    }
    // A platform operator is staff of no municipality: it opens the queue dashboard, no staff route.
    if (!allowedKinds.includes(actor.kind) || (actor.kind === 'staff' && !isStaffActor(actor))) {
      throw identityException('forbidden');
    }
    request.actor = actor;
    return true;
  }
}
