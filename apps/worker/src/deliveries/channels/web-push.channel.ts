import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import webPush from 'web-push';

import type { WorkerEnv } from '../../config/env.js';
import { WORKER_ENV } from '../../infrastructure/tokens.js';
import { postBuffer } from './http-post.js';
import { MAX_PUSH_PAYLOAD_BYTES, encryptPushPayload } from './web-push-encryption.js';
import type { ChannelResult, NotificationChannel, OutgoingMessage } from './notification-channel.js';

type SubscriptionRow = { id: string; endpoint: string; p256dh: string; auth: string; disabled_at: Date | null };

/** What the service worker receives (encrypted, aes128gcm): small, no personal data beyond the text. */
export type PushPayload = { id: string; tag: string; title: string; body: string; url: string };

/**
 * Web Push with VAPID (RFC 8030/8291/8292): `web-push` signs the VAPID header, the payload is
 * encrypted by `encryptPushPayload` (RFC 8291), and the request is sent with node:http(s)
 * (web-push's own sender insists on HTTPS, which a local receiver in tests does not speak).
 * 404/410 mean the browser unsubscribed: the subscription is disabled for good.
 */
@Injectable()
export class WebPushChannel implements NotificationChannel {
  readonly channel = 'web_push' as const;
  private readonly vapidHeaders = new Map<string, { authorization: string; expiresAt: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
  ) {}

  async send(messages: readonly OutgoingMessage[]): Promise<ChannelResult[]> {
    const rows: SubscriptionRow[] = await this.dataSource.query(
      'SELECT id, endpoint, p256dh, auth, disabled_at FROM push_subscriptions WHERE id = ANY($1::uuid[])',
      [messages.map((message) => message.target)],
    );
    const subscriptions = new Map(rows.map((row) => [row.id, row]));
    const results = await Promise.all(messages.map((message) => this.sendOne(message, subscriptions.get(message.target))));
    const delivered = messages.filter((_, index) => results[index]?.outcome === 'sent').map((message) => message.target);
    const gone = messages.flatMap((message, index) => {
      const result = results[index];
      return result?.outcome === 'permanent_failure' && result.reason.endsWith('_subscription_gone') ? [{ id: message.target, reason: result.reason }] : [];
    });
    if (delivered.length > 0) {
      await this.dataSource.query(
        `UPDATE push_subscriptions SET last_success_at = now()
          WHERE id = ANY($1::uuid[]) AND (last_success_at IS NULL OR last_success_at < now() - interval '1 hour')`,
        [[...new Set(delivered)]],
      );
    }
    for (const subscription of gone) {
      await this.dataSource.query(
        `UPDATE push_subscriptions SET disabled_at = now(), disabled_reason = $2 WHERE id = $1::uuid AND disabled_at IS NULL`,
        [subscription.id, `push service answered ${subscription.reason.split('_')[1] ?? ''}`],
      );
    }
    return results;
  }

  private async sendOne(message: OutgoingMessage, subscription: SubscriptionRow | undefined): Promise<ChannelResult> {
    if (!subscription || subscription.disabled_at !== null) {
      return { outcome: 'permanent_failure', reason: 'subscription_disabled' };
    }
    const payload: PushPayload = { id: message.deliveryId, tag: message.tag, title: message.title, body: message.body, url: message.url };
    let body: Buffer;
    try {
      body = encryptPushPayload(fitPushPayload(payload), { p256dh: subscription.p256dh, auth: subscription.auth });
    } catch (error) {
      // Keys the browser never gave: no retry changes that.
      return { outcome: 'permanent_failure', reason: `push_not_encryptable: ${error instanceof Error ? error.message : 'error'}` };
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
      status = await postBuffer(subscription.endpoint, headers, body, this.env.PUSH_TIMEOUT_MS);
    } catch (error) {
      return { outcome: 'temporary_failure', reason: `push service unreachable: ${error instanceof Error ? error.message : 'error'}` };
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
    const headers = webPush.getVapidHeaders(audience, this.env.VAPID_SUBJECT, this.env.VAPID_PUBLIC_KEY, this.env.VAPID_PRIVATE_KEY, 'aes128gcm', expiresAt);
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
    body = body.slice(0, Math.max(0, body.length - Math.ceil((json.length - MAX_PUSH_PAYLOAD_BYTES) / 3) - 1));
    json = Buffer.from(JSON.stringify({ ...payload, body: `${body}…` }));
  }
  return json;
}
