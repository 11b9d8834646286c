import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import webPush from 'web-push';

import type { WorkerEnv } from '../../config/env.js';
import { WORKER_ENV } from '../../infrastructure/tokens.js';
import type { ChannelResult, NotificationChannel, OutgoingMessage } from './notification-channel.js';
import { TransientDeliveryError } from './notification-channel.js';

type SubscriptionRow = { endpoint: string; p256dh: string; auth: string; disabled_at: Date | null };

/** What the service worker receives (encrypted, aes128gcm): small, no personal data beyond the text. */
export type PushPayload = { id: string; tag: string; title: string; body: string; url: string };

/**
 * Web Push with VAPID (RFC 8030/8291/8292). The request is built by `web-push` and sent with
 * fetch (its own sender insists on HTTPS, which a local receiver in tests does not speak).
 * 404/410 mean the browser unsubscribed: the subscription is disabled for good.
 */
@Injectable()
export class WebPushChannel implements NotificationChannel {
  readonly channel = 'web_push' as const;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
  ) {}

  async send(message: OutgoingMessage): Promise<ChannelResult> {
    const [subscription]: SubscriptionRow[] = await this.dataSource.query(
      'SELECT endpoint, p256dh, auth, disabled_at FROM push_subscriptions WHERE id = $1',
      [message.target],
    );
    if (!subscription || subscription.disabled_at !== null) {
      return { outcome: 'permanent_failure', reason: 'subscription_disabled', isTargetGone: false };
    }
    const payload: PushPayload = { id: message.deliveryId, tag: message.tag, title: message.title, body: message.body, url: message.url };
    const request = webPush.generateRequestDetails(
      { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
      JSON.stringify(payload),
      {
        TTL: this.env.PUSH_TTL_SECONDS,
        urgency: 'normal',
        vapidDetails: {
          subject: this.env.VAPID_SUBJECT,
          publicKey: this.env.VAPID_PUBLIC_KEY,
          privateKey: this.env.VAPID_PRIVATE_KEY,
        },
      },
    );
    let response: Response;
    try {
      response = await fetch(request.endpoint, {
        method: request.method,
        headers: request.headers as Record<string, string>,
        body: request.body as Uint8Array<ArrayBuffer> | null,
        signal: AbortSignal.timeout(this.env.PUSH_TIMEOUT_MS),
      });
      await response.arrayBuffer();
    } catch (error) {
      throw new TransientDeliveryError(`push service unreachable: ${error instanceof Error ? error.name : 'error'}`);
    }
    return this.interpret(response.status, message.target);
  }

  private async interpret(status: number, subscriptionId: string): Promise<ChannelResult> {
    if (status >= 200 && status < 300) {
      await this.dataSource.query('UPDATE push_subscriptions SET last_success_at = now() WHERE id = $1', [subscriptionId]);
      return { outcome: 'sent' };
    }
    if (status === 404 || status === 410) {
      await this.dataSource.query(
        `UPDATE push_subscriptions SET disabled_at = now(), disabled_reason = $2 WHERE id = $1 AND disabled_at IS NULL`,
        [subscriptionId, `push service answered ${status}`],
      );
      return { outcome: 'permanent_failure', reason: `push_${status}_subscription_gone`, isTargetGone: true };
    }
    if (status === 429 || status >= 500) {
      throw new TransientDeliveryError(`push service answered ${status}`);
    }
    // 400 (bad request), 401/403 (VAPID refused), 413 (payload too large): retries do not help.
    return { outcome: 'permanent_failure', reason: `push_${status}`, isTargetGone: false };
  }
}
