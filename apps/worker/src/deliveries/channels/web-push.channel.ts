import type { OnModuleDestroy } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';
import type { PushEndpointPolicy } from '@madoguchi/notifications-contracts';
import { checkPushEndpoint } from '@madoguchi/notifications-contracts';
import { OutboundHttp, OutboundRequestError } from '@madoguchi/server-outbound-http';
import webPush from 'web-push';

import type { WorkerEnv } from '../../config/env.js';
import { WORKER_ENV } from '../../infrastructure/tokens.js';
import type { PushSubscription } from '../../recipients/push-subscription.repository.js';
import { PushSubscriptionRepository } from '../../recipients/push-subscription.repository.js';
import { MAX_PUSH_PAYLOAD_BYTES, encryptPushPayload } from './web-push-encryption.js';
import type {
  ChannelResult,
  NotificationChannel,
  OutgoingMessage,
} from './notification-channel.js';

/** What the service worker receives (encrypted, aes128gcm): small, no personal data beyond the text. */
export type PushPayload = { id: string; tag: string; title: string; body: string; url: string };

/** Why a subscription is disabled for good: the push service says it is gone, or we refuse its endpoint. */
const DISABLING_REASON = /^push_(404|410)_subscription_gone$|^push_endpoint_/;

/**
 * Web Push with VAPID (RFC 8030/8291/8292): `web-push` signs the VAPID header, the payload is
 * encrypted by `encryptPushPayload` (RFC 8291), and the request goes through the outbound guard
 * (`@madoguchi/server-outbound-http`, keep-alive agents). The endpoint is user input (issue #11):
 * it is checked against PUSH_SERVICE_HOSTS before anything is sent, the address its host resolves
 * to is checked at connect time, and PUSH_TIMEOUT_MS bounds the whole request so a slow endpoint
 * cannot hold the batch. 404/410 mean the browser unsubscribed, and a refused endpoint will never
 * be allowed: either way the subscription is disabled for good.
 */
@Injectable()
export class WebPushChannel implements NotificationChannel, OnModuleDestroy {
  readonly channel = 'web_push' as const;
  private readonly vapidHeaders = new Map<string, { authorization: string; expiresAt: number }>();
  private readonly outbound: OutboundHttp;
  private readonly endpointPolicy: PushEndpointPolicy;

  constructor(
    private readonly subscriptions: PushSubscriptionRepository,
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
  ) {
    const isLoopbackAllowed = env.PUSH_ALLOW_LOOPBACK_ENDPOINTS;
    this.endpointPolicy = { serviceHosts: env.PUSH_SERVICE_HOSTS, isLoopbackAllowed };
    this.outbound = new OutboundHttp({
      isPlainHttpAllowed: isLoopbackAllowed,
      loopbackExceptions: isLoopbackAllowed ? ['127.0.0.1', '::1'] : [],
    });
  }

  onModuleDestroy(): void {
    this.outbound.close();
  }

  async send(messages: readonly OutgoingMessage[]): Promise<ChannelResult[]> {
    const found = await this.subscriptions.findByIds(messages.map((message) => message.target));
    const subscriptions = new Map(found.map((subscription) => [subscription.id, subscription]));
    const results = await Promise.all(
      messages.map((message) => this.sendOne(message, subscriptions.get(message.target))),
    );
    const delivered = messages
      .filter((_, index) => results[index]?.outcome === 'sent')
      .map((message) => message.target);
    const disabled = messages.flatMap((message, index) => {
      const result = results[index];
      return result?.outcome === 'permanent_failure' && DISABLING_REASON.test(result.reason)
        ? [{ id: message.target, reason: result.reason }]
        : [];
    });
    if (delivered.length > 0) {
      await this.subscriptions.recordSuccess([...new Set(delivered)]);
    }
    for (const subscription of disabled) {
      const reason = subscription.reason.startsWith('push_endpoint_')
        ? `refused endpoint: ${subscription.reason}`
        : `push service answered ${subscription.reason.split('_')[1] ?? ''}`;
      await this.subscriptions.disable(subscription.id, reason);
    }
    return results;
  }

