import type { ExecutionContext } from '@nestjs/common';
import { SetMetadata, createParamDecorator } from '@nestjs/common';

import type { Actor } from './actor.js';

export const REQUIRED_ACTOR_KIND = 'madoguchi:required-actor-kind';

/**
 * Marks a handler or controller as requiring a signed-in actor of one of the given kinds
 * (`@Authenticated('resident')`, or `@Authenticated('resident', 'staff')` where the service
 * decides who may read what).
 */
export const Authenticated = (
  ...kinds: [Actor['kind'], ...Actor['kind'][]]
): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ACTOR_KIND, kinds);

export type RequestWithActor = { actor?: Actor; cookies?: Record<string, string | undefined> };

/** The signed-in actor the guard attached to the request. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => {
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    if (!request.actor) {
      throw new Error('CurrentActor used on a route without @Authenticated');
    }
    return request.actor;
  },
);
