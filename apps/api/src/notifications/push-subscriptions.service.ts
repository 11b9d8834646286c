import { Inject, Injectable } from '@nestjs/common';
import type {
  PushEndpointPolicy,
  PushSubscriptionRequest,
  PushSubscriptionView,
} from '@madoguchi/notifications-contracts';
import {
  MAX_ACTIVE_PUSH_SUBSCRIPTIONS_PER_RESIDENT,
  checkPushEndpoint,
} from '@madoguchi/notifications-contracts';
import type { PushSubscriptionEntity } from '@madoguchi/server-database';

import type { Env } from '../config/env.js';
import type { ResidentActor } from '../identity/actor.js';
import { hashSessionId } from '../identity/session.store.js';
import { ENV } from '../infrastructure/tokens.js';
import { PushSubscriptionRepository } from './push-subscription.repository.js';
import { pushSubscriptionsException } from './push-subscriptions.exception.js';

function toDto(row: PushSubscriptionEntity): PushSubscriptionView {
  return {
    id: row.id,
    endpointOrigin: new URL(row.endpoint).origin,
    createdAt: row.createdAt.toISOString(),
    isActive: row.disabledAt === null,
  };
}

/**
 * A resident's Web Push subscriptions. The endpoint is a URL the worker will POST to, so it is
 * checked here against the configured push services (and again by the worker before each send):
 * https only, a push service's host, at most MAX_ACTIVE_PUSH_SUBSCRIPTIONS_PER_RESIDENT active.
 */
@Injectable()
export class PushSubscriptionsService {
  private readonly endpointPolicy: PushEndpointPolicy;

  constructor(
    private readonly subscriptions: PushSubscriptionRepository,
    @Inject(ENV) env: Env,
  ) {
    this.endpointPolicy = {
      serviceHosts: env.PUSH_SERVICE_HOSTS,
      isLoopbackAllowed: env.PUSH_ALLOW_LOOPBACK_ENDPOINTS,
    };
  }

  async listSubscriptions(actor: ResidentActor): Promise<PushSubscriptionView[]> {
    return (await this.subscriptions.listSubscriptions(actor.id)).map(toDto);
  }

  /** `sessionId`: the session registering it, whose sign-out ends the subscription. */
  async subscribe(
    actor: ResidentActor,
    subscription: PushSubscriptionRequest,
    sessionId: string | undefined,
  ): Promise<PushSubscriptionView> {
    const refusal = checkPushEndpoint(subscription.endpoint, this.endpointPolicy);
    if (refusal !== null) {
      throw pushSubscriptionsException(refusal);
    }
    const sessionIdHash = sessionId === undefined ? null : hashSessionId(sessionId);
    const result = await this.subscriptions.register(
      actor.id,
      subscription,
      sessionIdHash,
      MAX_ACTIVE_PUSH_SUBSCRIPTIONS_PER_RESIDENT,
    );
    switch (result.outcome) {
      case 'registered':
        return toDto(result.subscription);
      case 'limit_reached':
        throw pushSubscriptionsException('push_subscription_limit_reached');
      case 'held_by_another_resident':
        throw pushSubscriptionsException('push_endpoint_registered_elsewhere');
    }
  }

  async unsubscribe(actor: ResidentActor, endpoint: string): Promise<void> {
    if (!(await this.subscriptions.deleteSubscription(actor.id, endpoint))) {
      throw pushSubscriptionsException('push_subscription_not_found');
    }
  }
}