  private async sendOne(
    message: OutgoingMessage,
    subscription: PushSubscription | undefined,
  ): Promise<ChannelResult> {
    if (!subscription || subscription.disabledAt !== null) {
      return { outcome: 'permanent_failure', reason: 'subscription_disabled' };
    }
    const refusal = checkPushEndpoint(subscription.endpoint, this.endpointPolicy);
    if (refusal !== null) {
      return { outcome: 'permanent_failure', reason: refusal };
    }
    const payload: PushPayload = {
      id: message.deliveryId,
      tag: message.tag,
      title: message.title,
      body: message.body,
      url: message.url,
    };
    let body: Buffer;
    try {
      body = encryptPushPayload(fitPushPayload(payload), {
        p256dh: subscription.p256dh,
        auth: subscription.auth,
      });
    } catch (error) {
      // Keys the browser never gave: no retry changes that.
      return {
        outcome: 'permanent_failure',
        reason: `push_not_encryptable: ${error instanceof Error ? error.message : 'error'}`,
      };
    }
    const headers = {
      'Content-Type': 'application/octet-stream',
      'Content-Encoding': 'aes128gcm',
      'Content-Length': body.length,
      TTL: this.env.PUSH_TTL_SECONDS,
      Urgency: 'normal',
      Topic: message.topic,
      Authorization: this.vapidAuthorization(subscription.endpoint),
    };
    let status: number;
    try {
      ({ status } = await this.outbound.post(subscription.endpoint, {
        headers,
        body,
        deadlineMs: this.env.PUSH_TIMEOUT_MS,
      }));
    } catch (error) {
      if (error instanceof OutboundRequestError && error.isRefusal) {
        // The host resolved to a loopback, private, link-local or metadata address: never sent.
        return { outcome: 'permanent_failure', reason: `push_endpoint_${error.reason}` };
      }
      const cause =
        error instanceof OutboundRequestError && error.reason === 'deadline_exceeded'
          ? 'deadline exceeded'
          : error instanceof Error
            ? error.message
            : 'error';
      return { outcome: 'temporary_failure', reason: `push service unreachable: ${cause}` };
    }
    if (status >= 200 && status < 300) {
      return { outcome: 'sent' };
    }
    if (status === 404 || status === 410) {
      return { outcome: 'permanent_failure', reason: `push_${status}_subscription_gone` };
    }
    if (status === 429 || status >= 500) {
      return { outcome: 'temporary_failure', reason: `push service answered ${status}` };
    }
    // 400 (bad request), 401/403 (VAPID refused), 413 (payload too large): retries do not help.
    return { outcome: 'permanent_failure', reason: `push_${status}` };
  }

  /**
   * The VAPID Authorization header for a push service (RFC 8292): a JWT signed for its origin,
   * valid 12 hours, reused until an hour before it expires (signing it per push costs more than
   * the encryption).
   */
  private vapidAuthorization(endpoint: string): string {
    const audience = new URL(endpoint).origin;
    const now = Math.floor(Date.now() / 1000);
    const cached = this.vapidHeaders.get(audience);
    if (cached && cached.expiresAt - now > 3600) {
      return cached.authorization;
    }
    const expiresAt = now + 12 * 3600;
    const headers = webPush.getVapidHeaders(
      audience,
      this.env.VAPID_SUBJECT,
      this.env.VAPID_PUBLIC_KEY,
      this.env.VAPID_PRIVATE_KEY,
      'aes128gcm',
      expiresAt,
    );
    this.vapidHeaders.set(audience, { authorization: headers.Authorization, expiresAt });
    return headers.Authorization;
  }
}

/**
 * The payload as JSON that fits one push record: a long body is shortened (with "…"); the whole
 * text is in the inbox the push links to.
 */
export function fitPushPayload(payload: PushPayload): Buffer {
  let json = Buffer.from(JSON.stringify(payload));
  let body = payload.body;
  while (json.length > MAX_PUSH_PAYLOAD_BYTES && body.length > 0) {
    body = body.slice(
      0,
      Math.max(0, body.length - Math.ceil((json.length - MAX_PUSH_PAYLOAD_BYTES) / 3) - 1),
    );
    json = Buffer.from(JSON.stringify({ ...payload, body: `${body}…` }));
  }
  return json;
}
