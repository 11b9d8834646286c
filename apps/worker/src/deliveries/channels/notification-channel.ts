import type { DeliveryChannel } from '@madoguchi/notifications-contracts';

/** What a channel sends: the rendered message of one delivery and where to. */
export type OutgoingMessage = {
  deliveryId: string;
  recipientId: string;
  /** Subscription id (web_push) or e-mail address (email). */
  target: string;
  title: string;
  body: string;
  /** Absolute link into the citizen app. */
  url: string;
  /** Lets a device show a re-sent push once (the service worker's notification tag). */
  tag: string;
};

/**
 * The outcome of one attempt. `permanent_failure` will not improve with retries (unsubscribed
 * endpoint, refused address); `isTargetGone` asks the caller to stop using the target.
 */
export type ChannelResult =
  | { outcome: 'sent' }
  | { outcome: 'permanent_failure'; reason: string; isTargetGone: boolean };

/** A failure worth retrying (timeout, 5xx, 429, connection refused): thrown by `send`. */
export class TransientDeliveryError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'TransientDeliveryError';
  }
}

/**
 * One way to reach a resident. Web Push and e-mail today; LINE or a native app push are new
 * implementations registered under NOTIFICATION_CHANNELS, nothing else changes.
 */
export type NotificationChannel = {
  readonly channel: Exclude<DeliveryChannel, 'in_app'>;
  send(message: OutgoingMessage): Promise<ChannelResult>;
};

export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');
